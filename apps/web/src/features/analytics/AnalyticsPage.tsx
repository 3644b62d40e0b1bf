import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorState, PageHeader } from '../../components/states';
import { AgingCard } from './AgingCard';
import { AnalyticsControls } from './AnalyticsControls';
import { BreakdownCard } from './BreakdownCard';
import { useChartTheme } from './chart-theme';
import { ProfitCard } from './ProfitCard';
import { analyticsQueries } from './queries';
import { SummaryStats } from './SummaryStats';
import { useAnalyticsView } from './view';

/** Know the business: what it made, what sells where, and what sits. Chart.js loads with this page only. */
export function AnalyticsPage() {
  const view = useAnalyticsView();
  const theme = useChartTheme();
  const summary = useQuery(analyticsQueries.summary(view.range));
  return (
    <>
      <PageHeader
        title="Analytics"
        description="What you made, what sells and where, and what has sat too long."
        actions={
          <Link to="/reports" className="btn btn-sm">
            Tax-year report
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <AnalyticsControls view={view} />
        {summary.isError ? (
          <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
        ) : summary.data ? (
          <SummaryStats summary={summary.data} />
        ) : (
          <div className="skeleton h-48 w-full" role="status" aria-label="Loading the figures" />
        )}
        <ProfitCard range={view.range} granularity={view.granularity} theme={theme} />
        {/* One above the other: side by side, their tables would hide their last columns. */}
        <div className="grid gap-6">
          <BreakdownCard by="platform" title="Sales by platform" range={view.range} theme={theme} />
          <BreakdownCard by="category" title="Sales by category" range={view.range} theme={theme} />
        </div>
        <AgingCard theme={theme} />
      </div>
    </>
  );
}
