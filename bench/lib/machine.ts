import os from 'node:os';
import { capture } from './exec';

export interface MachineFacts {
  cpuModel: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  postgres: string;
  loadTool: string;
}

export function machineFacts(postgres: string, loadTool: string): MachineFacts {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres,
    loadTool,
  };
}

/** The measured code: HEAD's short hash, flagged when tracked files (bench results aside) have changes. */
export async function measuredCommit(): Promise<string> {
  try {
    const head = (await capture('git', ['rev-parse', '--short', 'HEAD'])).trim();
    // The results the bench itself rewrites do not count as changes to the measured code.
    const status = ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results'];
    const dirty = (await capture('git', status)).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
