import type { Build, InventorySummary, Listing, Part, Sale, SaleDetail, SaleList } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { createParts } from '../test/parts';
import { expectSame, oneWinner, RACE_ROUNDS, RACE_TIMEOUT_MS, runRace, useRaceApp } from '../test/race';

const COST = 10_000;

const race = useRaceApp();

async function activeListing(partId: number, platform: string): Promise<number> {
  const { id } = await race.api.ok<Listing>('POST', '/api/v1/listings', {
    partId,
    platform,
    title: 'For sale',
    priceCents: 20_000,
  });
  await race.api.ok('POST', `/api/v1/listings/${id}/activate`);
  return id;
}

/**
 * The two sale requests of a round: the part twice, by two of its listings, by a listing and directly, or
 * the build it is in, twice.
 */
async function contenders(part: Part, variant: number): Promise<{ body: object; listingId?: number }[]> {
  const direct = (priceCents: number) => ({ body: { partId: part.id, priceCents, platform: 'local' } });
  const byListing = async (platform: string) => {
    const listingId = await activeListing(part.id, platform);
    return { body: { listingId }, listingId };
  };
  if (variant === 0) return [direct(15_000), direct(16_000)];
  if (variant === 1) return [await byListing('ebay'), await byListing('reddit_hardwareswap')];
  if (variant === 2) return [await byListing('offerup'), direct(17_000)];
  const build = await race.api.ok<Build>('POST', '/api/v1/builds', { name: `PC with ${part.name}` });
  await race.api.ok('POST', `/api/v1/builds/${build.id}/parts`, { partId: part.id });
  const sale = (priceCents: number) => ({
    body: { buildId: build.id, priceCents, platform: 'local', overrideReason: 'One part, sold as a PC' },
  });
  return [sale(18_000), sale(19_000)];
}

describe('race: two sales of one part', () => {
  it('records exactly one sale; the other is refused; listings end sold or ended', {
    timeout: RACE_TIMEOUT_MS,
  }, async () => {
    const parts = await createParts(race.ctx.app, race.api.headers, RACE_ROUNDS, { costCents: COST });
    const expectedListing = new Map<number, string>();
    const soldParts: number[] = [];
    let revenue = 0;

    const anomalies = await runRace(RACE_ROUNDS, async (i) => {
      const part = parts[i];
      if (!part) throw new Error('fewer parts than rounds');
      const sides = await contenders(part, i % 4);
      const replies = await Promise.all(sides.map((s) => race.api.call('POST', '/api/v1/sales', s.body)));
      const { winner, anomalies } = oneWinner(replies, 201, ['CONFLICT']);
      if (!winner) return anomalies;
      const sale: SaleDetail = winner.json();
      revenue += sale.priceCents;
      soldParts.push(...sale.items.map((item) => item.partId));
      for (const { listingId } of sides)
        if (listingId !== undefined)
          expectedListing.set(listingId, listingId === sale.listingId ? 'sold' : 'ended');
      return [
        ...anomalies,
        expectSame('sale items', sale.items, [
          { partId: part.id, name: part.name, costCents: COST, restocked: false },
        ]),
        expectSame('cost of goods', sale.cogsCents, COST),
      ];
    });
    expect(anomalies).toEqual([]);

    // One sale per part, every part sold, every listing sold (the one that won) or ended.
    const sales = await race.api.all<Sale>('/api/v1/sales');
    expect(sales).toHaveLength(RACE_ROUNDS);
    expect(new Set(soldParts).size).toBe(RACE_ROUNDS);
    const totals = (await race.api.ok<SaleList>('GET', '/api/v1/sales')).totals;
    expect(totals).toMatchObject({ count: RACE_ROUNDS, cogsCents: RACE_ROUNDS * COST, priceCents: revenue });
    const summary = await race.api.ok<InventorySummary>('GET', '/api/v1/parts/summary');
    expect(summary.byStatus.sold.count).toBe(RACE_ROUNDS);
    const listings = await race.api.all<Listing>('/api/v1/listings');
    expect(new Map(listings.map((l) => [l.id, l.status]))).toEqual(expectedListing);
  });
});
