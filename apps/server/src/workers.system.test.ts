import { mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { sessionCookie, signedInClient } from './test/http-api';
import { createTestDatabase } from './test/postgres';
import { halfSentRequest } from './test/raw-http';
import { type ServerProcess, startServer, stopServer, until, untilRefused } from './test/server-process';

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

/** How many of the connections from `clients` (their local ports) to `port` process `pid` holds (from /proc). */
function connectionsHeld(pid: number, port: number, clients: number[]): number {
  const sockets = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (target.startsWith('socket:[')) sockets.add(target.slice('socket:['.length, -1));
    } catch {
      // closed while listing
    }
  }
  const hexPort = (n: number) => `:${n.toString(16).toUpperCase().padStart(4, '0')}`;
  const remotes = new Set(clients.map(hexPort));
  let held = 0;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, remote = '', state, , , , , , inode = ''] = line.trim().split(/\s+/);
      const from = remote.slice(remote.lastIndexOf(':'));
      if (local?.endsWith(hexPort(port)) && state === '01' && remotes.has(from) && sockets.has(inode))
        held += 1;
    }
  }
  return held;
}

/** A keep-alive connection with one GET answered on it; the connection stays open until `close`. */
function keepAliveGet(port: number, path: string) {
  const socket = net.connect(port, '127.0.0.1', () =>
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`),
  );
  const status = new Promise<number>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('data', (chunk) => resolve(Number(chunk.toString('latin1').split(' ')[1])));
  });
  const localPort = new Promise<number>((resolve) =>
    socket.once('connect', () => resolve(socket.localPort ?? 0)),
  );
  return { status, localPort, close: () => socket.destroy() };
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
  it('hands new connections to the workers strictly in turn, even while one of them is busy', async () => {
    const server = await startServer({
      DATABASE_URL: await emptyDatabase(postgresUrl ?? ''),
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pwf-workers-')),
      WEB_CONCURRENCY: '2',
    });
    const port = Number(new URL(server.baseUrl).port);
    const [busy = 0, other = 0] = await until('both workers', () => {
      const workers = childrenOf(server.child.pid ?? 0);
      return server.output().includes('2 worker processes') && workers.length === 2 ? workers : undefined;
    });
    try {
      // A stopped worker acknowledges nothing, like one deep in a long task: Node's own round-robin would give
      // it one connection and the other worker the remaining seven, for those connections' whole life.
      process.kill(busy, 'SIGSTOP');
      const connections = Array.from({ length: 8 }, () => keepAliveGet(port, '/healthz'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      process.kill(busy, 'SIGCONT');
      expect(await Promise.all(connections.map((c) => c.status))).toEqual(Array(8).fill(200));
      const clients = await Promise.all(connections.map((c) => c.localPort));
      expect([connectionsHeld(busy, port, clients), connectionsHeld(other, port, clients)]).toEqual([4, 4]);
      for (const connection of connections) connection.close();
    } finally {
      process.kill(busy, 'SIGCONT');
      await stopServer(server);
    }
  });

  it('lets every worker finish its request in flight on SIGTERM, and stops listening after the drain', async () => {
    const databaseUrl = await emptyDatabase(postgresUrl ?? '');
    const server = await startServer({
      DATABASE_URL: databaseUrl,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pwf-workers-')),
      WEB_CONCURRENCY: '2',
      SHUTDOWN_DRAIN_SECONDS: '1',
    });
    try {
      await until('both workers', () => (server.output().includes('2 worker processes') ? true : undefined));
      const cookie = await sessionCookie(server.baseUrl, 'drain@example.com', 'workers password 1');
      const port = Number(new URL(server.baseUrl).port);
      // Two new connections in a row go to the two workers: each has a creation whose body is half sent.
      const inFlight = ['First in flight', 'Second in flight'].map((name) =>
        halfSentRequest(
          port,
          'POST',
          '/api/v1/parts',
          { 'content-type': 'application/json', origin: server.baseUrl, cookie },
          JSON.stringify({ name, category: 'other', costCents: 1234, acquiredAt: '2025-01-02' }),
        ),
      );
      await Promise.all(inFlight.map((request) => request.sent));
      server.child.kill('SIGTERM');
      await until('the workers to turn not ready', async () => {
        const ready = await fetch(`${server.baseUrl}/readyz`, { headers: { connection: 'close' } });
        return ready.status === 503 ? true : undefined;
      });
      await untilRefused('the primary to stop listening', server.baseUrl);
      const answers = await Promise.all(inFlight.map((request) => request.finish()));
      expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
      expect(await server.exited).toBe(0);
      const database = new pg.Client({ connectionString: databaseUrl });
      await database.connect();
      const parts = await database.query<{ name: string }>('select name from part order by name');
      await database.end();
      expect(parts.rows.map((row) => row.name)).toEqual(['First in flight', 'Second in flight']);
    } finally {
      await stopServer(server);
    }
  });

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
