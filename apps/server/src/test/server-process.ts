import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER_BUNDLE = path.join(REPO_ROOT, 'apps/server/dist/main.js');
export const TEST_AUTH_SECRET = 'system-test-secret-system-test-secret-01';

/** A local port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error()),
      );
    });
  });
}

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Resolves when the process has ended. */
  exited: Promise<number | null>;
}

/**
 * The production server (`apps/server/dist/main.js`, as `npm start` runs it) in its own process, resolved once it
 * answers /healthz. `env` adds to or overrides the defaults (a data directory or DATABASE_URL is required).
 */
export async function startServer(env: Record<string, string>, cwd = REPO_ROOT): Promise<ServerProcess> {
  if (!existsSync(SERVER_BUNDLE)) {
    throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build -w @partwise/server\` first`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      BASE_URL: baseUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      AUTH_RATE_LIMIT: '100000',
      // One process unless a test asks for workers: a kill -9 then ends the whole server.
      WEB_CONCURRENCY: '1',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: path.join(REPO_ROOT, 'apps/server/no-web-app'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`The server stopped while starting:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return { baseUrl, child, output: () => output, exited };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not answer within 120 s:\n${output}`);
}

/** Ends the server as a crash would (SIGKILL: no shutdown code runs) and waits until it is gone. */
export async function killHard(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

/** Stops the server the polite way (SIGTERM) and waits until it is gone. */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

/** Polls `probe` every 50 ms until it returns a value, and resolves to it; fails after `timeoutMs`. */
export async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Resolves once nothing accepts a connection at `baseUrl` any more (a server that stopped listening). */
export function untilRefused(what: string, baseUrl: string, timeoutMs?: number): Promise<true> {
  return until(
    what,
    async () => {
      try {
        await fetch(`${baseUrl}/healthz`, { headers: { connection: 'close' } });
        return undefined;
      } catch {
        return true;
      }
    },
    timeoutMs,
  );
}
