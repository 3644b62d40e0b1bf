import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withClient } from './database';
import { processTreeCpuMs } from './proc-stats';

/**
 * The postmaster's pid, read from postmaster.pid in the data directory, when PostgreSQL runs on this
 * machine and we may read it; undefined otherwise (then the DB CPU column stays empty).
 */
export async function findPostmasterPid(url: string): Promise<number | undefined> {
  try {
    const dataDir = await withClient(url, async (client) => {
      const result = await client.query<{ data_directory: string }>('show data_directory');
      return result.rows[0]?.data_directory;
    });
    if (!dataDir) return undefined;
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    processTreeCpuMs(pid);
    return pid;
  } catch {
    return undefined;
  }
}
