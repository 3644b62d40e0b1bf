import {
  CATEGORIES,
  CSV_FIELD_LABELS,
  CSV_FIELDS,
  type Part,
  type PartCreate,
  parseCsv,
  suggestMapping,
  toCsv,
} from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';
import { bearerFor, signUp } from '../../test/users';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;

beforeAll(async () => {
  ({ ctx, alice, bob } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

const exportCsv = (headers: Record<string, string>, query = '') =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/parts/export.csv${query}`, headers });

async function allParts(headers: Record<string, string>): Promise<Part[]> {
  const parts: Part[] = [];
  for (let page = 1; ; page++) {
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/parts?pageSize=200&page=${page}`,
      headers,
    });
    parts.push(...res.json().items);
    if (parts.length >= res.json().total) return parts;
  }
}

/** What must survive a round trip: everything but the identity and the timestamps. */
const comparable = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Part) => rest;

const VARIED: Partial<PartCreate>[] = [
  {
    name: 'ASUS RTX 3070 Dual',
    category: 'gpu',
    brand: 'ASUS',
    model: 'DUAL-RTX3070-O8G',
    grade: 4,
    status: 'testing',
    costCents: 123456,
    acquiredAt: '2025-06-15',
    source: 'ebay',
    serial: 'SN-1',
    notes: 'fans, "noisy"\nneeds repaste; see photo',
    specs: { chipset: 'RTX 3070', vramGb: 8, lengthMm: 267, tdpW: 220 },
  },
  {
    name: '=HYPERLINK("http://evil.example")',
    category: 'cpu',
    condition: 'new',
    status: 'rma',
    costCents: 0,
    acquiredAt: '2024-12-31',
    source: 'Kijiji',
    specs: { socket: 'AM4', cores: 6, baseClockGhz: 3.7, integratedGraphics: false },
  },
  {
    name: 'Fractal Meshify C',
    category: 'case',
    condition: 'for_parts',
    costCents: 4999,
    acquiredAt: '2023-01-05',
    source: 'facebook_marketplace',
    serial: '-123',
    notes: 'ünïcödé – “curly quotes”, tabs\tand\r\nCRLF',
    specs: { boardFormFactors: ['ATX', 'Micro ATX'], maxGpuLengthMm: 315 },
  },
  {
    name: 'Kingston Fury 2x8GB',
    category: 'memory',
    costCents: 3000,
    acquiredAt: '2025-01-02',
    notes: '-dash first',
  },
  {
    name: "'apostrophe first",
    category: 'cooler',
    brand: '@brand',
    costCents: 1_000_000_000,
    acquiredAt: '2025-02-28',
    specs: { liquid: true, sockets: ['AM4', 'LGA1700'], radiatorMm: 240 },
  },
];

describe('export', () => {
  it("exports the caller's matching parts as a spreadsheet-safe CSV file", async () => {
    await createPart(ctx.app, bob, { name: 'Bob secret GPU' });
    for (const part of VARIED) await createPart(ctx.app, alice, part);
    const meshify = (await allParts(alice)).find((p) => p.name === 'Fractal Meshify C');
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/parts/${meshify?.id}`,
      headers: alice,
      payload: { status: 'archived' },
    });

    const res = await exportCsv(alice);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="parts-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.body.startsWith('\uFEFFName,Category,Brand,')).toBe(true);
    expect(res.body).not.toContain('Bob secret');
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const [header, ...rows] = parseCsv(res.body);
    expect(header).toEqual(CSV_FIELDS.map((f) => CSV_FIELD_LABELS[f]));
    expect(rows).toHaveLength(VARIED.length);
    const asus = rows.find((r) => r[0] === 'ASUS RTX 3070 Dual') ?? [];
    expect(asus.slice(0, -1)).toEqual([
      'ASUS RTX 3070 Dual',
      'Graphics card',
      'ASUS',
      'DUAL-RTX3070-O8G',
      'Used',
      '4',
      'Testing',
      '1234.56',
      '2025-06-15',
      'eBay',
      'SN-1',
      'fans, "noisy"\nneeds repaste; see photo',
    ]);
    // Known specs only, as JSON (key order is PostgreSQL's).
    expect(JSON.parse(asus.at(-1) ?? '')).toEqual({
      chipset: 'RTX 3070',
      vramGb: 8,
      lengthMm: 267,
      tdpW: 220,
    });
    expect(rows.find((r) => r[0] === 'Kingston Fury 2x8GB')?.at(-1)).toBe('');
  });

  it('applies the list filters and sort, without paging', async () => {
    const res = await exportCsv(alice, '?category=cpu,gpu&sort=-costCents');
    const names = parseCsv(res.body)
      .slice(1)
      .map((r) => r[0]);
    expect(names).toEqual(['ASUS RTX 3070 Dual', `'=HYPERLINK("http://evil.example")`]);
    const bad = await exportCsv(alice, '?category=toaster');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('exports only the parts worth more than they cost, by unrealized profit, when the list is filtered so', async () => {
    const headers = await bearerFor(ctx.app, await signUp(ctx.app));
    const part = (name: string, costCents: number, expectedPriceCents: number) =>
      createPart(ctx.app, headers, { name, costCents, expectedPriceCents });
    await part('Bought well', 10_000, 12_000);
    await part('Bought very well', 10_000, 19_000);
    await part('Overpaid', 10_000, 6_000);
    const names = (res: { body: string }) =>
      parseCsv(res.body)
        .slice(1)
        .map((r) => r[0]);
    expect(names(await exportCsv(headers, '?worthMore=true&sort=-unrealizedCents'))).toEqual([
      'Bought very well',
      'Bought well',
    ]);
    expect(names(await exportCsv(headers, '?sort=valueCents'))).toEqual([
      'Overpaid',
      'Bought well',
      'Bought very well',
    ]);
  });

  it('gives the header alone when nothing matches', async () => {
    const res = await exportCsv(alice, '?acquiredFrom=2099-01-01');
    expect(parseCsv(res.body)).toHaveLength(1);
  });

  it('needs a signed-in user', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/parts/export.csv'],
      ['POST', '/api/v1/parts/import/dry-run'],
      ['POST', '/api/v1/parts/import'],
    ] as const) {
      const payload = method === 'POST' ? { payload: { csv: 'a', mapping: {} } } : {};
      const res = await ctx.app.inject({ method, url, ...payload });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });
  it('is documented in OpenAPI', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/parts/export.csv'].get).toBeDefined();
    const body =
      doc.paths['/api/v1/parts/import/dry-run'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['csv', 'mapping']);
    expect(doc.paths['/api/v1/parts/import'].post.responses['201']).toBeDefined();
  });
});

