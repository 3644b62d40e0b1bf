import { type CsvImportRequest, type CsvValue, toCsv } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

let ctx: TestContext;
let alice: Headers;

beforeAll(async () => {
  ({ ctx, alice } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

const HEADER = ['Item', 'Type', 'Price Paid', 'Date Bought', 'Where', 'S/N', 'Condition', 'Status', 'Notes'];
const MAPPING = {
  name: 'Item',
  category: 'Type',
  cost: 'Price Paid',
  acquiredAt: 'Date Bought',
  source: 'Where',
  serial: 'S/N',
  condition: 'Condition',
  status: 'Status',
  notes: 'Notes',
};
const csvOf = (rows: CsvValue[][]) => toCsv([HEADER, ...rows]);

const post = (url: string, payload: Partial<CsvImportRequest> | string, headers = alice) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/parts/import${url}`, headers, payload });
const total = async (headers = alice) =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/parts', headers })).json().total as number;

describe('dry run', () => {
  it("reports every row's problems and the likely duplicates, and saves nothing", async () => {
    const withSerial = await createPart(ctx.app, alice, { name: 'RTX 3070', serial: 'SN-EXIST' });
    const existing = await createPart(ctx.app, alice, {
      name: 'Corsair RM750',
      category: 'psu',
      costCents: 6000,
      acquiredAt: '2025-03-01',
    });
    const before = await total();
    const csv = csvOf([
      [
        'RTX 3070 FE',
        'Graphics Card',
        '$300.00',
        '6/15/2025',
        'eBay',
        'SN-EXIST',
        'Used',
        'In stock',
        'fans, noisy',
      ],
      ['Ryzen 5 5600X', 'CPU', '$1,234.56', '2025-02-30', '', '', '', '', ''],
      ['Kingston 16GB', 'RAM', '-$5.00', '', '', '', '', '', ''],
      ['Bread maker', 'Toaster', '12', '', '', '', '', '', ''],
      ['Samsung 970', 'SSD', '40', '', '', '', '', 'Sold', ''],
      ['WD Blue', 'HDD', '20', '', '', 'SN-FILE', '', '', ''],
      ['WD Blue again', 'HDD', '20', '', '', 'sn-file', '', '', ''],
      ['corsair rm750', 'Power Supply', '60', '03/01/2025', '', '', '', '', ''],
      ['', 'Case', '30', '', '', '', 'Mint', '', ''],
      [],
      ['Noctua NH-D15', 'CPU Cooler', 'about 50', 'yesterday', '', '', '', 'lost', ''],
    ]);
    const res = await post('/dry-run', { csv, mapping: MAPPING });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ rowCount: 10, validCount: 4, skippedCount: 0, dateOrder: 'mdy' });
    const messages = result.problems.map((p: { message: string }) => p.message);
    expect(messages).toEqual([
      'Row 3: date acquired "2025-02-30" is not a real date',
      'Row 4: cost "-$5.00" must be >= 0',
      'Row 5: category "Toaster" is not a known category (use CPU, Graphics card, Motherboard, Memory, ' +
        'Storage, Power supply, Case, CPU cooler, Other)',
      'Row 6: status "Sold" cannot be imported (Sold): import it as In stock and record the sale in ' +
        'Partwise, or import it as Archived',
      'Row 10: name is required',
      'Row 10: condition "Mint" is not a known condition (use New, Used or For parts)',
      'Row 12: status "lost" is not a known status (use In stock, Testing, RMA or Archived)',
      'Row 12: cost "about 50" is not an amount (write it like 1234.56 or $1,234.56)',
      'Row 12: date acquired "yesterday" is not a date (write it like 2025-06-15 or 6/15/2025)',
    ]);
    expect(result.problemCount).toBe(9);
    expect(result.problems[1]).toEqual({
      row: 4,
      column: 'Price Paid',
      field: 'cost',
      message: 'Row 4: cost "-$5.00" must be >= 0',
    });
    expect(result.duplicates).toEqual([
      {
        row: 2,
        reason: `Row 2: serial "SN-EXIST" is already on part #${withSerial.id} "RTX 3070"`,
        existingPartId: withSerial.id,
      },
      { row: 8, reason: 'Row 8: same serial "sn-file" as row 7', otherRow: 7 },
      {
        row: 9,
        reason: `Row 9: same name, cost and date acquired as part #${existing.id} "Corsair RM750"`,
        existingPartId: existing.id,
      },
    ]);
    expect(result.duplicateCount).toBe(3);
    expect(await total()).toBe(before);
  });

  it('finds duplicates by name, cost and date within the file, and leaves out skipped rows', async () => {
    const csv = csvOf([
      ['DDR4 8GB', 'RAM', '10', '2025-01-02', '', 'N/A', '', '', ''],
      ['DDR4 8GB', 'RAM', '10.00', '1/2/2025', '', 'N/A', '', '', ''],
      ['DDR4 8GB', 'RAM', '$10', '2025-01-02', '', '', '', '', ''],
      ['Bad', 'Toaster', '1', '', '', '', '', '', ''],
    ]);
    const res = await post('/dry-run', { csv, mapping: MAPPING, skipRows: [4, 5] });
    expect(res.json()).toMatchObject({
      rowCount: 2,
      validCount: 2,
      skippedCount: 2,
      problems: [],
      duplicates: [{ row: 3, reason: 'Row 3: same name, cost and date acquired as row 2', otherRow: 2 }],
    });
  });

  it('reads dates in the order the file needs, and asks for the order when the file mixes them', async () => {
    const rows = (...dates: string[]) => csvOf(dates.map((d, i) => [`Part ${i}`, 'Other', '1', d]));
    const dmy = await post('/dry-run', { csv: rows('03/04/2025', '13/06/2025'), mapping: MAPPING });
    expect(dmy.json()).toMatchObject({ dateOrder: 'dmy', validCount: 2, problems: [] });
    const mixed = await post('/dry-run', {
      csv: rows('13/06/2025', '06/13/2025', '03/04/2025'),
      mapping: MAPPING,
    });
    expect(mixed.json()).toMatchObject({ validCount: 2, problemCount: 1 });
    expect(mixed.json().problems[0].message).toContain(
      'Row 4: date acquired "03/04/2025" could be March 4 or April 3',
    );
    const chosen = await post('/dry-run', {
      csv: rows('13/06/2025', '03/04/2025'),
      mapping: MAPPING,
      dateOrder: 'mdy',
    });
    expect(chosen.json().problems[0].message).toBe(
      'Row 2: date acquired "13/06/2025" is not a month/day/year date (the date order used for this file)',
    );
  });

  it('checks the mapping against the header', async () => {
    const csv = csvOf([['x', 'gpu']]);
    const res = await post('/dry-run', { csv, mapping: { name: 'Item', cost: 'Price' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: {
        'mapping.cost': 'there is no column "Price" in the file',
        'mapping.category': 'choose the column that holds the category',
      },
    });
    const other = await post('/dry-run', {
      csv,
      mapping: { name: 'item', category: 'TYPE', colour: 'x' } as object,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('import', () => {
  it('is all or nothing: one bad row refuses the file and creates no part', async () => {
    const csv = csvOf([
      ['Good 1', 'gpu', '100', '2025-05-01'],
      ['Good 2', 'cpu', '50', '2025-05-01'],
      ['Bad cost', 'memory', '-$5.00', '2025-05-01'],
    ]);
    const before = await total();
    const res = await post('', { csv, mapping: MAPPING });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toEqual({
      code: 'RULE_VIOLATION',
      message: '1 of 3 rows have problems, so nothing was imported. Row 4: cost "-$5.00" must be >= 0',
      fields: { 'rows.4.cost': 'Row 4: cost "-$5.00" must be >= 0' },
    });
    expect(await total()).toBe(before);

    const skipped = await post('', { csv, mapping: MAPPING, skipRows: [4] });
    expect(skipped.statusCode, skipped.body).toBe(201);
    expect(skipped.json()).toEqual({ imported: 2, skipped: 1, skippedRows: [{ row: 4, reason: 'chosen' }] });
    expect(await total()).toBe(before + 2);
  });

  it("imports every field, archived included, and records the import in each part's history", async () => {
    const csv = toCsv([
      ['Name', 'Category', 'Status', 'Grade', 'Specs', 'Brand', 'Cost'],
      [
        'Old case',
        'Chassis',
        'Archived',
        '3',
        '{"type":"ATX Mid Tower","maxGpuLengthMm":330}',
        'NZXT',
        '(0.00)',
      ],
    ]);
    const mapping = {
      name: 'Name',
      category: 'Category',
      status: 'Status',
      grade: 'Grade',
      specs: 'Specs',
      brand: 'Brand',
      cost: 'Cost',
    };
    expect((await post('', { csv, mapping })).statusCode).toBe(201);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/parts?q=Old%20case', headers: alice });
    const [imported] = list.json().items;
    expect(imported).toMatchObject({
      name: 'Old case',
      category: 'case',
      status: 'archived',
      grade: 3,
      brand: 'NZXT',
      condition: 'used',
      costCents: 0,
      specs: { type: 'ATX Mid Tower', maxGpuLengthMm: 330, psuFormFactor: null },
    });
    const history = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/parts/${imported.id}/history`,
      headers: alice,
    });
    expect(history.json().items.map((h: { action: string }) => h.action)).toEqual(['import']);
  });

  it('reports bad specs, grades and amounts in words', async () => {
    const csv = toCsv([
      ['Name', 'Category', 'Grade', 'Specs', 'Cost'],
      ['GPU', 'gpu', '7', '{"socket":"AM4"}', '$10,000,000.01'],
      ['GPU', 'gpu', 'A', 'socket=AM4', '$10,000,000.00'],
    ]);
    const res = await post('/dry-run', {
      csv,
      mapping: { name: 'Name', category: 'Category', grade: 'Grade', specs: 'Specs', cost: 'Cost' },
    });
    expect(res.json().problems.map((p: { message: string }) => p.message)).toEqual([
      'Row 2: grade "7" must be 1 to 5',
      'Row 2: cost "$10,000,000.01" is too large',
      'Row 2: specs field "socket" is not a gpu spec',
      'Row 3: grade "A" must be a whole number from 1 to 5',
      'Row 3: specs "socket=AM4" is not a JSON object like {"socket": "AM4"}',
    ]);
  });

  it('reads semicolon files with a byte order mark, CRLF and quoted newlines', async () => {
    const csv = '\uFEFFName;Category;Cost;Notes\r\n"Fan; 120mm";Other;"1,50";"line 1\r\nline 2"\r\n';
    const res = await post('', {
      csv,
      mapping: { name: 'Name', category: 'Category', notes: 'Notes' },
      blankCostAsZero: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/parts?q=120mm', headers: alice });
    const [found] = list.json().items;
    const part = await ctx.app.inject({ method: 'GET', url: `/api/v1/parts/${found.id}`, headers: alice });
    expect(part.json()).toMatchObject({ name: 'Fan; 120mm', notes: 'line 1\r\nline 2' });
  });
});

describe('refusals', () => {
  it('refuses what is not a CSV file, in the one error shape', async () => {
    const mapping = { name: 'Name', category: 'Category' };
    const cases: [unknown, string][] = [
      [
        { csv: 'Name,Category\n"RTX,gpu\n', mapping },
        'it cannot be read as CSV: Row 2: a quoted field is never closed',
      ],
      [{ csv: 'N\u0000a\u0000m\u0000e\u0000', mapping }, 'it is not a UTF-8 text file'],
      [{ csv: 'Name,Category\n', mapping }, 'it has column names but no parts under them'],
      [{ csv: '\n\n', mapping }, 'it is empty'],
      [{ csv: '', mapping }, 'the file is empty'],
    ];
    for (const [payload, message] of cases) {
      const res = await post('/dry-run', payload as CsvImportRequest);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.fields.csv).toContain(message);
    }
    const garbage = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/parts/import',
      headers: { ...alice, 'content-type': 'application/json' },
      payload: '{"csv": "Name',
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.code).toBe('MALFORMED_JSON');
  });

  it('refuses files over 50,000 rows (400) and bodies over 20 MB (413)', async () => {
    const many = `Name,Category\n${'x,gpu\n'.repeat(50_001)}`;
    const rows = await post('/dry-run', { csv: many, mapping: { name: 'Name', category: 'Category' } });
    expect(rows.statusCode).toBe(400);
    expect(rows.json().error.fields.csv).toBe('it has 50001 parts; import at most 50000 at a time');
    const huge = await post('', { csv: `Name,Category\n${'x'.repeat(21 * 1024 * 1024)},gpu\n`, mapping: {} });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
