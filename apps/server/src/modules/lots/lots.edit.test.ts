import { allocateCents, DEFAULT_FEES, estimateFeesCents } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

interface LotPart {
  id: number;
  name: string;
  costCents: number;
  lotWeight: number;
  acquiredAt: string;
  source: string | null;
}

/** The $450 used PC of a first session, as a lot: the graphics card weighs twice the others. */
async function usedPc(totalCostCents = 45_000) {
  const res = await call('POST', '/api/v1/lots', alice, {
    name: 'Used gaming PC',
    totalCostCents,
    acquiredAt: '2025-09-14',
    source: 'facebook_marketplace',
    parts: [
      { name: 'RTX 2070 Super', category: 'gpu', weight: 2 },
      { name: 'Ryzen 7 3700X', category: 'cpu', weight: 1 },
      { name: 'B450 Tomahawk', category: 'motherboard', weight: 1 },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  const lot = res.json();
  const [gpu, cpu, board] = lot.parts as LotPart[];
  if (!gpu || !cpu || !board) throw new Error('lot parts missing');
  return { lot, gpu, cpu, board };
}

const lotOf = async (id: number) => (await call('GET', `/api/v1/lots/${id}`, alice)).json();
const costs = (lot: { parts: LotPart[] }) => lot.parts.map((p) => p.costCents);

describe('editing a lot', () => {
  it('splits a new price again by weight, to the cent, and keeps the history of the lot and its parts', async () => {
    const { lot, gpu } = await usedPc();
    expect(costs(lot)).toEqual([22_500, 11_250, 11_250]);
    expect(lot.parts.map((p: LotPart) => p.lotWeight)).toEqual([2, 1, 1]);

    const res = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, {
      totalCostCents: 40_001,
      name: 'Used PC',
    });
    expect(res.statusCode, res.body).toBe(200);
    // 40,001 by 2:1:1 is 20,000.5 + 10,000.25 + 10,000.25: the spare cent goes to the largest remainder.
    expect(res.json()).toMatchObject({ name: 'Used PC', totalCostCents: 40_001 });
    expect(costs(res.json())).toEqual([20_001, 10_000, 10_000]);

    const weighed = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, {
      weights: [
        { partId: gpu.id, weight: 1 },
        { partId: lot.parts[2].id, weight: 2.5 },
      ],
    });
    expect(costs(weighed.json())).toEqual(allocateCents(40_001, [1, 1, 2.5]));
    expect(costs(weighed.json()).reduce((a: number, b: number) => a + b, 0)).toBe(40_001);

    const history = (await call('GET', `/api/v1/lots/${lot.id}/history`, alice)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['create', 'update', 'update']);
    expect(history[1].changes).toMatchObject({
      totalCostCents: { from: 45_000, to: 40_001 },
      name: { from: 'Used gaming PC', to: 'Used PC' },
    });
    expect(history[2].changes.weights.to).toEqual([
      { partId: gpu.id, weight: 1 },
      { partId: lot.parts[1].id, weight: 1 },
      { partId: lot.parts[2].id, weight: 2.5 },
    ]);
    const partHistory = (await call('GET', `/api/v1/parts/${gpu.id}/history`, alice)).json().items;
    expect(partHistory.at(-2)).toMatchObject({
      action: 'lot_update',
      changes: { costCents: { from: 22_500, to: 20_001 } },
    });
  });

  it('gives its new date and source to its parts; nothing changes when nothing is different', async () => {
    const { lot } = await usedPc();
    const res = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, {
      acquiredAt: '2025-09-10',
      source: 'craigslist',
    });
    for (const p of res.json().parts)
      expect(p).toMatchObject({ acquiredAt: '2025-09-10', source: 'craigslist' });
    expect(costs(res.json())).toEqual([22_500, 11_250, 11_250]);
    const same = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, {
      acquiredAt: '2025-09-10',
      notes: null,
    });
    expect(same.json().updatedAt).toBe(res.json().updatedAt);
    const history = (await call('GET', `/api/v1/lots/${lot.id}/history`, alice)).json().items;
    expect(history).toHaveLength(2);
  });

  it('keeps what a sold part cost (its sale fixed it) and splits the rest across the others', async () => {
    const { lot, gpu, cpu } = await usedPc();
    const sold = await call('POST', '/api/v1/sales', alice, {
      partId: gpu.id,
      priceCents: 30_000,
      platform: 'ebay',
      soldAt: '2025-10-01',
    });
    expect(sold.json().cogsCents).toBe(22_500);

    const res = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, { totalCostCents: 40_000 });
    expect(costs(res.json())).toEqual([22_500, 8_750, 8_750]);
    expect((await call('GET', `/api/v1/sales/${sold.json().id}`, alice)).json().cogsCents).toBe(22_500);

    const tooLow = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, { totalCostCents: 20_000 });
    expect(tooLow.statusCode).toBe(422);
    expect(tooLow.json().error.fields.totalCostCents).toBe(
      'The price must be at least $225.00: the parts already sold cost that in their sales',
    );
    const soldWeight = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, {
      weights: [{ partId: gpu.id, weight: 5 }],
    });
    expect(soldWeight.statusCode).toBe(422);
    expect(soldWeight.json().error.fields['weights.0.weight']).toContain('is sold');
    const lateDate = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, { acquiredAt: '2025-10-02' });
    expect(lateDate.statusCode).toBe(422);
    expect(lateDate.json().error.fields.acquiredAt).toBe(
      '“RTX 2070 Super” was sold on 2025-10-01, before that date',
    );
    const stranger = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, {
      weights: [{ partId: (await createPart(ctx.app, alice)).id, weight: 1 }],
    });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().error.fields).toHaveProperty(['weights.0.partId']);
    // Nothing of the refused changes stuck.
    expect(costs(await lotOf(lot.id))).toEqual([22_500, 8_750, 8_750]);
    expect((await call('GET', `/api/v1/parts/${cpu.id}`, alice)).json().acquiredAt).toBe('2025-09-14');
  });

  it('refuses bad input, and answers 404 for another user on every lot route', async () => {
    const { lot } = await usedPc();
    const bad = await call('PATCH', `/api/v1/lots/${lot.id}`, alice, {
      totalCostCents: -1,
      weights: [{ partId: lot.parts[0].id, weight: 0 }],
      colour: 'red',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'colour',
      'totalCostCents',
      'weights.0.weight',
    ]);
    for (const [method, url] of [
      ['GET', `/api/v1/lots/${lot.id}`],
      ['GET', `/api/v1/lots/${lot.id}/history`],
      ['PATCH', `/api/v1/lots/${lot.id}`],
      ['DELETE', `/api/v1/lots/${lot.id}?parts=keep`],
    ] as const) {
      const res = await call(method, url, bob, method === 'PATCH' ? { name: 'mine' } : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await lotOf(lot.id)).name).toBe('Used gaming PC');
  });
});

