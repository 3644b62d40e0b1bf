import type { Build } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../core/caller';
import { systemClock } from '../core/clock';
import { createChatProposals } from '../modules/ai/suggestions/proposals';
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

describe('race: a chat suggestion accepted twice while the part goes into another build by hand', () => {
  it('moves the part once: one request wins, the others are 409 and leave nothing behind', {
    timeout: RACE_TIMEOUT_MS,
  }, async () => {
    const parts = await createParts(race.ctx.app, race.api.headers, RACE_ROUNDS);
    const suggested = await race.api.ok<Build>('POST', '/api/v1/builds', { name: 'Suggested rig' });
    const byHand = await race.api.ok<Build>('POST', '/api/v1/builds', { name: 'Hand-built rig' });
    // The proposal as the chat's tool stores it (the model's part of it is tested in chat-suggestions.test.ts).
    const proposals = createChatProposals({ db: race.ctx.database.db, clock: systemClock });
    const caller: Caller = {
      ownerId: race.ownerId,
      actorId: race.ownerId,
      role: 'user',
      via: 'token',
      timezone: 'UTC',
    };
    const placedIn = new Map<number, number>();

    const anomalies = await runRace(RACE_ROUNDS, async (i) => {
      const part = parts[i];
      if (!part) return ['no part'];
      const { id } = await proposals.propose(caller, 'propose_add_part_to_build', {
        buildId: suggested.id,
        partId: part.id,
      });
      const replies = await Promise.all([
        race.api.call('POST', `/api/v1/ai/suggestions/${id}/accept`, {}),
        race.api.call('POST', `/api/v1/ai/suggestions/${id}/accept`, {}),
        race.api.call('POST', `/api/v1/builds/${byHand.id}/parts`, { partId: part.id }),
      ]);
      const { winner, anomalies } = oneWinner(replies, 200, ['CONFLICT']);
      if (!winner) return anomalies;
      const buildId = winner === replies[2] ? byHand.id : suggested.id;
      placedIn.set(part.id, buildId);
      const status = await race.api.ok<{ status: string }>('GET', `/api/v1/parts/${part.id}`);
      return [...anomalies, expectSame('part after the race', status.status, 'in_build')];
    });
    expect(anomalies).toEqual([]);

    const found = new Map<number, number>();
    for (const b of [suggested, byHand])
      for (const p of (await race.api.ok<Build>('GET', `/api/v1/builds/${b.id}`)).parts) {
        expect(found.get(p.id), `part ${p.id} in two builds`).toBeUndefined();
        found.set(p.id, b.id);
      }
    expect(found).toEqual(placedIn);
    const moves = await auditTrail(race.ctx.database.db, race.ownerId, 'part', 'status');
    for (const part of parts)
      expect(moves.get(part.id)?.map((c) => c.status)).toEqual([{ from: 'in_stock', to: 'in_build' }]);
  });
});
