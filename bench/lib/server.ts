import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT_DIR, WORK_DIR } from './paths';

export interface ServerOptions {
  databaseUrl: string;
  poolSize: number;
  /** Extra node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=...']. */
  nodeArgs?: string[];
  /** How long to wait for /healthz; 30 s by default. */
  startupTimeoutMs?: number;
  /** A program the server runs under, e.g. ['valgrind', '--tool=callgrind', …]; stopping then waits longer. */
  wrapper?: string[];
  /** More environment for the server, e.g. { WEB_CONCURRENCY: '1' }. */
  env?: Record<string, string>;
  /** The server's log file in bench/work; server.log by default. */
  logName?: string;
}

export interface RunningServer {
  pid: number;
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
/** Under valgrind a clean exit (which writes the wrapper's results) takes a while. */
const WRAPPED_STOP_TIMEOUT_MS = 300_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

async function waitHealthy(
  baseUrl: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not answer /healthz within ${timeoutMs / 1000} s; see ${logFile}`);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Starts the built production server (apps/server/dist/main.js) on a free port and waits for /healthz. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-bench-data-'));
  const logFile = path.join(WORK_DIR, options.logName ?? 'server.log');
  const log = createWriteStream(logFile);
  const [command = process.execPath, ...wrapperArgs] = options.wrapper ?? [];
  const child = spawn(
    command,
    [
      ...wrapperArgs,
      ...(options.wrapper ? [process.execPath] : []),
      ...(options.nodeArgs ?? []),
      path.join(ROOT_DIR, 'apps/server/dist/main.js'),
    ],
    {
      cwd: ROOT_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: options.databaseUrl,
        DATABASE_POOL_SIZE: String(options.poolSize),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('The server process did not start');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(
        () => child.kill('SIGKILL'),
        options.wrapper ? WRAPPED_STOP_TIMEOUT_MS : STOP_TIMEOUT_MS,
      );
      await exited(child);
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(baseUrl, child, logFile, options.startupTimeoutMs ?? STARTUP_TIMEOUT_MS);
  } catch (err) {
    await stop();
    throw err;
  }
  return { pid, baseUrl, logFile, stop };
}