describe('what a lot brought back', () => {
  it('counts its parts’ sales net of fees, shipping and refunds, a build’s split by cost, against its price', async () => {
    const { lot, gpu, cpu, board } = await usedPc();
    expect((await lotOf(lot.id)).returns).toEqual({
      paidCents: 45_000,
      broughtBackCents: 0,
      refundedCents: 0,
      returnCents: -45_000,
      returnBasisPoints: 0,
      profitSoFarCents: 0,
      soldPartCount: 0,
      unsoldPartCount: 3,
      unsoldCostCents: 45_000,
      sales: [],
    });

    const fees = estimateFeesCents(30_000, DEFAULT_FEES.ebay.shipped);
    const gpuSale = (
      await call('POST', '/api/v1/sales', alice, {
        partId: gpu.id,
        priceCents: 30_000,
        platform: 'ebay',
        shippingCents: 1_500,
        soldAt: '2025-10-01',
      })
    ).json();
    const refund = await call('POST', `/api/v1/sales/${gpuSale.id}/refund`, alice, {
      amountCents: 2_000,
      restock: false,
    });
    expect(refund.statusCode, refund.body).toBe(200);

    // The CPU and board go into a build with memory bought elsewhere; the build sells locally for $500.
    const ram = await createPart(ctx.app, alice, { name: 'DDR4 16GB', category: 'memory', costCents: 5_000 });
    const build = (await call('POST', '/api/v1/builds', alice, { name: 'Ryzen box' })).json();
    for (const p of [cpu, board, ram])
      await call('POST', `/api/v1/builds/${build.id}/parts`, alice, { partId: p.id });
    // Sold as a kit without drive, PSU or case: the build's problems need a reason.
    const ready = await call('PATCH', `/api/v1/builds/${build.id}`, alice, {
      status: 'ready',
      overrideReason: 'sold as a CPU, board and memory kit',
    });
    expect(ready.statusCode, ready.body).toBe(200);
    const buildSale = await call('POST', '/api/v1/sales', alice, {
      buildId: build.id,
      priceCents: 50_000,
      platform: 'local',
      soldAt: '2025-11-02',
    });
    expect(buildSale.statusCode, buildSale.body).toBe(201);

    const gpuNet = 30_000 - fees - 1_500 - 2_000;
    const [cpuShare = 0, boardShare = 0] = allocateCents(50_000, [11_250, 11_250, 5_000]);
    const broughtBack = gpuNet + cpuShare + boardShare;
    const { returns } = await lotOf(lot.id);
    expect(returns).toMatchObject({
      paidCents: 45_000,
      broughtBackCents: broughtBack,
      refundedCents: 2_000,
      returnCents: broughtBack - 45_000,
      returnBasisPoints: Math.floor((broughtBack * 10_000) / 45_000),
      profitSoFarCents: broughtBack - 45_000,
      soldPartCount: 3,
      unsoldPartCount: 0,
      unsoldCostCents: 0,
    });
    expect(returns.sales).toEqual([
      {
        saleId: buildSale.json().id,
        soldAt: '2025-11-02',
        itemName: 'Ryzen box',
        platform: 'local',
        partIds: [cpu.id, board.id],
        broughtBackCents: cpuShare + boardShare,
        refundedCents: 0,
        restocked: false,
      },
      {
        saleId: gpuSale.id,
        soldAt: '2025-10-01',
        itemName: 'RTX 2070 Super',
        platform: 'ebay',
        partIds: [gpu.id],
        broughtBackCents: gpuNet,
        refundedCents: 2_000,
        restocked: false,
      },
    ]);
  });
});

