import type { BuildMoney } from './build';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * A build's cost roll-up: what is owned (at its cost) plus what is still to buy, against the target price.
 * The server answers with it; the browser uses it to show a change before the server has answered.
 */
export function buildMoney(
  parts: readonly { costCents: number }[],
  planned: readonly { expectedCostCents: number }[],
  targetPriceCents: number | null,
): BuildMoney {
  const ownedCostCents = sum(parts.map((p) => p.costCents));
  const plannedCostCents = sum(planned.map((p) => p.expectedCostCents));
  const totalCostCents = ownedCostCents + plannedCostCents;
  return {
    ownedCostCents,
    plannedCostCents,
    totalCostCents,
    targetPriceCents,
    expectedProfitCents: targetPriceCents === null ? null : targetPriceCents - totalCostCents,
  };
}
