import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/**
 * Read routing (DATABASE_READ_URL): a request marked by http/read-routing.ts runs its plain queries on the
 * replica; everything else, and every transaction, runs on the primary. The replica is used only while it answers
 * and lags less than the read-your-writes window (checked every second), so a user whose last write is older than
 * the window sees it on the replica, and a newer one is sent to the primary by the request's marker.
 */
const current = new AsyncLocalStorage<{ replica: true }>();

/** Runs `work` (the rest of a request: a list, a report, analytics) with its plain queries on the replica. */
export const readFromReplica = (work: () => void): void => current.run({ replica: true }, work);

export interface ReplicaStatus {
  /** Whether reads go to the replica now: it answered the last check and lagged less than the window. */
  usable: boolean;
  /** Seconds behind the primary at the last check (0 when it has replayed everything it received); null when down. */
  lagSeconds: number | null;
  /** Queries answered by the replica, and reads that fell back to the primary because it failed. */
  replicaQueries: number;
  fallbacks: number;
}

/**
 * Errors of the query itself (bad data, a bug), which the primary would answer the same: everything else (no
 * connection, shutting down, database missing, read-only, a conflict with recovery) is the replica's.
 */
const queryFault = (code: string) => /^(22|23|42|2B|0A|P0)/.test(code);

/** A conflict with recovery cancels one query (40001); the replica itself is fine. */
const replicaDown = (code: string) => !code.startsWith('40');
// biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; RoutingPool forwards them all.
type Forwarded = (...args: any[]) => any;

/** A read the replica has not answered in this time runs on the primary (the replica pool's query_timeout). */
export const REPLICA_QUERY_TIMEOUT_MS = 10_000;

/** The lag check gives up sooner: a replica that does not answer it in time is taken out of use. */
const CHECK_TIMEOUT_MS = 2_000;

const LAG_QUERY = `select case
  when not pg_is_in_recovery() or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
  else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end::float8 as lag`;

/**
 * The primary's pool, whose plain `query` goes to the replica's pool while the current request is marked and the
 * replica is usable. Transactions (`connect()`) always use the primary. A read that fails on the replica for the
 * replica's sake is run again on the primary, and the replica is left alone until a check finds it back.
 */
export class RoutingPool extends pg.Pool {
  readonly status: ReplicaStatus = { usable: false, lagSeconds: null, replicaQueries: 0, fallbacks: 0 };
  private timer: NodeJS.Timeout | undefined;

  constructor(
    primary: pg.PoolConfig,
    private readonly replica: pg.Pool,
    private readonly maxLagSeconds: number,
    checkEveryMs = 1_000,
  ) {
    super(primary);
    this.timer = setInterval(() => void this.check(), checkEveryMs);
    this.timer.unref();
    void this.check();
  }

  /** Asks the replica how far behind it is; a failed check takes it out of use. */
  async check(): Promise<ReplicaStatus> {
    try {
      const result = await this.replica.query<{ lag: number }>({
        text: LAG_QUERY,
        query_timeout: CHECK_TIMEOUT_MS,
      } as pg.QueryConfig);
      const lag = Number(result.rows[0]?.lag ?? 0);
      this.status.lagSeconds = lag;
      this.status.usable = lag < this.maxLagSeconds;
    } catch {
      this.status.lagSeconds = null;
      this.status.usable = false;
    }
    return this.status;
  }

  override query(...args: Parameters<Forwarded>): ReturnType<Forwarded> {
    const promised = typeof args[args.length - 1] !== 'function';
    if (!current.getStore() || !this.status.usable || !promised)
      return (super.query as Forwarded).apply(this, args);
    return (this.replica.query as Forwarded).apply(this.replica, args).then(
      (result: unknown) => {
        this.status.replicaQueries += 1;
        return result;
      },
      (err: unknown) => {
        const code = String((err as { code?: unknown }).code ?? '');
        if (queryFault(code)) throw err;
        if (replicaDown(code)) this.status.usable = false;
        this.status.fallbacks += 1;
        return (super.query as Forwarded).apply(this, args);
      },
    );
  }

  override async end(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([super.end(), this.replica.end()]);
  }
}
