import cluster, { type Worker } from 'node:cluster';
import net from 'node:net';
import { WORKER_CLOSING, WORKER_CONNECTION, WORKER_READY } from './worker-connections';

/** A worker that dies this soon after it started is failing to start, not crashing under load. */
const START_GRACE_MS = 30_000;

export interface WorkerSupervision {
  count: number;
  /** The script each worker runs (main.ts, which serves as a worker under cluster). */
  script: string;
  port: number;
  host: string;
  say: (message: string) => void;
  /** Called once every worker serves. */
  ready: () => void;
}

/**
 * The primary of a multi-process server (PostgreSQL only): it has prepared the database already, forks `count`
 * workers and listens on the port itself, handing each new connection to the next serving worker strictly in
 * turn. (Node's own round-robin gives a connection to whichever worker acknowledged its last one first: a burst
 * of connections, such as a load balancer's pool opening, could land 5 on one worker and 27 on the other and
 * stay so for the connections' life.) A worker that crashes is replaced; one that dies while starting stops the
 * server, since a new one would fail the same way (its error is in the log). SIGTERM or SIGINT stop the workers
 * politely: each keeps serving through its drain, then tells the primary to stop sending it connections and
 * finishes its open requests; the primary stops listening once no worker takes connections, and exits last.
 */
export function superviseWorkers({ count, script, port, host, say, ready }: WorkerSupervision): void {
  cluster.setupPrimary({ exec: script });
  let readyCount = 0;
  let stopping = false;
  let exitCode = 0;
  const startedAt = new Map<Worker, number>();
  /** Workers taking connections, in the order they are handed out. */
  const serving: Worker[] = [];
  /** Connections that arrived while no worker was serving (at start, or while all are being replaced). */
  const waiting: net.Socket[] = [];
  let turn = 0;

  const handOut = (socket: net.Socket) => {
    const worker = serving[turn++ % serving.length];
    if (!worker) {
      waiting.push(socket);
      return;
    }
    worker.send(WORKER_CONNECTION, socket, (err) => {
      if (!err) return;
      if (worker.isConnected() || stopping) {
        socket.destroy();
        return;
      }
      // The worker died since it was last handed one (its exit is not reported yet): the next one takes it.
      stopServing(worker);
      handOut(socket);
    });
  };
  const stopServing = (worker: Worker) => {
    const at = serving.indexOf(worker);
    if (at >= 0) serving.splice(at, 1);
    if (stopping && serving.length === 0) listener.close();
  };

  const listener = net.createServer({ pauseOnConnect: true }, handOut);
  listener.on('error', (err) => {
    say(`Could not listen on ${host}:${port}: ${err.message}`);
    stop(1);
  });
  listener.listen(port, host);

  const fork = () => startedAt.set(cluster.fork(), Date.now());
  cluster.on('message', (worker, message) => {
    if (message === WORKER_READY) {
      serving.push(worker);
      for (const socket of waiting.splice(0)) handOut(socket);
      readyCount += 1;
      if (readyCount === count) ready();
    } else if (message === WORKER_CLOSING) {
      stopServing(worker);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    const started = startedAt.get(worker) ?? 0;
    startedAt.delete(worker);
    stopServing(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(exitCode);
      return;
    }
    const how = signal ? `by ${signal}` : `with code ${code}`;
    if (Date.now() - started < START_GRACE_MS && readyCount < count) {
      say(`A worker process stopped ${how} while starting: stopping the server`);
      stop(1);
      return;
    }
    say(`Worker process ${worker.process.pid} stopped ${how}: starting another`);
    fork();
  });

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const socket of waiting.splice(0)) socket.destroy();
    if (serving.length === 0) listener.close();
    if (startedAt.size === 0) process.exit(code);
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));

  for (let i = 0; i < count; i++) fork();
}
