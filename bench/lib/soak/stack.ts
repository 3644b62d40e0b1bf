import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../paths';
import { freePort } from '../server';
import { type Cluster, createPrimary, createReplica } from './postgres-cluster';
import { asPostgres, type Child, listening, logPath, startChild, waitFor, writeConfig } from './processes';

export const SOAK_DATABASE = 'pwf_soak_bench';
const HAPROXY_CONFIG = path.join(ROOT_DIR, 'deploy/haproxy/haproxy.cfg');

/** One API process (node apps/server/dist/main.js) on its own port; restartable. */
export interface ApiProcess {
  name: string;
  port: number;
  child: Child;
  start(): Promise<void>;
  /** kill -9: no shutdown code runs. */
  kill(): Promise<void>;
  /** SIGTERM: drain, finish open requests, exit. */
  stop(): Promise<void>;
}

export interface Stack {
  workDir: string;
  primary: Cluster;
  replica: Cluster;
  /** Direct URLs (for loading and checking), not through PgBouncer. */
  primaryUrl: string;
  replicaUrl: string;
  apis: ApiProcess[];
  haproxyUrl: string;
  pgbouncer: Child;
  haproxy: Child;
  /** A second HAProxy with both server lines on the first API process: the same path, one process. */
  startSingleProcessProxy(): Promise<{ url: string; stop(): Promise<void> }>;
  stop(): Promise<void>;
}

const urlAt = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

async function startPgBouncer(workDir: string, primary: Cluster, replica: Cluster): Promise<[Child, number]> {
  const port = await freePort();
  const users = writeConfig(path.join(workDir, 'pgbouncer-users.txt'), ['"postgres" ""']);
  // The settings of deploy/pgbouncer/pgbouncer.ini, on loopback ports and with trust auth.
  const ini = writeConfig(path.join(workDir, 'pgbouncer.ini'), [
    '[databases]',
    `pwf = host=127.0.0.1 port=${primary.port} dbname=${SOAK_DATABASE}`,
    `pwf_replica = host=127.0.0.1 port=${replica.port} dbname=${SOAK_DATABASE}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = trust',
    `auth_file = ${users}`,
    'pool_mode = transaction',
    'default_pool_size = 20',
    'max_client_conn = 1000',
    'ignore_startup_parameters = extra_float_digits,options',
    'server_reset_query =',
  ]);
  const [cmd, args] = asPostgres('/usr/sbin/pgbouncer', [ini]);
  const child = startChild(cmd, args, logPath(workDir, 'pgbouncer'));
  await waitFor('PgBouncer', () => listening(port));
  return [child, port];
}

async function startHaproxy(workDir: string, name: string, api1: number, api2: number) {
  const port = await freePort();
  const child = startChild('/usr/sbin/haproxy', ['-db', '-f', HAPROXY_CONFIG], logPath(workDir, name), {
    ...process.env,
    HAPROXY_BIND: `127.0.0.1:${port}`,
    API1: `127.0.0.1:${api1}`,
    API2: `127.0.0.1:${api2}`,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${name} ready`, async () => {
    try {
      return (await fetch(`${url}/readyz`)).status === 200;
    } catch {
      return false;
    }
  });
  return { child, url };
}

function apiProcess(name: string, port: number, workDir: string, env: NodeJS.ProcessEnv): ApiProcess {
  const dataDir = path.join(workDir, `${name}-data`);
  mkdirSync(dataDir, { recursive: true });
  const api: ApiProcess = {
    name,
    port,
    child: undefined as unknown as Child,
    async start() {
      api.child = startChild(
        process.execPath,
        ['--max-old-space-size=128', path.join(ROOT_DIR, 'apps/server/dist/main.js')],
        logPath(workDir, name),
        { ...env, PORT: String(port), DATA_DIR: dataDir },
      );
      await waitFor(
        `${name} /readyz`,
        async () => {
          if (api.child.process.exitCode !== null)
            throw new Error(`${name} exited; see its log in ${workDir}`);
          try {
            return (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
          } catch {
            return false;
          }
        },
        180_000,
      );
    },
    kill: () => api.child.stop('SIGKILL'),
    stop: () => api.child.stop('SIGTERM'),
  };
  return api;
}

/**
 * The whole deployment on loopback: a primary, a streaming replica made from it with pg_basebackup, PgBouncer
 * in transaction mode in front of both, two API processes (read routing on), HAProxy in front of them.
 * `load` fills the primary before the replica is copied from it.
 */
export async function startStack(
  workDir: string,
  load: (primaryUrl: string) => Promise<void>,
): Promise<Stack> {
  // What has started so far, stopped in reverse if a later step fails.
  const started: (() => Promise<void>)[] = [];
  const undo = async () => {
    for (const stop of started.reverse()) await stop().catch(() => {});
  };
  try {
    return await startAll(workDir, load, started);
  } catch (err) {
    await undo();
    throw err;
  }
}

async function startAll(
  workDir: string,
  load: (primaryUrl: string) => Promise<void>,
  started: (() => Promise<void>)[],
): Promise<Stack> {
  const primary = await createPrimary(workDir, await freePort());
  started.push(() => primary.stop());
  const primaryUrl = urlAt(primary.port, SOAK_DATABASE);
  await load(primaryUrl);
  const replica = await createReplica(workDir, primary, await freePort());
  started.push(() => replica.stop());
  const [pgbouncer, bouncerPort] = await startPgBouncer(workDir, primary, replica);
  started.push(() => pgbouncer.stop());
  const ports = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: urlAt(bouncerPort, 'pwf'),
    DATABASE_READ_URL: urlAt(bouncerPort, 'pwf_replica'),
    DATABASE_PREPARED_STATEMENTS: 'false',
    DATABASE_POOL_SIZE: '10',
    WEB_CONCURRENCY: '1',
    SHUTDOWN_DRAIN_SECONDS: '5',
    AUTH_SECRET: 'soak-secret-soak-secret-soak-secret-0001',
    WEB_DIST_DIR: path.join(workDir, 'no-web-app'),
  };
  const apis = ports.map((port, i) => apiProcess(`api${i + 1}`, port, workDir, env));
  // One at a time: the first imports the parts catalog, the second finds it there.
  for (const api of apis) {
    started.push(async () => api.child?.stop());
    await api.start();
  }
  const [p1 = 0, p2 = 0] = ports;
  const haproxy = await startHaproxy(workDir, 'haproxy', p1, p2);
  started.push(() => haproxy.child.stop());
  return {
    workDir,
    primary,
    replica,
    primaryUrl,
    replicaUrl: urlAt(replica.port, SOAK_DATABASE),
    apis,
    haproxyUrl: haproxy.url,
    pgbouncer,
    haproxy: haproxy.child,
    async startSingleProcessProxy() {
      const single = await startHaproxy(workDir, 'haproxy-single', p1, p1);
      return { url: single.url, stop: () => single.child.stop() };
    },
    async stop() {
      await haproxy.child.stop();
      for (const api of apis) await api.child?.stop();
      await pgbouncer.stop();
      await replica.stop().catch(() => {});
      await primary.stop().catch(() => {});
    },
  };
}
