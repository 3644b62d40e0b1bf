import { type Breakdown, CATEGORY_LABELS, PLATFORM_LABELS } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState } from '../../components/states';
import type { DateRange } from '../../lib/date-range';
import { formatRatio } from '../../lib/format';
import { ChartCard, type TableColumn } from './ChartCard';
import type { ChartTheme } from './chart-theme';
import { BarsChart } from './charts';
import { analyticsQueries } from './queries';

type Group = Breakdown['groups'][number];

const LABELS: Record<string, Record<string, string>> = {
  platform: PLATFORM_LABELS,
  category: { ...CATEGORY_LABELS, build: 'Whole builds' },
};

const percent = (ratio: number | null) => (ratio === null ? null : formatRatio(ratio));

export function BreakdownCard({
  by,
  title,
  range,
  theme,
}: {
  by: 'platform' | 'category';
  title: string;
  range: DateRange;
  theme: ChartTheme;
}) {
  const breakdown = useQuery(analyticsQueries.breakdown(range, by));
  if (breakdown.isError)
    return <ErrorState error={breakdown.error} onRetry={() => void breakdown.refetch()} />;
  const groups = breakdown.data?.groups ?? [];
  const name = (g: Group) => (g.key === null ? 'Not set' : (LABELS[by]?.[g.key] ?? g.key));
  const columns: TableColumn<Group>[] = [
    { header: by === 'platform' ? 'Platform' : 'Category', value: name },
    { header: 'Sales', value: (g) => g.salesCount, numeric: true },
    { header: 'Revenue', value: (g) => g.revenueCents, money: true },
    { header: 'Profit', value: (g) => g.profitCents, money: true },
    {
      header: 'Return on cost',
      value: (g) => percent(g.roi),
      // A loss reads as one, like the money beside it.
      cell: (g) => (
        <span className={g.roi !== null && g.roi < 0 ? 'text-error' : ''}>{percent(g.roi) ?? '—'}</span>
      ),
      numeric: true,
    },
    {
      header: 'Days to sell (avg)',
      value: (g) => (g.averageDaysToSell === null ? null : Math.round(g.averageDaysToSell * 10) / 10),
      numeric: true,
    },
  ];
  return (
    <ChartCard
      title={title}
      description="Revenue and each sale’s own profit, for the sales of the period."
      filename={`sales-by-${by}-${range.from}-${range.to}.csv`}
      columns={columns}
      rows={groups}
      rowKey={(g) => g.key ?? '(none)'}
      empty={
        breakdown.isPending ? (
          <div className="skeleton h-64 w-full" />
        ) : groups.length === 0 ? (
          <EmptyState icon="chart" title="No sales in this period">
            Record a sale, or pick a longer period.
          </EmptyState>
        ) : undefined
      }
      chart={
        <BarsChart
          label={`${title}: revenue and profit`}
          theme={theme}
          horizontal
          labels={groups.map(name)}
          series={[
            { label: 'Revenue', values: groups.map((g) => g.revenueCents), color: theme.secondary },
            { label: 'Profit', values: groups.map((g) => g.profitCents), color: theme.primary },
          ]}
        />
      }
    />
  );
}
