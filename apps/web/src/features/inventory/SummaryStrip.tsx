import { useQuery } from '@tanstack/react-query';
import { Money } from '../../components/Money';
import { partQueries } from './queries';

/** What is on the shelf, at a glance: in stock, value at cost, and what is being tested or returned. */
export function SummaryStrip() {
  const summary = useQuery(partQueries.summary());
  if (summary.isPending) return <div className="skeleton mb-4 h-20 w-full" aria-hidden="true" />;
  if (summary.isError) return null;
  const { byStatus, inventoryValueCents, unsoldCount } = summary.data;
  const stats = [
    {
      label: 'Parts in stock',
      value: byStatus.in_stock.count,
      hint: <Money cents={byStatus.in_stock.costCents} />,
    },
    {
      label: 'Inventory value at cost',
      value: <Money cents={inventoryValueCents} />,
      hint: `${unsoldCount} unsold ${unsoldCount === 1 ? 'part' : 'parts'}`,
    },
    {
      label: 'Testing or RMA',
      value: byStatus.testing.count + byStatus.rma.count,
      hint: `${byStatus.testing.count} testing · ${byStatus.rma.count} RMA`,
    },
  ];
  return (
    <section
      aria-label="Inventory summary"
      className="mb-4 grid grid-cols-1 divide-base-300 rounded-box border border-base-300 bg-base-100 max-sm:divide-y sm:grid-cols-3 sm:divide-x"
    >
      {stats.map((stat) => (
        <div key={stat.label} className="px-5 py-3">
          <p className="text-sm text-base-content/60">{stat.label}</p>
          <p className="tabular text-xl font-semibold">{stat.value}</p>
          <p className="text-xs text-base-content/60">{stat.hint}</p>
        </div>
      ))}
    </section>
  );
}
