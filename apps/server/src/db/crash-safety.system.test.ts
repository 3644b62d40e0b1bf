import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Api, allPages, signedInClient } from '../test/http-api';
import { createTestDatabase } from '../test/postgres';
import { copyOfSeededDataDir } from '../test/seeded-data-dir';
import { killHard, type ServerProcess, startServer, stopServer } from '../test/server-process';
import { type Database, openDatabase, queryRows } from './client';

const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const PARTS_PER_LOT = 3;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** What the server acknowledged with a 2xx: all of it must survive a crash. */
interface Acknowledged {
  parts: Set<number>;
  lots: Map<number, number[]>;
  /** sale id → the part it sold */
  sales: Map<number, number>;
  /** Acknowledged parts not yet offered for sale. */
  unsold: number[];
  unexpected: string[];
}

interface Target {
  env: Record<string, string>;
  /** The database itself, opened while no server runs, for invariants the API does not show. */
  open(): Promise<Database>;
}

async function pgliteTarget(): Promise<Target> {
  const dataDir = copyOfSeededDataDir();
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  return {
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'db') }),
  };
}

async function postgresTarget(url: string): Promise<Target> {
  const scratch = await createTestDatabase(url);
  cleanups.push(scratch.drop);
  return {
    env: { DATABASE_URL: scratch.url, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pwf-crash-pg-')) },
    open: () => openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 1 }),
  };
}

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];

/** One write, chosen at random: a lot of parts, a sale of a part, or a single part. Throws when the server is gone. */
async function writeOnce(api: Api, acked: Acknowledged): Promise<void> {
  const roll = Math.random();
  if (roll < 0.4) {
    const res = await api('POST', '/api/v1/lots', {
      name: 'Crash lot',
      totalCostCents: 30_001,
      acquiredAt: '2025-06-01',
      parts: Array.from({ length: PARTS_PER_LOT }, (_, i) => ({ name: `Lot part ${i}`, category: 'memory' })),
    });
    if (res.status !== 201)
      return void acked.unexpected.push(`lot: ${res.status} ${JSON.stringify(res.body)}`);
    const lot = res.body as { id: number; parts: { id: number }[] };
    acked.lots.set(
      lot.id,
      lot.parts.map((p) => p.id),
    );
    for (const part of lot.parts) {
      acked.parts.add(part.id);
      acked.unsold.push(part.id);
    }
  } else if (roll < 0.8 && acked.unsold.length > 0) {
    // Taken off the list before the request: if the answer is lost, its sale may or may not exist.
    const partId = acked.unsold.splice(Math.floor(Math.random() * acked.unsold.length), 1)[0];
    const res = await api('POST', '/api/v1/sales', {
      partId,
      priceCents: 12_345,
      platform: pick(['ebay', 'local']),
    });
    if (res.status !== 201)
      return void acked.unexpected.push(`sale: ${res.status} ${JSON.stringify(res.body)}`);
    acked.sales.set((res.body as { id: number }).id, partId as number);
  } else {
    const res = await api('POST', '/api/v1/parts', {
      name: 'Crash part',
      category: 'gpu',
      costCents: 9_999,
      acquiredAt: '2025-06-02',
    });
    if (res.status !== 201) return void acked.unexpected.push(`part: ${res.status}`);
    const id = (res.body as { id: number }).id;
    acked.parts.add(id);
    acked.unsold.push(id);
  }
}

/** Writers until the server dies under them: SIGKILL after a random number of writes, in the middle of others. */
async function writeUntilKilled(server: ServerProcess, api: Api, acked: Acknowledged): Promise<number> {
  let writes = 0;
  let dead = false;
  const writer = async () => {
    while (!dead) {
      try {
        await writeOnce(api, acked);
        writes++;
      } catch {
        dead = true; // connection refused or reset: the server is gone
      }
    }
  };
  const writers = [writer(), writer(), writer()];
  const killAfter = 4 + Math.floor(Math.random() * 30);
  while (writes < killAfter && server.child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, Math.random() * 20));
  await killHard(server);
  dead = true;
  await Promise.all(writers);
  return writes;
}

