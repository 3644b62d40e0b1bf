import { saleProfitCents } from '@partwise/shared';
import { Money } from '../../components/Money';

/** price − fees − shipping − cost of goods, line by line, before the sale is saved. */
export function ProfitPreview({
  priceCents,
  feesCents,
  shippingCents,
  cogsCents,
}: {
  priceCents: number | null;
  feesCents: number | null;
  shippingCents: number;
  cogsCents: number | null;
}) {
  const price = priceCents ?? 0;
  const fees = feesCents ?? 0;
  const profit = saleProfitCents({
    priceCents: price,
    feesCents: fees,
    shippingCents,
    cogsCents: cogsCents ?? 0,
  });
  const lines: [string, number][] = [
    ['Price', price],
    ['Fees', -fees],
    ['Shipping', -shippingCents],
  ];
  if (cogsCents !== null) lines.push(['Cost of goods', -cogsCents]);
  return (
    <section aria-label="Profit preview" className="rounded-box bg-base-200 p-3 text-sm">
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
        {lines.map(([label, cents]) => (
          <div key={label} className="contents">
            <dt className="text-base-content/70">{label}</dt>
            <dd className="text-right">
              <Money cents={cents || 0} />
            </dd>
          </div>
        ))}
        <div className="contents font-semibold">
          <dt className="border-t border-base-300 pt-1">
            {cogsCents === null ? 'Net (cost unknown)' : 'Profit'}
          </dt>
          <dd className="border-t border-base-300 pt-1 text-right" data-testid="profit-preview">
            <Money cents={profit} className={profit >= 0 ? 'text-success' : ''} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
