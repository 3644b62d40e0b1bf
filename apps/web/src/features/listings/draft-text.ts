import {
  carryOver,
  type Listing,
  type ListingSubject,
  listingDescription,
  listingTitle,
  PLATFORM_LABELS,
  type Platform,
} from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { buildQueries } from '../builds/queries';
import { partQueries } from '../inventory/queries';
import { listingQueries } from './queries';

export interface DraftText {
  title: string;
  description: string;
  /** Where the words come from, in a sentence for the form. */
  origin: string;
}

/** The words for a listing of `subject` on `platform`: carried over from `previous`, else from the record. */
export function draftFor(
  platform: Platform,
  subject: ListingSubject | null,
  previous: Listing | null,
  fromRecord = false,
): DraftText | null {
  if (previous && !fromRecord) {
    return {
      ...carryOver(previous, platform),
      origin: `Carried over from your listing on ${PLATFORM_LABELS[previous.platform]}.`,
    };
  }
  if (!subject) return null;
  return {
    title: listingTitle(subject, platform),
    description: listingDescription(subject),
    origin: 'Written from the record: specs, condition, grade and notes. Check it before you post.',
  };
}

/**
 * What a new listing's text is written from: the part or the build (the same queries as their pages, so an
 * open page's data is reused) and the thing's newest listing. `ready` once both have loaded.
 */
export function useListingSources(thing: { partId?: number | undefined; buildId?: number | undefined }) {
  const partId = thing.partId ?? 0;
  const buildId = thing.buildId ?? 0;
  const part = useQuery({ ...partQueries.detail(partId), enabled: partId > 0 });
  const build = useQuery({ ...buildQueries.detail(buildId), enabled: buildId > 0 });
  const latest = useQuery(listingQueries.latestOf(partId > 0 ? { partId } : { buildId }));
  let subject: ListingSubject | null = null;
  if (partId > 0 && part.data) subject = { kind: 'part', part: part.data };
  if (buildId > 0 && build.data)
    subject = { kind: 'build', name: build.data.name, notes: build.data.notes, parts: build.data.parts };
  const ready = !latest.isPending && (subject !== null || part.isError || build.isError);
  return { subject, previous: latest.data ?? null, ready };
}
