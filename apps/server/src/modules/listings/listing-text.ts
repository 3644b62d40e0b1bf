import {
  carryOver,
  type ListedPart,
  type ListingSubject,
  listingDescription,
  listingTitle,
  type Platform,
} from '@partwise/shared';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { build, buildPart, listing, part } from '../../db/schema';
import type { ThingRef } from './things';

const listedColumns = {
  name: part.name,
  category: part.category,
  brand: part.brand,
  model: part.model,
  condition: part.condition,
  grade: part.grade,
  specs: part.specs,
  notes: part.notes,
};

/** The part, or the build with its parts, as the listing text is written from them (owner-scoped). */
export async function subjectOf(tx: DbOrTx, ownerId: string, ref: ThingRef): Promise<ListingSubject | null> {
  if (ref.partId !== undefined) {
    const [row] = await tx
      .select(listedColumns)
      .from(part)
      .where(and(eq(part.id, ref.partId), eq(part.ownerId, ownerId)));
    return row ? { kind: 'part', part: row satisfies ListedPart } : null;
  }
  const [row] = await tx
    .select({ name: build.name, notes: build.notes })
    .from(build)
    .where(and(eq(build.id, ref.buildId), eq(build.ownerId, ownerId)));
  if (!row) return null;
  const parts = await tx
    .select(listedColumns)
    .from(buildPart)
    .innerJoin(part, eq(part.id, buildPart.partId))
    .where(and(eq(buildPart.buildId, ref.buildId), eq(buildPart.ownerId, ownerId)))
    .orderBy(asc(part.id));
  return { kind: 'build', name: row.name, notes: row.notes, parts };
}

/**
 * The title and description of a new listing where the request leaves them out: the thing's latest listing's
 * (the title fitted to this platform), else written from its record.
 */
export async function draftText(
  tx: DbOrTx,
  ownerId: string,
  ref: ThingRef,
  platform: Platform,
): Promise<{ title: string; description: string }> {
  const [previous] = await tx
    .select({ title: listing.title, description: listing.description })
    .from(listing)
    .where(
      and(
        eq(listing.ownerId, ownerId),
        ref.partId !== undefined ? eq(listing.partId, ref.partId) : eq(listing.buildId, ref.buildId),
      ),
    )
    .orderBy(desc(listing.createdAt), desc(listing.id))
    .limit(1);
  if (previous) return carryOver(previous, platform);
  const subject = await subjectOf(tx, ownerId, ref);
  if (!subject) return { title: '', description: '' };
  return { title: listingTitle(subject, platform), description: listingDescription(subject) };
}
