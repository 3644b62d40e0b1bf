import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signedInClient } from './test/http-api';
import { createTestDatabase } from './test/postgres';
import { type ServerProcess, startServer, stopServer } from './test/server-process';

const postgresUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The live child processes of a process (a cluster primary's workers). */
function childrenOf(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return children ? children.split(' ').map(Number) : [];
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A new empty database on the test server, dropped after the file's tests. */
async function emptyDatabase(url: string): Promise<string> {
  const scratch = await createTestDatabase(url);
  cleanups.push(scratch.drop);
  return scratch.url;
}

/** A sign-in with a wrong password on a connection of its own, so that the primary may hand it to any worker. */
async function wrongSignIn(server: ServerProcess): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl, connection: 'close' },
    body: JSON.stringify({ email: 'workers@example.com', password: 'not the password' }),
  });
  await response.text();
  return response.status;
}

describe.skipIf(!postgresUrl)('several server processes on one PostgreSQL', () => {
  it('shares sessions and rate limits, replaces a crashed worker, and stops politely', async () => {
    const server = await startServer({
      DATABASE_URL: await emptyDatabase(postgresUrl ?? ''),
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pwf-workers-')),
      WEB_CONCURRENCY: '2',
      AUTH_RATE_LIMIT: '4',
    });
    try {
      await until('both workers', () => (server.output().includes('2 worker processes') ? true : undefined));
      const workers = childrenOf(server.child.pid ?? 0);
      expect(workers).toHaveLength(2);
      // The primary migrated and imported the catalog once; the workers did not do it again.
      expect(server.output().match(/Parts catalog imported/g)).toHaveLength(1);

      // A session made through one worker is good on every connection, whichever worker takes it.
      const api = await signedInClient(server.baseUrl, 'workers@example.com', 'workers password 1');
      for (let i = 0; i < 10; i++) expect((await api('GET', '/api/v1/me')).status).toBe(200);

      // The sign-in limit is one counter for all workers: the fifth wrong attempt is refused, wherever it lands.
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push(await wrongSignIn(server));
      expect(statuses).toEqual([401, 401, 401, 401, 429]);

      const [crashed] = workers;
      process.kill(crashed ?? 0, 'SIGKILL');
      const replaced = await until('a new worker', () => {
        const now = childrenOf(server.child.pid ?? 0);
        return now.length === 2 && !now.includes(crashed ?? 0) ? now : undefined;
      });
      expect(server.output()).toContain('starting another');
      for (let i = 0; i < 6; i++) expect((await api('GET', '/api/v1/me')).status).toBe(200);

      await stopServer(server);
      expect(await server.exited).toBe(0);
      for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      await stopServer(server);
    }
  });
});
