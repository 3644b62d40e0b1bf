import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Icon, type IconName } from '../../components/Icon';
import { useCurrentUser } from '../auth/queries';
import { partQueries } from '../inventory/queries';
import { DashboardNumbers } from './DashboardNumbers';

const NEXT_STEPS: { icon: IconName; title: string; text: string; to: string; cta: string }[] = [
  {
    icon: 'plus',
    title: 'Add a part',
    text: 'A GPU from Marketplace, a CPU from a liquidation sale: record what it cost and where it came from.',
    to: '/inventory/new',
    cta: 'Add a part',
  },
  {
    icon: 'bag',
    title: 'Enter a haul',
    text: 'Bought a whole PC for $300? Enter it once and split the price across its parts.',
    to: '/lots/new',
    cta: 'Enter a haul',
  },
  {
    icon: 'upload',
    title: 'Import a spreadsheet',
    text: 'Bring the sheet you keep today. Columns are matched for you, nothing is lost.',
    to: '/inventory/import',
    cta: 'Import',
  },
];

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

      <h2 className="mt-8 mb-3 text-lg font-semibold">What to do next</h2>
      <div className="grid gap-4 md:grid-cols-3">
        {NEXT_STEPS.map((step) => (
          <article key={step.title} className="card border border-base-300 bg-base-100">
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
          </article>
        ))}
      </div>

      <h2 className="mt-8 mb-3 text-lg font-semibold">Your numbers</h2>
      <DashboardNumbers />
    </>
  );
}