describe('round trip', () => {
  it('export then import into another account gives the same parts, field by field', async () => {
    const csv = (await exportCsv(alice)).body;
    const mapping = suggestMapping(parseCsv(csv, { maxRows: 1 })[0] ?? []);
    const dryRun = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/parts/import/dry-run',
      headers: bob,
      payload: { csv, mapping },
    });
    expect(dryRun.json()).toMatchObject({ rowCount: VARIED.length, validCount: VARIED.length, problems: [] });
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/parts/import',
      headers: bob,
      payload: { csv, mapping },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ imported: VARIED.length, skipped: 0, skippedRows: [] });

    const byName = (parts: Part[]) =>
      parts
        .filter((p) => p.name !== 'Bob secret GPU')
        .map(comparable)
        .sort((a, b) => a.name.localeCompare(b.name));
    const original = byName(await allParts(alice));
    expect(original).toHaveLength(VARIED.length);
    expect(byName(await allParts(bob))).toEqual(original);
    expect(original.find((p) => p.name === 'Fractal Meshify C')?.status).toBe('archived');
  });

  it('re-importing an export reports every row as a likely duplicate, and can leave them out', async () => {
    const exported = (await exportCsv(alice)).body;
    const psu = ['New PSU', 'Power supply', '', '', '', '', '', '45', '2025-07-01', '', '', '', ''];
    const csv = exported + toCsv([psu, psu]);
    const mapping = suggestMapping(parseCsv(csv, { maxRows: 1 })[0] ?? []);
    const post = (url: string) =>
      ctx.app.inject({
        method: 'POST',
        url,
        headers: alice,
        payload: { csv, mapping, skipDuplicates: true },
      });
    const dryRun = (await post('/api/v1/parts/import/dry-run')).json();
    expect(dryRun).toMatchObject({
      rowCount: VARIED.length + 2,
      validCount: VARIED.length + 2,
      skippedCount: 0,
    });
    expect(dryRun.duplicateCount).toBe(VARIED.length + 1);
    const before = (await allParts(alice)).length;
    const res = await post('/api/v1/parts/import');
    // Every exported row (rows 2 on) and the second "New PSU" row are left out, and said so.
    const duplicateRows = [...VARIED.map((_, i) => i + 2), VARIED.length + 3];
    expect(res.json()).toEqual({
      imported: 1,
      skipped: VARIED.length + 1,
      skippedRows: duplicateRows.map((row) => ({ row, reason: 'duplicate' })),
    });
    expect((await allParts(alice)).length).toBe(before + 1);
  });
});

describe('10,000 rows', () => {
  it('imports 10,000 rows in one go and exports them back', { timeout: 120_000 }, async () => {
    const carol = await bearerFor(ctx.app, await signUp(ctx.app));
    const header = ['Item', 'Type', 'Cost ($)', 'Purchase Date', 'Serial #', 'Notes'];
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `Part ${i}`,
      CATEGORIES[i % CATEGORIES.length] ?? 'other',
      `$${(1000 + i).toLocaleString('en-US')}.${String(i % 100).padStart(2, '0')}`,
      i % 2 ? `${(i % 12) + 1}/${(i % 28) + 1}/2024` : `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
      `SER-${i}`,
      i % 3 ? '' : `note ${i}, with "quotes"\nand a newline`,
    ]);
    const request = { csv: toCsv([header, ...rows], { bom: true }), mapping: suggestMapping(header) };

    let started = performance.now();
    const dryRun = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/parts/import/dry-run',
      headers: carol,
      payload: request,
    });
    const dryRunMs = performance.now() - started;
    expect(dryRun.json()).toMatchObject({
      rowCount: 10_000,
      validCount: 10_000,
      problemCount: 0,
      duplicateCount: 0,
    });

    started = performance.now();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/parts/import',
      headers: carol,
      payload: request,
    });
    const importMs = performance.now() - started;
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ imported: 10_000, skipped: 0, skippedRows: [] });

    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/parts?pageSize=1&sort=name',
      headers: carol,
    });
    expect(list.json().total).toBe(10_000);
    expect(list.json().items[0]).toMatchObject({
      name: 'Part 0',
      category: 'cpu',
      costCents: 100000,
      serial: 'SER-0',
    });

    started = performance.now();
    const exported = await exportCsv(carol);
    const exportMs = performance.now() - started;
    expect(parseCsv(exported.body)).toHaveLength(10_001);
    console.info(
      `10,000 rows on ${ctx.database.kind}: dry run ${Math.round(dryRunMs)} ms, ` +
        `import ${Math.round(importMs)} ms, export ${Math.round(exportMs)} ms`,
    );
  });
});