describe('deleting a lot', () => {
  it('asks what happens to the parts: deleted with it, or kept outside any lot at their cost', async () => {
    const kept = await usedPc();
    expect((await call('DELETE', `/api/v1/lots/${kept.lot.id}`, alice)).statusCode).toBe(400);
    expect((await call('DELETE', `/api/v1/lots/${kept.lot.id}?parts=keep`, alice)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/lots/${kept.lot.id}`, alice)).statusCode).toBe(404);
    const gpu = (await call('GET', `/api/v1/parts/${kept.gpu.id}`, alice)).json();
    expect(gpu).toMatchObject({ lotId: null, costCents: 22_500 });
    const history = (await call('GET', `/api/v1/parts/${kept.gpu.id}/history`, alice)).json().items;
    expect(history.at(-1)).toMatchObject({
      action: 'lot_removed',
      changes: { lotId: { from: kept.lot.id, to: null } },
    });

    const gone = await usedPc();
    expect((await call('DELETE', `/api/v1/lots/${gone.lot.id}?parts=delete`, alice)).statusCode).toBe(204);
    for (const p of [gone.gpu, gone.cpu, gone.board])
      expect((await call('GET', `/api/v1/parts/${p.id}`, alice)).statusCode).toBe(404);
  });

  it('refuses while a part is sold, and deletes parts only when each could be deleted alone', async () => {
    const { lot, gpu, cpu } = await usedPc();
    await call('POST', '/api/v1/listings', alice, {
      partId: cpu.id,
      platform: 'craigslist',
      priceCents: 15_000,
    });
    const listed = await call('DELETE', `/api/v1/lots/${lot.id}?parts=delete`, alice);
    expect(listed.statusCode).toBe(409);
    expect(listed.json().error.message).toBe(
      '“Ryzen 7 3700X” was used in a listing, so it cannot be deleted; archive it instead. Delete the lot and keep its parts instead.',
    );
    await call('POST', '/api/v1/sales', alice, { partId: gpu.id, priceCents: 30_000, soldAt: '2025-10-01' });
    for (const fate of ['keep', 'delete']) {
      const res = await call('DELETE', `/api/v1/lots/${lot.id}?parts=${fate}`, alice);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('“RTX 2070 Super” is sold');
    }
    expect((await lotOf(lot.id)).parts).toHaveLength(3);
  });
});
