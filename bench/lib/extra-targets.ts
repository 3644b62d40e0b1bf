import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchUser } from './accounts';
import { ROOT_DIR } from './paths';
import { bearer } from './routes';
import { freePort } from './server';

/** What someone types into the part form's catalog autocomplete. */
const CATALOG_QUERIES = [
  '3070 ti',
  'ryzen 5 5600x',
  'b650',
  'rtx 4090',
  'samsung 990',
  'rx 6700 xt',
  'vengeance ddr5',
  'nh-d15',
  'rm850x',
  'meshify',
  'i7-12700k',
  'x570',
];
const CATALOG_ROUNDS = 20;
export const CATALOG_P50_TARGET_MS = 20;
export const EMBEDDED_RESTART_TARGET_MS = 5000;

export interface CatalogSearchResult {
  requests: number;
  p50Ms: number;
  p90Ms: number;
  pass: boolean;
}

/** Catalog autocomplete as one person types: one request at a time, over the whole catalog. */
export async function measureCatalogSearch(baseUrl: string, user: BenchUser): Promise<CatalogSearchResult> {
  const ask = async (q: string) => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/catalog?q=${encodeURIComponent(q)}&pageSize=20`, {
      headers: bearer(user),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`catalog search "${q}" answered ${response.status}`);
    return performance.now() - started;
  };
  for (const q of CATALOG_QUERIES) await ask(q);
  const times: number[] = [];
  for (let round = 0; round < CATALOG_ROUNDS; round++)
    for (const q of CATALOG_QUERIES) times.push(await ask(q));
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? 0;
  return { requests: times.length, p50Ms: at(0.5), p90Ms: at(0.9), pass: at(0.5) <= CATALOG_P50_TARGET_MS };
}

export interface EmbeddedStartResult {
  /** First start on an empty data dir: creates the database and imports the catalog. */
  firstStartMs: number;
  /** Start on the existing data dir: the target. */
  restartMs: number;
  pass: boolean;
}

/** The embedded mode (PGlite, no DATABASE_URL): time from process start to a 200 from /healthz. */
export async function measureEmbeddedStart(): Promise<EmbeddedStartResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-bench-embedded-'));
  try {
    const firstStartMs = await timeToHealthy(dataDir);
    const restartMs = await timeToHealthy(dataDir);
    return { firstStartMs, restartMs, pass: restartMs <= EMBEDDED_RESTART_TARGET_MS };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function timeToHealthy(dataDir: string): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT_DIR, 'apps/server/dist/main.js')], {
    env,
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error('the embedded server exited before it answered');
      if (performance.now() - started > 120_000)
        throw new Error('the embedded server did not answer in 120 s');
      const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (healthy) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await stop(child);
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
