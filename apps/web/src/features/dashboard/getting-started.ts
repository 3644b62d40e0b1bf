import type { IconName } from '../../components/Icon';

/** What the account already holds: each getting-started step is done once its data exists. */
export interface Progress {
  parts: boolean;
  lots: boolean;
  builds: boolean;
  listings: boolean;
  sales: boolean;
}

export interface Step {
  id: string;
  icon: IconName;
  title: string;
  text: string;
  to: string;
  cta: string;
  done: (progress: Progress) => boolean;
}

/** The first session, in order: stock in, a lot, a build, a listing, a sale. */
export const STEPS: readonly Step[] = [
  {
    id: 'part',
    icon: 'plus',
    title: 'Add a part',
    text: 'A GPU from Marketplace, a CPU from a liquidation sale: record what it cost and where it came from.',
    to: '/inventory/new',
    cta: 'Add a part',
    done: (p) => p.parts,
  },
  {
    id: 'lot',
    icon: 'bag',
    title: 'Enter a lot',
    text: 'Bought a whole PC for $300? Enter it once as a lot and split the price across its parts.',
    to: '/lots/new',
    cta: 'Enter a lot',
    done: (p) => p.lots,
  },
  {
    // Imports leave no record of their own that the app can ask for; once the shelf holds parts, by any
    // way in, the sheet has done its job here (the inventory page keeps its Import button).
    id: 'import',
    icon: 'upload',
    title: 'Import a spreadsheet',
    text: 'Bring the sheet you keep today. Columns are matched for you, nothing is lost.',
    to: '/inventory/import',
    cta: 'Import',
    done: (p) => p.parts,
  },
  {
    id: 'build',
    icon: 'wrench',
    title: 'Plan a build',
    text: 'Put parts from your shelf together, add what is still to buy, and see the profit before you spend.',
    to: '/builds',
    cta: 'Go to builds',
    done: (p) => p.builds,
  },
  {
    id: 'listing',
    icon: 'tag',
    title: 'List something',
    text: 'From a part or a build, write the listing once, copy it per platform and see the net after fees.',
    to: '/listings',
    cta: 'Go to listings',
    done: (p) => p.listings,
  },
  {
    id: 'sale',
    icon: 'dollar',
    title: 'Record a sale',
    text: 'When it sells, mark it sold: fees come from the platform and the profit shows at once.',
    to: '/listings',
    cta: 'Mark it sold',
    done: (p) => p.sales,
  },
];

/** The steps still to do, at most `limit` of them, first things first. */
export function nextSteps(progress: Progress, limit = 3): Step[] {
  return STEPS.filter((step) => !step.done(progress)).slice(0, limit);
}
