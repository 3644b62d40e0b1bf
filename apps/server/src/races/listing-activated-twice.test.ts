import type { InventorySummary, Listing, Part } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { createParts } from '../test/parts';
import { auditTrail, expectSame, RACE_ROUNDS, RACE_TIMEOUT_MS, runRace, useRaceApp } from '../test/race';

const race = useRaceApp();

const draft = (partId: number, platform: string) =>
  race.api.ok<Listing>('POST', '/api/v1/listings', {
    partId,
    platform,
    title: 'For sale',
    priceCents: 20_000,
  });

describe('race: the same listing activated twice', () => {
  it('activates it once: one status change each for listing and part; ending gives the part its status back', {
    timeout: RACE_TIMEOUT_MS,
  }, async () => {
    // Parts on the test bench: ending their listings must give them back 'testing', not the default stock.
    const parts = await createParts(race.ctx.app, race.api.headers, RACE_ROUNDS, { status: 'testing' });
    // Even rounds: one listing activated by two requests. Odd rounds: two listings of one part activated at
    // once (cross-listing), where the second must remember the part's status before the first listed it.
    const rounds: Listing[][] = [];
    for (const [i, part] of parts.entries()) {
      const first = await draft(part.id, 'ebay');
      rounds.push(i % 2 === 0 ? [first, first] : [first, await draft(part.id, 'facebook_marketplace')]);
    }

    const anomalies = await runRace(RACE_ROUNDS, async (i) => {
      const pair = rounds[i] ?? [];
      const replies = await Promise.all(
        pair.map((l) => race.api.call('POST', `/api/v1/listings/${l.id}/activate`)),
      );
      return replies.map((reply) =>
        expectSame('activation', [reply.statusCode, reply.json().status], [200, 'active']),
      );
    });
    expect(anomalies).toEqual([]);

    const listings = await race.api.all<Listing>('/api/v1/listings');
    expect(listings.filter((l) => l.status !== 'active')).toEqual([]);
    const summary = await race.api.ok<InventorySummary>('GET', '/api/v1/parts/summary');
    expect(summary.byStatus.listed.count).toBe(RACE_ROUNDS);
    const listingMoves = await auditTrail(race.ctx.database.db, race.ownerId, 'listing', 'status');
    for (const l of listings)
      expect(listingMoves.get(l.id)).toEqual([{ status: { from: 'draft', to: 'active' } }]);
    const partMoves = await auditTrail(race.ctx.database.db, race.ownerId, 'part', 'status');
    for (const part of parts)
      expect(partMoves.get(part.id)).toEqual([
        { status: { from: 'testing', to: 'listed' }, listingId: { from: null, to: expect.any(Number) } },
      ]);

    // Ending both listings of a cross-listed part gives it back the status it had before either listed it.
    const crossListed = rounds.filter((_, i) => i % 2 === 1);
    for (const pair of crossListed)
      for (const l of pair) await race.api.ok('POST', `/api/v1/listings/${l.id}/end`);
    const after = new Map((await race.api.all<Part>('/api/v1/parts')).map((p) => [p.id, p.status]));
    const notRestored = crossListed.map(([l]) => l?.partId).filter((id) => after.get(id ?? 0) !== 'testing');
    expect(notRestored).toEqual([]);
  });
});
