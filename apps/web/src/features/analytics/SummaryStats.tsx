import type { AnalyticsSummary } from '@partwise/shared';
import type { ReactNode } from 'react';
import { Money } from '../../components/Money';
import { formatDay, formatRatio, formatSignedMoney } from '../../lib/format';

const percent = (ratio: number | null) => (ratio === null ? '—' : formatRatio(ratio));

const days = (value: number | null) =>
  value === null ? '—' : `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })} days`;

function Stat({ label, value, hint }: { label: string; value: ReactNode; hint: ReactNode }) {
  return (
    <div className="rounded-box border border-base-300 bg-base-100 p-4">
      <dt className="text-sm text-base-content/70">{label}</dt>
      <dd className="tabular mt-1 text-xl font-semibold">{value}</dd>
      <dd className="mt-1 text-xs text-base-content/60">{hint}</dd>
    </div>
  );
}

/** The range's headline figures, each beside the period of the same length just before it. */
export function SummaryStats({ summary }: { summary: AnalyticsSummary }) {
  const { current: now, previous: before, stock } = summary;
  const versus = `${formatDay(before.from)} – ${formatDay(before.to)}`;
  const change = (a: number, b: number) => (
    <>
      {formatSignedMoney(a - b)} against {versus}
    </>
  );
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Stat
        label="Net profit"
        value={<Money cents={now.netProfitCents} />}
        hint={change(now.netProfitCents, before.netProfitCents)}
      />
      <Stat
        label="Revenue"
        value={<Money cents={now.revenueCents} />}
        hint={change(now.revenueCents, before.revenueCents)}
      />
      <Stat
        label="Sales"
        value={now.salesCount}
        hint={
          now.averageSaleCents === null ? (
            `${before.salesCount} before`
          ) : (
            <>
              <Money cents={now.averageSaleCents} /> on average; {before.salesCount} before
            </>
          )
        }
      />
      <Stat label="Margin" value={percent(now.margin)} hint={`Return on cost ${percent(now.roi)}`} />
      <Stat
        label="Days to sell"
        value={days(now.medianDaysToSell)}
        hint={`Median, from purchase to sale; average ${days(now.averageDaysToSell)}`}
      />
      <Stat
        label="Sell-through"
        value={percent(now.sellThrough)}
        hint={`Of the ${now.purchasedUnits} ${now.purchasedUnits === 1 ? 'part' : 'parts'} bought in the period`}
      />
      <Stat
        label="Bought"
        value={<Money cents={now.purchasesCents} />}
        hint={`${now.purchasedUnits} ${now.purchasedUnits === 1 ? 'part' : 'parts'} at cost`}
      />
      <Stat
        label="Stock at cost"
        value={<Money cents={stock.valueCents} />}
        hint={`${stock.units} unsold ${stock.units === 1 ? 'part' : 'parts'}, today`}
      />
    </dl>
  );
}
