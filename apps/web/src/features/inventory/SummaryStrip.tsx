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
      label: 'In stock',
      value: byStatus.in_stock.count,
      hint: <Money cents={byStatus.in_stock.costCents} />,
    },
    {
      label: 'Value at cost',
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
      className="mb-4 grid grid-cols-3 divide-x divide-base-300 rounded-box border border-base-300 bg-base-100"
    >
      {stats.map((stat) => (
        <div key={stat.label} className="min-w-0 px-3 py-3 sm:px-5">
          <p className="text-xs text-base-content/60 sm:text-sm">{stat.label}</p>
          <p className="tabular text-lg font-semibold sm:text-xl">{stat.value}</p>
          <p className="text-xs text-base-content/60 max-sm:hidden">{stat.hint}</p>
        </div>
      ))}
    </section>
  );
}
