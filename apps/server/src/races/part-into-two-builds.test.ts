import type { Build, InventorySummary } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { createParts } from '../test/parts';
import {
  auditTrail,
  expectSame,
  oneWinner,
  RACE_ROUNDS,
  RACE_TIMEOUT_MS,
  runRace,
  useRaceApp,
} from '../test/race';

const race = useRaceApp();

describe('race: one part into two builds', () => {
  it('puts the part in exactly one build; the refused request leaves nothing behind', {
    timeout: RACE_TIMEOUT_MS,
  }, async () => {
    const parts = await createParts(race.ctx.app, race.api.headers, RACE_ROUNDS);
    // Builds are reused across rounds (a few parts each), so that a round costs little more than its race.
    const builds: Build[] = [];
    for (let i = 0; i < 20; i++)
      builds.push(await race.api.ok('POST', '/api/v1/builds', { name: `Rig ${i}` }));
    const placedIn = new Map<number, number>();

    const anomalies = await runRace(RACE_ROUNDS, async (i) => {
      const part = parts[i];
      const pair = [builds[(2 * i) % builds.length], builds[(2 * i + 1) % builds.length]];
      const replies = await Promise.all(
        pair.map((b) => race.api.call('POST', `/api/v1/builds/${b?.id}/parts`, { partId: part?.id })),
      );
      const { winner, anomalies } = oneWinner(replies, 200, ['CONFLICT']);
      if (!winner || !part) return anomalies;
      const build: Build = winner.json();
      placedIn.set(part.id, build.id);
      const inWinner = build.parts.find((p) => p.id === part.id);
      return [...anomalies, expectSame('part in the winning build', inWinner?.status, 'in_build')];
    });
    expect(anomalies).toEqual([]);

    // Every part is in the build that answered 200 and in no other, moved there once.
    const found = new Map<number, number>();
    for (const b of builds) {
      for (const p of (await race.api.ok<Build>('GET', `/api/v1/builds/${b.id}`)).parts) {
        expect(found.get(p.id), `part ${p.id} in two builds`).toBeUndefined();
        found.set(p.id, b.id);
      }
    }
    expect(found).toEqual(placedIn);
    const moves = await auditTrail(race.ctx.database.db, race.ownerId, 'part', 'status');
    for (const part of parts)
      expect(moves.get(part.id)?.map((c) => c.status)).toEqual([{ from: 'in_stock', to: 'in_build' }]);
    const summary = await race.api.ok<InventorySummary>('GET', '/api/v1/parts/summary');
    expect([summary.byStatus.in_build.count, summary.byStatus.in_stock.count]).toEqual([RACE_ROUNDS, 0]);
  });
});
