import { createRequire } from 'node:module';
import { runAutocannon } from './autocannon-tool';
import { findExecutable, run } from './exec';
import type { LoadTool, LoadToolName } from './load-tool';
import { findWrk, runWrk } from './wrk-tool';

export interface ChosenTool {
  name: LoadToolName;
  label: string;
  run: LoadTool;
}

const INSTALL_HINT = 'apt-get install -y wrk (Debian/Ubuntu; brew install wrk on macOS)';

const autocannonVersion = (): string =>
  (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;

/** As root on Debian (this project's machines), installs wrk with apt-get; returns whether it worked. */
async function installWrk(): Promise<boolean> {
  if (process.getuid?.() !== 0 || !findExecutable('apt-get')) return false;
  console.log('wrk is not installed: installing it with apt-get (Debian package "wrk")...');
  try {
    await run('apt-get', ['install', '-y', '-qq', 'wrk']).catch(async () => {
      await run('apt-get', ['update', '-qq']);
      await run('apt-get', ['install', '-y', '-qq', 'wrk']);
    });
  } catch {
    return false;
  }
  return findWrk() !== undefined;
}

/**
 * BENCH_TOOL=wrk|autocannon. By default wrk (installed with apt-get when missing and possible): it takes
 * about half the CPU per request of autocannon, which on 2 cores competes with the server. Without wrk,
 * autocannon (an npm dependency, always there) with a loud warning.
 */
export async function chooseTool(env = process.env): Promise<ChosenTool> {
  const wanted = env.BENCH_TOOL;
  if (wanted && wanted !== 'wrk' && wanted !== 'autocannon') {
    throw new Error(`BENCH_TOOL must be wrk or autocannon, not ${wanted}`);
  }
  if (wanted !== 'autocannon') {
    const wrk = findWrk() ?? ((await installWrk()) ? findWrk() : undefined);
    if (wrk) return { name: 'wrk', label: `wrk (${wrk}, -t2)`, run: runWrk };
    if (wanted === 'wrk') throw new Error(`BENCH_TOOL=wrk but wrk is not installed: ${INSTALL_HINT}`);
    console.warn(
      '\n!! wrk is not installed and could not be installed: measuring with autocannon, which runs in Node\n' +
        '!! beside the server and takes more CPU from it on 2 cores (lower req/s). For comparable numbers:\n' +
        `!! ${INSTALL_HINT}\n`,
    );
  }
  return { name: 'autocannon', label: `autocannon ${autocannonVersion()} (in-process)`, run: runAutocannon };
}
