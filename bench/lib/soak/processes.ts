import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { capture } from '../exec';
import { ROOT_DIR } from '../paths';

export const PG_BIN = '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

/** PostgreSQL and PgBouncer refuse to run as root: as root they run as the postgres user. */
export const asPostgres = (command: string, args: string[]): [string, string[]] =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

/** A directory the postgres user owns (or the current user, when not root). */
export async function postgresDir(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  if (asRoot) {
    const uid = Number((await capture('id', ['-u', 'postgres'])).trim());
    const gid = Number((await capture('id', ['-g', 'postgres'])).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  return dir;
}

/** A config file that the postgres user can read. */
export function writeConfig(file: string, lines: string[]): string {
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o644 });
  return file;
}

export async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A long-running child (PgBouncer, HAProxy, an API process) with its output in `logFile`. */
export interface Child {
  process: ChildProcess;
  exited: Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startChild(
  command: string,
  args: string[],
  logFile: string,
  env: NodeJS.ProcessEnv = process.env,
): Child {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const logPath = (dir: string, name: string) => path.join(dir, `${name}.log`);
