import type { Granularity, Timeseries } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/states';
import type { DateRange } from '../../lib/date-range';
import { formatDay } from '../../lib/format';
import { ChartCard, type TableColumn } from './ChartCard';
import type { ChartTheme } from './chart-theme';
import { BarsChart } from './charts';
import { analyticsQueries } from './queries';

type Point = Timeseries['points'][number];

const monthName = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayName = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A period as a person names it: "Nov 5", "2026-W45", "Nov 2026", "2026". */
export function periodName(point: Pick<Point, 'period' | 'start'>, granularity: Granularity): string {
  const date = new Date(`${point.start}T00:00:00Z`);
  if (granularity === 'day') return dayName.format(date);
  if (granularity === 'month') return monthName.format(date);
  return point.period;
}

/** Revenue − fees − shipping − cost of goods (less what came back) − refunds: the profit before expenses. */
export const grossProfit = (p: Point) =>
  p.revenueCents - p.feesCents - p.shippingCents - (p.cogsCents - p.cogsReturnedCents) - p.refundsCents;

/** The CSV keeps ISO dates for spreadsheets; the table on screen shows them as the chart and the user read them. */
const columnsFor = (granularity: Granularity): TableColumn<Point>[] => [
  { header: 'Period', value: (p) => p.period, cell: (p) => periodName(p, granularity) },
  { header: 'From', value: (p) => p.start, cell: (p) => formatDay(p.start) },
  { header: 'To', value: (p) => p.end, cell: (p) => formatDay(p.end) },
  { header: 'Sales', value: (p) => p.salesCount, numeric: true },
  { header: 'Revenue', value: (p) => p.revenueCents, money: true },
  { header: 'Fees', value: (p) => p.feesCents, money: true },
  { header: 'Shipping', value: (p) => p.shippingCents, money: true },
  { header: 'Cost of goods', value: (p) => p.cogsCents - p.cogsReturnedCents, money: true },
  { header: 'Refunds', value: (p) => p.refundsCents, money: true },
  { header: 'Gross profit', value: grossProfit, money: true },
  { header: 'Expenses', value: (p) => p.expensesCents, money: true },
  { header: 'Net profit', value: (p) => p.netProfitCents, money: true },
  { header: 'Bought', value: (p) => p.purchasesCents, money: true },
  { header: 'Written off', value: (p) => p.writtenOffCents, money: true },
  { header: 'Stock at cost (end)', value: (p) => p.stockValueCents, money: true },
];

export function ProfitCard({
  range,
  granularity,
  theme,
}: {
  range: DateRange;
  granularity: Granularity;
  theme: ChartTheme;
}) {
  const series = useQuery(analyticsQueries.timeseries(range, granularity));
  if (series.isError) return <ErrorState error={series.error} onRetry={() => void series.refetch()} />;
  const points = series.data?.points ?? [];
  return (
    <ChartCard
      title="Profit and revenue"
      description="Per period: revenue and gross profit as bars, net profit (after expenses) as the line."
      filename={`profit-${range.from}-${range.to}-by-${granularity}.csv`}
      columns={columnsFor(series.data?.granularity ?? granularity)}
      rows={points}
      rowKey={(p) => p.period}
      empty={series.isPending ? <div className="skeleton h-64 w-full sm:h-72" /> : undefined}
      chart={
        <BarsChart
          label={`Revenue, gross profit and net profit by ${granularity}`}
          theme={theme}
          labels={points.map((p) => periodName(p, series.data?.granularity ?? granularity))}
          series={[
            {
              label: 'Net profit',
              values: points.map((p) => p.netProfitCents),
              color: theme.primary,
              line: true,
            },
            { label: 'Revenue', values: points.map((p) => p.revenueCents), color: theme.secondary },
            { label: 'Gross profit', values: points.map(grossProfit), color: theme.accent },
          ]}
        />
      }
    />
  );
}
