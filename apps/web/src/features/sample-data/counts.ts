import type { SampleDataCounts } from '@partwise/shared';

const NOUNS: [kind: keyof SampleDataCounts, one: string, many: string][] = [
  ['parts', 'part', 'parts'],
  ['lots', 'lot', 'lots'],
  ['builds', 'build', 'builds'],
  ['listings', 'listing', 'listings'],
  ['sales', 'sale', 'sales'],
  ['expenses', 'expense', 'expenses'],
];

/** What the sample holds, in words: "12 parts, 1 lot and 9 sales" (kinds it has none of are left out). */
export function describeCounts(counts: SampleDataCounts): string {
  const items = NOUNS.filter(([kind]) => counts[kind] > 0).map(
    ([kind, one, many]) => `${counts[kind]} ${counts[kind] === 1 ? one : many}`,
  );
  const last = items.pop() ?? 'nothing';
  return items.length > 0 ? `${items.join(', ')} and ${last}` : last;
}
