import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useCurrentUser } from '../auth/queries';
import { partQueries } from '../inventory/queries';
import { DashboardNumbers } from './DashboardNumbers';
import { GettingStarted } from './GettingStarted';

// Its own chunk, fetched once the page shows: the first page's JavaScript stays as it was.
const DashboardTrends = lazy(() => import('./DashboardTrends').then((m) => ({ default: m.DashboardTrends })));

export function DashboardPage() {
  const me = useCurrentUser();
  const firstName = me.name.trim().split(/\s+/)[0] ?? me.name;
  const summary = useQuery(partQueries.summary());
  const partCount = summary.data
    ? Object.values(summary.data.byStatus).reduce((sum, s) => sum + s.count, 0)
    : null;
  const started = partCount !== null && partCount > 0;

  return (
    <>
      <section className="rounded-box border border-base-300 bg-linear-to-br from-primary/12 via-base-100 to-base-100 p-6 sm:p-8">
        <div>
          <p className="text-sm font-medium text-primary">{started ? 'Your workshop' : 'Getting started'}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">Welcome, {firstName}</h1>
          <p className="mt-2 max-w-2xl text-base-content/70">
            {summary.isPending
              ? 'Counting what is on your shelf…'
              : started
                ? `You have ${partCount} ${partCount === 1 ? 'part' : 'parts'} on record. Add what you bought since, or look through your inventory.`
                : 'Your workshop is empty for now. Start with what you already have on the shelf — the dashboard fills in with profit, stock value and what has sat too long as soon as there is something to count.'}
          </p>
        </div>
      </section>

      <GettingStarted />

      <h2 className="mt-8 mb-3 text-lg font-semibold">Your numbers</h2>
      <DashboardNumbers />
      {started && (
        <Suspense fallback={<div className="skeleton mt-4 h-40 w-full" />}>
          <DashboardTrends />
        </Suspense>
      )}
    </>
  );
}