/** Through the API of the restarted server: everything acknowledged is there, nothing is half-applied. */
async function expectAllThere(api: Api, acked: Acknowledged): Promise<void> {
  type PartRow = { id: number; status: string; lotId: number | null };
  const parts = new Map((await allPages<PartRow>(api, '/api/v1/parts')).map((p) => [p.id, p]));
  const lots = await allPages<{ id: number; partCount: number }>(api, '/api/v1/lots');
  const sales = await allPages<{ id: number; partId: number | null }>(api, '/api/v1/sales');

  const missingParts = [...acked.parts].filter((id) => !parts.has(id));
  expect(missingParts, 'acknowledged parts missing').toEqual([]);
  const lotIds = new Set(lots.map((l) => l.id));
  expect(
    [...acked.lots.keys()].filter((id) => !lotIds.has(id)),
    'acknowledged lots missing',
  ).toEqual([]);
  expect(
    lots.filter((l) => l.partCount !== PARTS_PER_LOT),
    'lots without all their parts',
  ).toEqual([]);
  const saleIds = new Map(sales.map((s) => [s.id, s.partId]));
  for (const [saleId, partId] of acked.sales) expect(saleIds.get(saleId), `sale ${saleId}`).toBe(partId);
  const unsoldSales = sales.filter((s) => s.partId !== null && parts.get(s.partId)?.status !== 'sold');
  expect(unsoldSales, 'sales whose part is not sold').toEqual([]);
  const soldWithoutSale = [...parts.values()].filter(
    (p) => p.status === 'sold' && !sales.some((s) => s.partId === p.id),
  );
  expect(soldWithoutSale, 'sold parts without a sale').toEqual([]);
}

/** The same rules in SQL, over every row (also the sale items the API does not list). */
async function expectConsistentTables(database: Database): Promise<void> {
  const [row] = await queryRows<Record<string, number>>(
    database.db,
    sql`select
      (select count(*)::int from purchase_lot l
        where (select count(*) from part p where p.lot_id = l.id) <> ${PARTS_PER_LOT}) as partial_lots,
      (select count(*)::int from sale s where not exists (select 1 from sale_item i where i.sale_id = s.id))
        as sales_without_items,
      (select count(*)::int from sale_item i join part p on p.id = i.part_id where p.status <> 'sold')
        as sold_items_not_sold,
      (select count(*)::int from part p where p.status = 'sold'
        and not exists (select 1 from sale_item i where i.part_id = p.id)) as sold_without_sale`,
  );
  expect(row).toEqual({
    partial_lots: 0,
    sales_without_items: 0,
    sold_items_not_sold: 0,
    sold_without_sale: 0,
  });
}

const targets: [string, () => Promise<Target>][] = [['embedded PGlite', pgliteTarget]];
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) targets.push(['PostgreSQL', () => postgresTarget(postgresUrl)]);

// The two databases at once: this is the longest system test, and its waits (a server starting after a kill,
// the writers' round trips) leave CPU for the other.
describe('kill -9 during a stream of writes', () => {
  it.concurrent.for(targets)(
    `%s: keeps every acknowledged write and applies none by half, over ${KILLS} kills`,
    async ([name, makeTarget], { expect }) => {
      const target = await makeTarget();
      const acked: Acknowledged = {
        parts: new Set(),
        lots: new Map(),
        sales: new Map(),
        unsold: [],
        unexpected: [],
      };
      let server = await startServer(target.env);
      let api = await signedInClient(server.baseUrl, 'crash@example.com', 'crash test password');
      let writes = 0;
      for (let kill = 1; kill <= KILLS; kill++) {
        writes += await writeUntilKilled(server, api, acked);
        server = await startServer(target.env); // the database must open after the crash
        api = await signedInClient(server.baseUrl, 'crash@example.com', 'crash test password');
        await expectAllThere(api, acked);
      }
      await stopServer(server);
      expect(acked.unexpected, 'refused writes').toEqual([]);
      expect(acked.sales.size).toBeGreaterThan(0);
      const database = await target.open();
      try {
        await expectConsistentTables(database);
      } finally {
        await database.close();
      }
      console.log(
        `${name}: ${KILLS} kills, ${writes} acknowledged writes, ${acked.sales.size} sales, all kept`,
      );
    },
  );
});
