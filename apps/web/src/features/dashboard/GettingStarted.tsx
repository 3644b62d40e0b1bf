import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { ErrorState } from '../../components/states';
import { partQueries } from '../inventory/queries';
import { SampleDataOffer } from '../sample-data/SampleDataOffer';
import { nextSteps, STEPS } from './getting-started';
import { startedQueries } from './queries';

/**
 * The next things to do, judged from what the account holds (a step leaves once its data exists, not
 * when a card is clicked), until the whole first session is done and the section goes away.
 */
export function GettingStarted() {
  const [summary, lots, builds, listings, sales] = useQueries({
    queries: [
      partQueries.summary(),
      startedQueries.lots(),
      startedQueries.builds(),
      startedQueries.listings(),
      startedQueries.sales(),
    ],
  });
  const all = [summary, lots, builds, listings, sales];
  const failed = all.find((query) => query.isError);
  if (failed)
    return (
      <ErrorState
        error={failed.error}
        title="What to do next could not be worked out"
        onRetry={() => {
          for (const query of all) if (query.isError) void query.refetch();
        }}
      />
    );
  // Nothing until everything is known: a card that shows and then leaves would be a flash.
  if (!summary.data || lots.data === undefined || builds.data === undefined) return null;
  if (listings.data === undefined || sales.data === undefined) return null;

  const parts = Object.values(summary.data.byStatus).some((status) => status.count > 0);
  const progress = {
    parts,
    lots: lots.data,
    builds: builds.data,
    listings: listings.data,
    sales: sales.data,
  };
  const steps = nextSteps(progress);
  if (steps.length === 0) return null;
  const done = STEPS.length - STEPS.filter((step) => !step.done(progress)).length;

  return (
    <section aria-labelledby="next-steps" className="mt-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="next-steps" className="text-lg font-semibold">
          What to do next
        </h2>
        {done > 0 && (
          <p className="text-sm text-base-content/60">
            {done} of {STEPS.length} first steps done
          </p>
        )}
      </div>
      <ul className="grid gap-4 md:grid-cols-3">
        {steps.map((step) => (
          <li key={step.id} className="card border border-base-300 bg-base-100">
            <div className="card-body gap-3">
              <div className="grid size-11 place-items-center rounded-xl bg-primary/10 text-primary">
                <Icon name={step.icon} className="size-6" />
              </div>
              <h3 className="card-title text-base">{step.title}</h3>
              <p className="text-sm text-base-content/70">{step.text}</p>
              <div className="card-actions mt-auto pt-2">
                <Link to={step.to} className="btn btn-sm btn-primary btn-soft">
                  {step.cta}
                  <Icon name="arrowRight" className="size-4" />
                </Link>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <SampleDataOffer />
    </section>
  );
}
