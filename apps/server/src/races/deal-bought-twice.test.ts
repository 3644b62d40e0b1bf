import type { DealCheck, LotWithParts } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { oneWinner, RACE_ROUNDS, RACE_TIMEOUT_MS, runRace, useRaceApp } from '../test/race';

const race = useRaceApp();

describe('race: "Buy it" twice on one deal check', () => {
  it('buys it once: one lot, linked to the check; the other request is refused and leaves nothing', {
    timeout: RACE_TIMEOUT_MS,
  }, async () => {
    const deals: DealCheck[] = [];
    for (let i = 0; i < RACE_ROUNDS; i++)
      deals.push(
        await race.api.ok<DealCheck>('POST', '/api/v1/deals/check', {
          text: `Ryzen box ${i}: 16gb ddr4 3200, 1tb nvme, 650w gold - $${100 + i}`,
        }),
      );

    const anomalies = await runRace(RACE_ROUNDS, async (i) => {
      const deal = deals[i];
      if (!deal) return ['no deal'];
      const replies = await Promise.all(
        [1, 2].map(() => race.api.call('POST', `/api/v1/deals/${deal.id}/buy`, {})),
      );
      return oneWinner(replies, 201, ['CONFLICT']).anomalies;
    });
    expect(anomalies).toEqual([]);

    const lots = await race.api.all<LotWithParts>('/api/v1/lots');
    expect(lots).toHaveLength(RACE_ROUNDS);
    const bought = await race.api.all<DealCheck>('/api/v1/deals');
    expect(new Set(bought.map((d) => d.lotId)).size).toBe(RACE_ROUNDS);
    expect(new Set(bought.map((d) => d.lotId))).toEqual(new Set(lots.map((l) => l.id)));
  });
});
