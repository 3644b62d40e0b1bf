import path from 'node:path';
import { run } from '../exec';
import { asPostgres, listening, PG_BIN, postgresDir, waitFor } from './processes';

/** A PostgreSQL cluster of its own (primary or streaming replica) on a loopback port, run by pg_ctl. */
export interface Cluster {
  name: string;
  port: number;
  dataDir: string;
  start(): Promise<void>;
  /** pg_ctl stop -m fast: open connections are cut, as when a machine's database is stopped. */
  stop(): Promise<void>;
}

const SETTINGS = [
  'listen_addresses=127.0.0.1',
  'wal_level=replica',
  'max_wal_senders=4',
  'hot_standby=on',
  // Long reports on the replica are not cancelled by the cleanup the primary does meanwhile.
  'hot_standby_feedback=on',
  'shared_buffers=128MB',
  'max_connections=120',
];

async function pg(command: string, args: string[]): Promise<void> {
  const [cmd, cmdArgs] = asPostgres(path.join(PG_BIN, command), args);
  await run(cmd, cmdArgs);
}

function cluster(name: string, port: number, dataDir: string): Cluster {
  const options = ['-p', String(port), '-k', path.dirname(dataDir), ...SETTINGS.flatMap((s) => ['-c', s])];
  return {
    name,
    port,
    dataDir,
    async start() {
      const log = path.join(path.dirname(dataDir), `${name}.postgres.log`);
      await pg('pg_ctl', ['-D', dataDir, '-l', log, '-o', options.join(' '), '-w', 'start']);
      await waitFor(`${name} on port ${port}`, () => listening(port));
    },
    async stop() {
      await pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
  };
}

/** initdb (trust auth on loopback, replication allowed) and start. */
export async function createPrimary(workDir: string, port: number): Promise<Cluster> {
  const dataDir = path.join(await postgresDir(workDir), 'primary');
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  const primary = cluster('primary', port, dataDir);
  await primary.start();
  return primary;
}

/** pg_basebackup of the primary with -R (standby.signal and primary_conninfo), then start: a streaming replica. */
export async function createReplica(workDir: string, primary: Cluster, port: number): Promise<Cluster> {
  const dataDir = path.join(workDir, 'replica');
  await pg('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  const replica = cluster('replica', port, dataDir);
  await replica.start();
  return replica;
}
