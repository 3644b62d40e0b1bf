import {
  compsFor,
  type DealCheck,
  type DealSince,
  type LotReturn,
  type SoldPart,
  valuePart,
} from '@partwise/shared';

/**
 * A deal check against the user's own sales since the day of the check (`checkedOn`, the user's date): each part valued from those sales
 * alone (as the valuation does, on the deal's condition), the resale they give, and the profit at the asking
 * price with the check's own fee share and shipping. `lot`: what the lot bought from it has brought back.
 */
export function dealSince(
  deal: DealCheck,
  checkedOn: string,
  sold: readonly SoldPart[],
  today: string,
  lot: { id: number; returns: LotReturn } | null,
): DealSince {
  const soldSince = sold.filter((s) => s.soldAt >= checkedOn);
  const items = deal.items.map((item) => {
    const subject = {
      category: item.category,
      name: item.catalogName ?? item.name,
      specs: item.specs,
      catalogPartId: item.catalogPartId,
      condition: deal.condition,
      grade: null,
      expectedPriceCents: null,
      catalogPriceCents: null,
      costCents: 0,
    };
    const comps = compsFor(subject, soldSince, today);
    return {
      category: item.category,
      name: item.name,
      valueThenCents: item.valueCents,
      soldSinceCount: comps.length,
      soldSinceCents: comps.length === 0 ? null : valuePart(subject, soldSince, today).valueCents,
    };
  });
  const partOutSinceCents = items.reduce((sum, i) => sum + (i.soldSinceCents ?? i.valueThenCents), 0);
  const saleSinceCents = deal.wholeMachine
    ? Math.round(partOutSinceCents * deal.wholePcFactor)
    : partOutSinceCents;
  const feesSinceCents =
    deal.saleCents > 0 ? Math.round((saleSinceCents * deal.feesCents) / deal.saleCents) : 0;
  return {
    checkedOn,
    items,
    partOutSinceCents,
    saleSinceCents,
    profitSinceCents:
      deal.askingPriceCents === null
        ? null
        : saleSinceCents - feesSinceCents - deal.shippingCents - deal.askingPriceCents,
    profitThenCents: deal.expectedProfitCents,
    lot: lot && {
      id: lot.id,
      paidCents: lot.returns.paidCents,
      broughtBackCents: lot.returns.broughtBackCents,
      profitSoFarCents: lot.returns.profitSoFarCents,
      soldPartCount: lot.returns.soldPartCount,
      unsoldPartCount: lot.returns.unsoldPartCount,
    },
  };
}
