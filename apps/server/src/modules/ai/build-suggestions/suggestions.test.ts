import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock';
import { type AppWithTwoUsers, appWithTwoUsers } from '../../../test/app-with-users';
import { type BuildStock, createBuildStock } from '../../../test/build-stock';
import { seedCatalog } from '../../../test/catalog';

const clock = fixedClock('2026-03-14T12:00:00Z');

describe('build suggestions without a model (AI_PROVIDER=none)', () => {
  let t: AppWithTwoUsers;
  let stock: BuildStock;

  beforeEach(async () => {
    t = await appWithTwoUsers({ AI_PROVIDER: 'none' }, { clock });
    stock = await createBuildStock(t.ctx.app, t.alice);
    return () => t.ctx.close();
  });

  const suggest = (body: Record<string, unknown> = {}, who = t.alice) =>
    t.call('POST', '/api/v1/ai/build-suggestions', who, body);
  const partStatus = async (id: number) =>
    (await t.call('GET', `/api/v1/parts/${id}`, t.alice)).json().status;

  it('proposes the most profitable compatible builds, passing over the AM4 board that does not fit', async () => {
    const res = await suggest();
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.status).toBe('pending');
    expect(body.readBy).toBe('none');
    expect(body.options.map((o: { expectedProfitCents: number }) => o.expectedProfitCents)).toEqual([
      18_000, 17_600, 17_200, 16_800,
    ]);
    const [best] = body.options;
    const { cpu, board, memory, drive, psu, pcCase, gpu, cooler } = stock;
    expect(best.items.map((i: { partId: number }) => i.partId)).toEqual(
      [cpu, board, memory, drive, psu, pcCase, gpu, cooler].map((p) => p.id),
    );
    expect(best).toMatchObject({ rank: 1, costCents: 57_000, purchaseCents: 0, expectedValueCents: 75_000 });
    expect(best.rationale).toBeNull();
    expect(best.compatibility.status).not.toBe('errors');
    // Suggesting changes nothing.
    expect(await partStatus(cpu.id)).toBe('in_stock');
  });

  it('reads free text by fixed rules and shows the structured request back', async () => {
    const res = await suggest({ request: 'Gaming PC to sell around $900 using my RTX 3060, budget $800' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().readBy).toBe('rules');
    expect(res.json().request).toEqual({
      targetPriceCents: 90_000,
      budgetCents: 80_000,
      useCase: 'gaming',
      mustInclude: [stock.gpu.id],
    });
    expect(res.json().options[0].expectedProfitCents).toBe(18_000);
  });

  it('accepts: one build with the parts reserved; a second accept is refused', async () => {
    const { id, options } = (await suggest()).json();
    const res = await t.call('POST', `/api/v1/ai/suggestions/${id}/accept`, t.alice, { option: 2 });
    expect(res.statusCode, res.body).toBe(200);
    const build = (await t.call('GET', `/api/v1/builds/${res.json().buildId}`, t.alice)).json();
    const wanted = options[1].items.map((i: { partId: number }) => i.partId);
    expect(build.parts.map((p: { id: number }) => p.id).sort()).toEqual([...wanted].sort());
    expect(build.planned).toEqual([]);
    for (const partId of wanted) expect(await partStatus(partId)).toBe('in_build');
    const again = await t.call('POST', `/api/v1/ai/suggestions/${id}/accept`, t.alice, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('already accepted');
  });

  it('refuses with 409 when a part was sold in between, and changes nothing', async () => {
    const { id } = (await suggest()).json();
    const sale = await t.call('POST', '/api/v1/sales', t.alice, {
      partId: stock.gpu.id,
      priceCents: 30_000,
      platform: 'ebay',
    });
    expect(sale.statusCode, sale.body).toBe(201);
    const res = await t.call('POST', `/api/v1/ai/suggestions/${id}/accept`, t.alice, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('MSI GeForce RTX 3060');
    expect((await t.call('GET', '/api/v1/builds', t.alice)).json().total).toBe(0);
    expect(await partStatus(stock.cpu.id)).toBe('in_stock');
    // Still pending: the user can ask again or reject it.
    const reject = await t.call('POST', `/api/v1/ai/suggestions/${id}/reject`, t.alice);
    expect(reject.json()).toEqual({ id, status: 'rejected' });
  });

  it('refuses with 409 when a cost changed in between', async () => {
    const { id } = (await suggest()).json();
    await t.call('PATCH', `/api/v1/parts/${stock.memory.id}`, t.alice, { costCents: 6_000 });
    const res = await t.call('POST', `/api/v1/ai/suggestions/${id}/accept`, t.alice, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('cost');
  });

  it('rejects: discarded, then no longer accepted', async () => {
    const { id } = (await suggest()).json();
    const res = await t.call('POST', `/api/v1/ai/suggestions/${id}/reject`, t.alice);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id, status: 'rejected' });
    const accept = await t.call('POST', `/api/v1/ai/suggestions/${id}/accept`, t.alice, {});
    expect(accept.statusCode).toBe(409);
    expect(await partStatus(stock.cpu.id)).toBe('in_stock');
  });

  it("is 404 for another user's suggestion and parts", async () => {
    const { id } = (await suggest()).json();
    for (const action of ['accept', 'reject'])
      expect((await t.call('POST', `/api/v1/ai/suggestions/${id}/${action}`, t.bob, {})).statusCode).toBe(
        404,
      );
    const bobs = await suggest({ mustInclude: [stock.cpu.id] }, t.bob);
    expect(bobs.statusCode).toBe(404);
    // Bob has no parts: no options, and nothing of Alice's.
    const empty = await suggest({}, t.bob);
    expect(empty.json().options).toEqual([]);
    expect(await partStatus(stock.cpu.id)).toBe('in_stock');
  });

  it('keeps the parts that must be in, and refuses one that is not in stock', async () => {
    const res = await suggest({ mustInclude: [stock.otherCase.id] });
    expect(res.json().options.map((o: { expectedProfitCents: number }) => o.expectedProfitCents)).toEqual([
      17_600, 16_800,
    ]);
    await t.call('POST', '/api/v1/sales', t.alice, {
      partId: stock.otherCase.id,
      priceCents: 900,
      platform: 'ebay',
    });
    const sold = await suggest({ mustInclude: [stock.otherCase.id] });
    expect(sold.statusCode).toBe(409);
  });

  it('buys a missing part from the catalog when allowed, and accepting plans the purchase', async () => {
    await seedCatalog(t.ctx.database.db, ['case-00001', 'case-00002']);
    for (const { id } of [stock.pcCase, stock.otherCase])
      await t.call('POST', '/api/v1/sales', t.alice, { partId: id, priceCents: 5_000, platform: 'ebay' });
    expect((await suggest()).json().options).toEqual([]);

    const res = await suggest({ allowPurchases: true, purchaseBudgetCents: 8_000 });
    const [best] = res.json().options;
    // Only the Phanteks XT PRO ($67.98) fits the purchase budget; the Montech XR costs $83.59.
    expect(best.items.filter((i: { catalogPartId?: string }) => i.catalogPartId)).toEqual([
      expect.objectContaining({ catalogPartId: 'case-00002', category: 'case', costCents: 6_798 }),
    ]);
    expect(best.purchaseCents).toBe(6_798);
    expect(res.json().options.every((o: { purchaseCents: number }) => o.purchaseCents <= 8_000)).toBe(true);

    const accepted = await t.call('POST', `/api/v1/ai/suggestions/${res.json().id}/accept`, t.alice, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    const build = (await t.call('GET', `/api/v1/builds/${accepted.json().buildId}`, t.alice)).json();
    expect(build.planned).toEqual([
      expect.objectContaining({ catalogPartId: 'case-00002', category: 'case', expectedCostCents: 6_798 }),
    ]);
    expect(build.parts).toHaveLength(7);
  });
});
