import cluster, { type Worker } from 'node:cluster';

/** A worker that dies this soon after it started is failing to start, not crashing under load. */
const START_GRACE_MS = 30_000;

/**
 * The primary of a multi-process server (PostgreSQL only): it has prepared the database already, and forks
 * `count` workers (`script` each) that run the app on one shared port; the primary hands out connections
 * round-robin. A worker that crashes is replaced; one that dies while starting stops the server, since a new
 * one would fail the same way (its error is in the log). SIGTERM or SIGINT stop the workers politely
 * (they finish open requests), then the primary.
 */
export function superviseWorkers(
  count: number,
  script: string,
  say: (message: string) => void,
  ready: () => void,
): void {
  cluster.setupPrimary({ exec: script });
  let listening = 0;
  let stopping = false;
  let exitCode = 0;
  const startedAt = new Map<Worker, number>();

  const fork = () => startedAt.set(cluster.fork(), Date.now());
  cluster.on('listening', () => {
    listening += 1;
    if (listening === count) ready();
  });
  cluster.on('exit', (worker, code, signal) => {
    const started = startedAt.get(worker) ?? 0;
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(exitCode);
      return;
    }
    const how = signal ? `by ${signal}` : `with code ${code}`;
    if (Date.now() - started < START_GRACE_MS && listening < count) {
      say(`A worker process stopped ${how} while starting: stopping the server`);
      stop(1);
      return;
    }
    say(`Worker process ${worker.process.pid} stopped ${how}: starting another`);
    fork();
  });

  const stop = (code: number) => {
    stopping = true;
    exitCode = code;
    if (startedAt.size === 0) process.exit(code);
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));

  for (let i = 0; i < count; i++) fork();
}
