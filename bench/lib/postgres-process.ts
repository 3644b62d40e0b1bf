import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withClient } from './database';
import { childPids, processCpuMs } from './proc-stats';

/** Where PostgreSQL runs on this machine, and which of its client backends are ours. */
export interface PostgresProcesses {
  postmasterPid: number;
  database: string;
}

/**
 * The postmaster's pid (from postmaster.pid in the data directory) when PostgreSQL runs on this machine
 * and we may read it; undefined otherwise (then the DB CPU column stays empty).
 */
export async function findPostgres(url: string): Promise<PostgresProcesses | undefined> {
  try {
    const dataDir = await withClient(url, async (client) => {
      const result = await client.query<{ data_directory: string }>('show data_directory');
      return result.rows[0]?.data_directory;
    });
    if (!dataDir) return undefined;
    const postmasterPid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    processCpuMs(postmasterPid);
    return { postmasterPid, database: decodeURIComponent(new URL(url).pathname.slice(1)) };
  } catch {
    return undefined;
  }
}

/**
 * Client backends show as "postgres: [cluster: ]<user> <database> <host>(<port>) <state>", background
 * processes as "postgres: [cluster: ]walwriter". Ours are the backends of the bench database and the background
 * processes (WAL writer, checkpointer…), not the backends of other databases (other people's tests).
 */
function servesBench(pid: number, database: string): boolean {
  try {
    const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    const backend = /^postgres: (?:\S+: )?\S+ (\S+) (?:\S+\(\d+\)|\[local\])/.exec(title);
    return backend ? backend[1] === database : true;
  } catch {
    return false;
  }
}

/** CPU ms so far of each process that serves the bench database, by pid. */
export function benchDbCpu(pg: PostgresProcesses): Map<number, number> {
  const cpu = new Map<number, number>([[pg.postmasterPid, processCpuMs(pg.postmasterPid)]]);
  for (const pid of childPids(pg.postmasterPid)) {
    if (!servesBench(pid, pg.database)) continue;
    try {
      cpu.set(pid, processCpuMs(pid));
    } catch {
      // Exited meanwhile.
    }
  }
  return cpu;
}

/** CPU ms used since `before` by the processes serving the bench database (backends started since count whole). */
export function benchDbCpuSince(pg: PostgresProcesses, before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of benchDbCpu(pg)) total += ms - (before.get(pid) ?? 0);
  return total;
}
