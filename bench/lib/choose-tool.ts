import { createRequire } from 'node:module';
import { runAutocannon } from './autocannon-tool';
import type { LoadTool, LoadToolName } from './load-tool';
import { findWrk, runWrk } from './wrk-tool';

export interface ChosenTool {
  name: LoadToolName;
  label: string;
  run: LoadTool;
}

const autocannonVersion = (): string =>
  (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;

/**
 * BENCH_TOOL=wrk|autocannon, else wrk when it is installed (it disturbs the server least on 2 cores),
 * else autocannon (an npm dependency, always there) with a warning.
 */
export function chooseTool(env = process.env): ChosenTool {
  const wanted = env.BENCH_TOOL;
  if (wanted && wanted !== 'wrk' && wanted !== 'autocannon') {
    throw new Error(`BENCH_TOOL must be wrk or autocannon, not ${wanted}`);
  }
  const wrk = findWrk();
  if (wanted === 'wrk' && !wrk) {
    throw new Error('BENCH_TOOL=wrk but wrk is not installed: apt-get install -y wrk (Debian/Ubuntu)');
  }
  if (wanted !== 'autocannon' && wrk) return { name: 'wrk', label: `wrk (${wrk}, -t2)`, run: runWrk };
  if (!wanted) {
    console.warn(
      '\n!! wrk is not installed: measuring with autocannon, which runs in Node beside the server and takes\n' +
        '!! CPU from it on 2 cores (lower req/s). For comparable numbers: apt-get install -y wrk\n',
    );
  }
  return { name: 'autocannon', label: `autocannon ${autocannonVersion()} (in-process)`, run: runAutocannon };
}
