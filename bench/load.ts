// Loads the generated CSVs into a fresh database with the product's own schema (its migrations).
// Needs a built server (npm run build) and generated data (bench/generate.ts); `npm run bench` does both.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BenchUser, createBenchUsers } from './lib/accounts';
import { benchDatabaseUrl, recreateDatabase, withClient } from './lib/database';
import { loadParts } from './lib/load-parts';
import { loadSales } from './lib/load-sales';
import { DATA_DIR, isMain, WORK_DIR } from './lib/paths';
import { runServerCommand } from './lib/server-command';

export const TOKENS_FILE = path.join(WORK_DIR, 'tokens.json');

/** The users and tokens of the previous load, for runs that reuse the loaded database. */
export function readLoadedUsers(): BenchUser[] {
  if (!existsSync(TOKENS_FILE))
    throw new Error(`${TOKENS_FILE} is missing: run \`npm run bench\` once first`);
  return JSON.parse(readFileSync(TOKENS_FILE, 'utf8')) as BenchUser[];
}

/** The status counts of WORKLOAD.md 2.4, checked after the load. */
const EXPECTED_STATUS_COUNTS = { in_build: 10_300, in_stock: 42_266, listed: 17_434, sold: 30_000 };

async function checkStatusCounts(url: string): Promise<void> {
  const counts = await withClient(url, async (client) => {
    const result = await client.query<{ status: string; n: number }>(
      'select status, count(*)::int as n from part group by status order by status',
    );
    return Object.fromEntries(result.rows.map((row) => [row.status, row.n]));
  });
  if (JSON.stringify(counts) !== JSON.stringify(EXPECTED_STATUS_COUNTS)) {
    throw new Error(`Loaded status counts ${JSON.stringify(counts)} differ from WORKLOAD.md 2.4`);
  }
}

/**
 * Recreates the bench database, migrates it, loads users, tokens, parts and sales, rebuilds the daily
 * aggregates; returns the users with tokens.
 */
export async function loadDatabase(url = benchDatabaseUrl()): Promise<BenchUser[]> {
  await recreateDatabase(url);
  await runServerCommand(url, 'migrate');
  const users = await withClient(url, async (client) => {
    const created = await createBenchUsers(client);
    await loadParts(client, readFileSync(path.join(DATA_DIR, 'parts.csv'), 'utf8'), created);
    await loadSales(client, readFileSync(path.join(DATA_DIR, 'sales.csv'), 'utf8'), created);
    // Statistics and the visibility map, as autovacuum would leave them on a live database.
    await client.query('vacuum analyze');
    return created;
  });
  await checkStatusCounts(url);
  // The product's own command recomputes the daily aggregates from the loaded ledger (npm run analytics:rebuild).
  await runServerCommand(url, 'analytics-rebuild');
  await withClient(url, (client) => client.query('vacuum analyze analytics_daily'));
  writeFileSync(TOKENS_FILE, `${JSON.stringify(users, null, 2)}\n`, { mode: 0o600 });
  return users;
}

if (isMain(import.meta.url)) {
  const started = performance.now();
  await loadDatabase();
  console.log(`Loaded in ${Math.round(performance.now() - started)} ms; tokens in ${TOKENS_FILE}.`);
}
