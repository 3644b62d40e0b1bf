import type { AdminAnalytics } from '@partwise/shared';
import { formatDay } from '../../lib/format';
import { ChartCard } from '../analytics/ChartCard';
import { useChartTheme } from '../analytics/chart-theme';
import { BarsChart } from '../analytics/charts';
import type { Column } from '../analytics/csv';
import { periodName } from '../analytics/ProfitCard';

type Day = AdminAnalytics['daily'][number];

const COLUMNS: (Column<Day> & { cell?: (d: Day) => string })[] = [
  { header: 'Day', value: (d) => d.day, cell: (d) => formatDay(d.day) },
  { header: 'Sales', value: (d) => d.salesCount, numeric: true },
  { header: 'Volume', value: (d) => d.volumeCents, money: true },
  { header: 'Active users', value: (d) => d.activeUsers, numeric: true },
  { header: 'Sign-ups', value: (d) => d.signUps, numeric: true },
];

/** Sales, active users and sign-ups per day of the period, everyone together: its own chunk (Chart.js). */
export function PlatformDailyCard({ analytics }: { analytics: AdminAnalytics }) {
  const theme = useChartTheme();
  const days = analytics.daily;
  return (
    <ChartCard
      title="Sales and users per day"
      description={`${formatDay(analytics.from)} to ${formatDay(analytics.to)}, over every user: sales as bars, active users and sign-ups as lines.`}
      filename={`platform-${analytics.from}-${analytics.to}.csv`}
      columns={COLUMNS}
      rows={days}
      rowKey={(d) => d.day}
      chart={
        <BarsChart
          label="Sales, active users and sign-ups per day, every user together"
          theme={theme}
          money={false}
          labels={days.map((d) => periodName({ period: d.day, start: d.day }, 'day'))}
          series={[
            {
              label: 'Active users',
              values: days.map((d) => d.activeUsers),
              color: theme.primary,
              line: true,
            },
            { label: 'Sign-ups', values: days.map((d) => d.signUps), color: theme.accent, line: true },
            { label: 'Sales', values: days.map((d) => d.salesCount), color: theme.secondary },
          ]}
        />
      }
    />
  );
}
