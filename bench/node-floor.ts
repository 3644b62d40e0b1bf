/**
 * `npx tsx bench/node-floor.ts` (after `npm run bench`, on its database): what a bare Node HTTP server costs per
 * answer under R2's and R3's loads (wrk, 32 connections, their request lists), against the database's CPU for
 * the same answers: how low the server's side can go at all in Node, with nothing but node:http and pg
 * (node-floor-server.mjs), in one process (one process at full load batches the most: its cost per answer is
 * the lowest).
 * Issue 16 asks the server's CPU per request to be at most the database's, and R3 at 6x the reference.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { benchDatabaseUrl, deleteCreatedParts } from './lib/database';
import { BENCH_DIR } from './lib/paths';
import { benchDbCpu, benchDbCpuSince, findPostgres } from './lib/postgres-process';
import { processCpuMs } from './lib/proc-stats';
import { SCENARIOS } from './lib/scenarios';
import { freePort } from './lib/server';
import { runWrk } from './lib/wrk-tool';
import { readLoadedUsers } from './load';

const MODES = [
  { mode: 'static', scenario: 'R2' },
  { mode: 'detail', scenario: 'R2' },
  { mode: 'create', scenario: 'R3' },
] as const;
const ROUNDS = Number(process.env.BENCH_FLOOR_ROUNDS ?? 3);

async function measure({ mode, scenario }: (typeof MODES)[number], databaseUrl: string): Promise<string> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [path.join(BENCH_DIR, 'node-floor-server.mjs'), mode, String(port), databaseUrl],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await once(server.stdout, 'data');
  const postgres = await findPostgres(databaseUrl);
  if (!postgres || !server.pid)
    throw new Error('PostgreSQL must run on this machine (its CPU is read from /proc)');
  const requests = SCENARIOS.find((s) => s.id === scenario)?.requests(readLoadedUsers()) ?? [];
  const load = { baseUrl: `http://127.0.0.1:${port}`, requests, connections: 32 };
  await runWrk({ ...load, durationSeconds: 3 });
  const serverBefore = processCpuMs(server.pid);
  const databaseBefore = benchDbCpu(postgres);
  const result = await runWrk({ ...load, durationSeconds: 10 });
  const serverMs = (processCpuMs(server.pid) - serverBefore) / result.requests;
  const databaseMs = benchDbCpuSince(postgres, databaseBefore) / result.requests;
  server.kill();
  return `| ${mode} (${scenario}'s requests) | ${Math.round(result.requestsPerSecond)} | ${result.latencyMs.p99.toFixed(1)} | ${serverMs.toFixed(3)} | ${mode === 'static' ? '–' : databaseMs.toFixed(3)} |`;
}

const databaseUrl = benchDatabaseUrl();
console.log(
  '| server | req/s | p99 ms | server CPU ms/req | PostgreSQL CPU ms/req |\n|---|---:|---:|---:|---:|',
);
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of MODES) console.log(await measure(mode, databaseUrl));
  await deleteCreatedParts(databaseUrl);
}
