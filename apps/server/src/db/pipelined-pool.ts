import pg from 'pg';

// biome-ignore lint/suspicious/noExplicitAny: pg's query overloads are forwarded as they are
type Forwarded = (...args: any[]) => any;

interface Lane {
  client: pg.Client;
  /** Statements sent on this connection and not yet answered. */
  pending: number;
}

/**
 * A pool whose single statements share a few pipelined connections (pg's pipeline mode), while a transaction
 * (drizzle's `db.transaction`: anything through `connect()`) checks out a pooled connection of its own.
 *
 * Nearly every answer of the API is one statement. Through a pool, each costs its own write and read on both
 * sides and a wake-up of the PostgreSQL backend, which is most of what a short statement costs on this kind of
 * machine. Pipelined, a statement is sent at once even while others are in flight on its connection: those of
 * concurrent requests travel together and their answers come back together. Each carries its own Sync, so it
 * is a transaction of its own and its error fails it alone (PostgreSQL docs, "Pipeline Mode").
 *
 * A statement is sent on the connection with the fewest unanswered ones; a new connection opens while all are
 * busy, up to `lanes`. A connection that fails fails its unanswered statements (as a pooled one would) and is
 * replaced on next use. Not for a pooler in transaction mode (client.ts uses the plain pool there).
 */
export class PipelinedPool extends pg.Pool {
  private readonly open: Lane[] = [];

  constructor(
    config: pg.PoolConfig,
    private readonly lanes: number,
  ) {
    super(config);
  }

  override query(...args: Parameters<Forwarded>): ReturnType<Forwarded> {
    // The callback form stays pg-pool's own (the app awaits promises).
    if (typeof args[args.length - 1] === 'function') return (super.query as Forwarded).apply(this, args);
    const lane = this.leastBusyLane();
    lane.pending += 1;
    const answered = (lane.client.query as Forwarded).apply(lane.client, args) as Promise<unknown>;
    answered.then(
      () => {
        lane.pending -= 1;
      },
      (err: unknown) => {
        lane.pending -= 1;
        // The server is closing this connection (terminated, shutting down): send nothing more on it.
        if (err instanceof pg.DatabaseError && (err.severity === 'FATAL' || err.severity === 'PANIC'))
          this.retire(lane);
      },
    );
    return answered;
  }

  /** How many shared connections are open now (tests). */
  get laneCount(): number {
    return this.open.length;
  }

  override async end(): Promise<void> {
    const closing = this.open.splice(0);
    await Promise.all(closing.map((lane) => lane.client.end()));
    await super.end();
  }

  private leastBusyLane(): Lane {
    let best: Lane | undefined;
    for (const lane of this.open) if (!best || lane.pending < best.pending) best = lane;
    if (best && (best.pending === 0 || this.open.length >= this.lanes)) return best;
    return this.openLane();
  }

  private openLane(): Lane {
    const client = new pg.Client({ ...this.options, pipeline: true });
    const lane: Lane = { client, pending: 0 };
    // The pool's 'error' listener (client.ts) logs it; statements in flight are rejected by pg itself.
    client.on('error', (err) => {
      this.retire(lane);
      if (this.listenerCount('error') > 0) this.emit('error', err, client);
    });
    client.on('end', () => this.retire(lane));
    // A failed connect rejects the statements queued on it; the next statement opens another connection.
    client.connect().catch(() => this.retire(lane));
    this.open.push(lane);
    return lane;
  }

  private retire(lane: Lane): void {
    const at = this.open.indexOf(lane);
    if (at >= 0) this.open.splice(at, 1);
  }
}
