import { toCsv } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';

let ctx: TestContext;
let alice: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

const mapping = { name: 'Item', category: 'Type', cost: 'Paid' };
const csv = toCsv([
  ['Item', 'Type', 'Paid'],
  ['RTX 3060', 'GPU', '180'], // row 2
  ['Mystery cable', 'Other', ''], // row 3: blank cost
  ['Ryzen 5 3600', 'CPU', 'about 60'], // row 4: a problem
  ['Noctua fan', 'Toaster', ''], // row 5: a problem (and blank)
  ['Thermal paste', 'Other', '  '], // row 6: blank cost
  ['RTX 3060', 'GPU', '180'], // row 7: duplicate of row 2
]);
const dryRun = (body: object = {}) =>
  call('POST', '/api/v1/parts/import/dry-run', alice, { csv, mapping, ...body });
const importing = (body: object = {}) =>
  call('POST', '/api/v1/parts/import', alice, { csv, mapping, ...body });
const partCount = async () => (await call('GET', '/api/v1/parts', alice)).json().total as number;

describe('CSV import choices', () => {
  it('reports blank costs in the dry run, as $0.00 only if the user agrees', async () => {
    const res = await dryRun();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      rowCount: 6,
      validCount: 4,
      problemCount: 2,
      blankCosts: [
        { row: 3, message: 'Row 3: cost is blank: it would be imported as $0.00' },
        { row: 6, message: 'Row 6: cost is blank: it would be imported as $0.00' },
      ],
      blankCostCount: 2,
      duplicateCount: 1,
      blankCostDuplicateCount: 0,
    });
  });

  it('refuses the whole file by default, naming the problems and the unconfirmed blank costs', async () => {
    const before = await partCount();
    const res = await importing();
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe(
      '4 of 6 rows have problems, so nothing was imported. Row 3: cost is blank: it would be imported as ' +
        '$0.00 (confirm that, or fill it in); Row 4: cost "about 60" is not an amount (write it like 1234.56 ' +
        'or $1,234.56); Row 5: category "Toaster" is not a known category (use CPU, Graphics card, ' +
        'Motherboard, Memory, Storage, Power supply, Case, CPU cooler, Other); and 1 more',
    );
    expect(res.json().error.fields).toHaveProperty(['rows.6.cost']);
    // Blank costs confirmed, the problems still refuse the file.
    expect((await importing({ blankCostAsZero: true })).statusCode).toBe(422);
    expect(await partCount()).toBe(before);
  });

  it('skips the rows with problems when asked, and says which rows it skipped and why', async () => {
    const before = await partCount();
    const res = await importing({ skipProblemRows: true, skipDuplicates: true, skipRows: [2] });
    expect(res.statusCode, res.body).toBe(201);
    // Row 2 left out by choice, so row 7 is no longer a duplicate; blank costs unconfirmed are skipped.
    expect(res.json()).toEqual({
      imported: 1,
      skipped: 5,
      skippedRows: [
        { row: 2, reason: 'chosen' },
        { row: 3, reason: 'blank_cost' },
        { row: 4, reason: 'problem' },
        { row: 5, reason: 'problem' },
        { row: 6, reason: 'blank_cost' },
      ],
    });
    expect(await partCount()).toBe(before + 1);
  });

  it('imports blank costs as $0.00 when the user agrees', async () => {
    const res = await importing({ skipProblemRows: true, blankCostAsZero: true, skipRows: [2, 7] });
    expect(res.json()).toMatchObject({ imported: 2, skipped: 4 });
    const found = (await call('GET', '/api/v1/parts?q=thermal', alice)).json().items;
    expect(found[0]).toMatchObject({ name: 'Thermal paste', costCents: 0 });
  });

  it('refuses a file where every row was left out', async () => {
    const res = await importing({ skipProblemRows: true, skipRows: [2, 7] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe('Nothing was imported: every row was left out');
  });
});
