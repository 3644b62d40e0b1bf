import type { Part } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { createParts } from '../test/parts';
import { auditTrail, expectSame, RACE_ROUNDS, RACE_TIMEOUT_MS, runRace, useRaceApp } from '../test/race';

const COST = 10_000;

const race = useRaceApp();

describe('race: concurrent edits of one part', () => {
  it('applies both edits one after the other: nothing lost, and the history chains', {
    timeout: RACE_TIMEOUT_MS,
  }, async () => {
    const parts = await createParts(race.ctx.app, race.api.headers, RACE_ROUNDS, { costCents: COST });
    // Both change the cost (so the order shows) and one field of their own (so a lost update shows).
    const edits = (i: number) => [
      { costCents: 11_000 + i, notes: `checked ${i}` },
      { costCents: 12_000 + i, serial: `SN-${i}` },
    ];

    const anomalies = await runRace(RACE_ROUNDS, async (i) => {
      const part = parts[i];
      const replies = await Promise.all(
        edits(i).map((e) => race.api.call('PATCH', `/api/v1/parts/${part?.id}`, e)),
      );
      const bodies: Part[] = replies.map((r) => r.json());
      // The edit applied second answers the part with both edits in it.
      const complete = bodies.filter((p) => p.notes === `checked ${i}` && p.serial === `SN-${i}`);
      return [
        expectSame(
          'statuses',
          replies.map((r) => r.statusCode),
          [200, 200],
        ),
        expectSame('answers that hold both edits', complete.length, 1),
      ];
    });
    expect(anomalies).toEqual([]);

    const updates = await auditTrail(race.ctx.database.db, race.ownerId, 'part', 'update');
    for (const [i, part] of parts.entries()) {
      const [first, second, ...more] = updates.get(part.id) ?? [];
      expect(more).toEqual([]);
      // The second edit saw the first one's cost: the edits did not interleave.
      expect(first?.costCents?.from).toBe(COST);
      expect(second?.costCents?.from).toBe(first?.costCents?.to);
      // The whole part (the list's shape carries no notes).
      expect(await race.api.ok<Part>('GET', `/api/v1/parts/${part.id}`)).toMatchObject({
        costCents: second?.costCents?.to,
        notes: `checked ${i}`,
        serial: `SN-${i}`,
      });
    }
  });
});
