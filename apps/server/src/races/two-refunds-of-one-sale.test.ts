import type { InventorySummary, Pnl, Sale, SaleDetail, SaleList } from '@partwise/shared';
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

const COST = 10_000;
const PRICE = 20_000;

const race = useRaceApp();

type Refund = { amountCents: number; restock: boolean };
/** Two refunds that cannot both be granted: too much money together, or the goods back twice. */
const PAIRS: [Refund, Refund][] = [
  [
    { amountCents: PRICE, restock: false },
    { amountCents: PRICE, restock: false },
  ],
  [
    { amountCents: 0.6 * PRICE, restock: false },
    { amountCents: 0.6 * PRICE, restock: false },
  ],
  [
    { amountCents: 0, restock: true },
    { amountCents: 0, restock: true },
  ],
  [
    { amountCents: PRICE, restock: true },
    { amountCents: 0.5 * PRICE, restock: false },
  ],
];

describe('race: two refunds of one sale', () => {
  it('grants exactly one; the other is refused; sale, parts and P&L agree', {
    timeout: RACE_TIMEOUT_MS,
  }, async () => {
    const parts = await createParts(race.ctx.app, race.api.headers, RACE_ROUNDS, { costCents: COST });
    const sales: SaleDetail[] = [];
    for (const part of parts)
      sales.push(
        await race.api.ok('POST', '/api/v1/sales', { partId: part.id, priceCents: PRICE, feesCents: 0 }),
      );
    const granted = new Map<number, Refund>();

    const anomalies = await runRace(RACE_ROUNDS, async (i) => {
      const sale = sales[i];
      const pair = PAIRS[i % PAIRS.length];
      if (!sale || !pair) throw new Error('fewer sales than rounds');
      const replies = await Promise.all(
        pair.map((r) => race.api.call('POST', `/api/v1/sales/${sale.id}/refund`, r)),
      );
      const { winner, anomalies } = oneWinner(replies, 200, ['RULE_VIOLATION', 'CONFLICT']);
      if (!winner) return anomalies;
      const refund = pair[replies.indexOf(winner)] ?? pair[0];
      granted.set(sale.id, refund);
      const after: SaleDetail = winner.json();
      const cogsReturnedCents = refund.restock ? COST : 0;
      return [
        ...anomalies,
        expectSame(
          'sale after the refund',
          [after.refundedCents, after.cogsReturnedCents, after.restocked, after.refunds.length],
          [refund.amountCents, cogsReturnedCents, refund.restock, 1],
        ),
        expectSame('profit', after.profitCents, PRICE - COST - refund.amountCents + cogsReturnedCents),
      ];
    });
    expect(anomalies).toEqual([]);

    // Each sale holds the one granted refund, and the refund audit says so once.
    const refunded = [...granted.values()];
    const sum = (f: (r: Refund) => number) => refunded.reduce((a, r) => a + f(r), 0);
    const restocks = refunded.filter((r) => r.restock).length;
    const listed = await race.api.all<Sale>('/api/v1/sales');
    for (const s of listed) {
      const refund = granted.get(s.id);
      expect([s.refundedCents, s.restocked]).toEqual([refund?.amountCents, refund?.restock]);
    }
    const audits = await auditTrail(race.ctx.database.db, race.ownerId, 'sale', 'refund');
    for (const s of sales) expect(audits.get(s.id)).toHaveLength(1);

    const totals = (await race.api.ok<SaleList>('GET', '/api/v1/sales')).totals;
    expect([totals.refundedCents, totals.cogsReturnedCents]).toEqual([
      sum((r) => r.amountCents),
      restocks * COST,
    ]);
    const pnl = await race.api.ok<Pnl>('GET', '/api/v1/pnl');
    expect([pnl.refundsCents, pnl.cogsReturnedCents, pnl.grossProfitCents]).toEqual([
      totals.refundedCents,
      totals.cogsReturnedCents,
      totals.profitCents,
    ]);
    const summary = await race.api.ok<InventorySummary>('GET', '/api/v1/parts/summary');
    expect([summary.byStatus.in_stock.count, summary.byStatus.sold.count]).toEqual([
      restocks,
      RACE_ROUNDS - restocks,
    ]);
  });
});
