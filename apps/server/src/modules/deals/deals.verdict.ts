import {
  type BuildItem,
  checkBuild,
  type DealVerdict,
  estimateFeesCents,
  type FeeRate,
} from '@partwise/shared';
import type { MatchedItem } from './deals.match';

/** A CPU with a board or a graphics card, and at least three parts: sold and checked as one machine. */
export function isWholeMachine(items: readonly MatchedItem[]): boolean {
  const has = (c: string) => items.some((i) => i.category === c);
  return items.length >= 3 && has('cpu') && (has('motherboard') || has('gpu'));
}

/**
 * The compatibility engine's report for a machine, without the findings about parts the listing does not
 * mention (a case, a cooler): a listing is flagged for what it claims, not for what it leaves out.
 */
export function machineReport(items: readonly MatchedItem[]) {
  const report = checkBuild(
    items.map(
      (item, index) =>
        ({ id: `item:${index}`, name: item.name, category: item.category, specs: item.specs }) as BuildItem,
    ),
  );
  const findings = report.findings.filter((f) => f.code !== 'MISSING_COMPONENT' && f.code !== 'UNVERIFIED');
  const status = findings.some((f) => f.severity === 'error')
    ? 'errors'
    : findings.some((f) => f.severity === 'warning')
      ? 'warnings'
      : 'ok';
  return { status, complete: report.complete, findings } as const;
}

/**
 * The money of a deal: fees at the sale price, profit at the asking price, and the most to pay for the
 * target margin (profit ≥ margin × sale price).
 */
export function dealMoney(input: {
  saleCents: number;
  rate: FeeRate;
  shippingCents: number;
  askingPriceCents: number | null;
  targetMarginPercent: number;
}) {
  const feesCents = input.saleCents > 0 ? estimateFeesCents(input.saleCents, input.rate) : 0;
  const netCents = input.saleCents - feesCents - input.shippingCents;
  const maxPriceCents = Math.max(
    0,
    netCents - Math.ceil((input.saleCents * input.targetMarginPercent) / 100),
  );
  const expectedProfitCents = input.askingPriceCents === null ? null : netCents - input.askingPriceCents;
  let verdict: DealVerdict = 'unknown';
  if (input.askingPriceCents !== null && expectedProfitCents !== null)
    verdict =
      input.askingPriceCents <= maxPriceCents ? 'buy' : expectedProfitCents > 0 ? 'negotiate' : 'pass';
  return { feesCents, maxPriceCents, expectedProfitCents, verdict };
}
