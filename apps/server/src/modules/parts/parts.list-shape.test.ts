import { Part, PartList, PartListItem } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSerializer } from '../../http/serializer';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

const LIST_FIELDS = Object.keys(PartListItem.shape).sort();
const DETAIL_ONLY = Object.keys(Part.shape).filter((key) => !LIST_FIELDS.includes(key));

/** A part with every field filled: what the list leaves out must be there to leave out. */
const everyField = {
  name: 'RTX 3080 FE',
  category: 'gpu',
  brand: 'NVIDIA',
  model: 'Founders Edition',
  condition: 'new',
  grade: 4,
  costCents: 41000,
  acquiredAt: '2025-04-03',
  source: 'ebay',
  serial: 'SN-3080',
  notes: 'box included',
  expectedPriceCents: 52000,
  specs: { vramGb: 10, lengthMm: 285 },
} as const;

/** The same requests through the zod serialiser (tests' default) and the compiled one (production's). */
describe.each(['zod', 'compiled'] as const)('the parts list with the %s serialiser', (serializer) => {
  let ctx: TestContext;
  let alice: Headers;
  let call: Call;
  beforeAll(async () => {
    ({ ctx, alice, call } = await appWithTwoUsers({ RESPONSE_SERIALIZER: serializer }));
  });
  afterAll(() => ctx.close());

  it('carries what the list shows, and the detail route the whole part', async () => {
    const full = await createPart(ctx.app, alice, everyField);
    const bare = await createPart(ctx.app, alice, { name: 'Bare "fan" \\ ünï 🚀\tx', category: 'cooler' });
    expect(full).toMatchObject({ ...everyField, specs: expect.objectContaining(everyField.specs) });

    const list = await call('GET', '/api/v1/parts?sort=name', alice);
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(PartList.strict().parse(body)).toEqual(body);
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    for (const item of body.items) expect(Object.keys(item).sort()).toEqual(LIST_FIELDS);
    // Every list field as the detail route has it: nulls stay null (not "" or 0), specs keep their nesting.
    const pick = (part: Part) => Object.fromEntries(LIST_FIELDS.map((key) => [key, part[key as keyof Part]]));
    expect(body.items).toEqual([pick(bare), pick(full)]);
    expect(body.items[0]).toMatchObject({ brand: null, grade: null, serial: null, source: null });

    const detail = (await call('GET', `/api/v1/parts/${full.id}`, alice)).json();
    expect(detail).toEqual(full);
    expect(Object.keys(detail).sort()).toEqual(Object.keys(Part.shape).sort());
    expect(DETAIL_ONLY.every((key) => key in detail)).toBe(true);
  });

  it('the list sorted by value (computed, then paged) has the same shape', async () => {
    const list = await call('GET', '/api/v1/parts?sort=-valueCents&pageSize=1', alice);
    expect(list.statusCode).toBe(200);
    const [item] = list.json().items;
    expect(Object.keys(item).sort()).toEqual(LIST_FIELDS);
  });
});

describe('the compiled list serialiser', () => {
  const write = compileSerializer(PartList);
  const item = {
    id: 7,
    name: 'Quote " and \\ and ünïcode',
    category: 'cpu',
    brand: null,
    condition: 'used',
    grade: null,
    status: 'in_stock',
    costCents: 12345,
    acquiredAt: '2025-01-02',
    source: null,
    serial: null,
    specs: { socket: 'AM4', cores: 6, nested: { list: [1, 'two', null] }, missing: null },
  };
  const page = { items: [item], total: 1, page: 1, pageSize: 50 };

  it('writes exactly what JSON.stringify writes for a list item', () => {
    expect(write(page)).toBe(JSON.stringify(page));
  });

  it('leaves out the fields a list does not carry', () => {
    const withDetail = { ...page, items: [{ ...item, notes: 'secret', createdAt: 'x', lotId: 3 }] };
    expect(JSON.parse(write(withDetail))).toEqual(page);
  });

  it('refuses an item missing a field the list needs, rather than sending it without', () => {
    const { name: _, ...nameless } = item;
    expect(() => write({ ...page, items: [nameless] })).toThrow(/name/);
  });
});
