import {
  BUILD_STATUSES,
  type BuildStatus,
  buildAction,
  PART_STATUSES,
  type PartStatus,
  partAction,
  partStatusInBuild,
  STATUS_AFTER_LISTING,
} from '@partwise/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { AppError, notFound, permitted } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { build, buildPart, part } from '../../db/schema';
import { type AuditEntry, recordAudit } from '../audit/audit';
import { clearForSale } from '../builds/builds.sell-gate';

/** What a listing or a sale is about: one part, or one build with its parts. */
export type ThingRef = { partId: number; buildId?: undefined } | { buildId: number; partId?: undefined };

interface ThingPart {
  id: number;
  name: string;
  status: PartStatus;
  costCents: number;
  /** Its day's sell-through changes when the part is sold or comes back (recomputeDays). */
  acquiredAt: string;
}

/** The part itself, or the build with its parts; the parts come with their cost now. */
export type Thing =
  | {
      kind: 'part';
      id: number;
      name: string;
      status: PartStatus;
      /** A part linked to a build goes with the build: it is listed and sold only as the build. */
      inBuild: boolean;
      parts: ThingPart[];
    }
  | { kind: 'build'; id: number; name: string; status: BuildStatus; parts: ThingPart[] };

/** The statuses a listing or sale moves a thing to: the build's (for a build), and its parts'. */
export interface ThingMove {
  build?: BuildStatus;
  parts: PartStatus;
}

export const refOf = (row: { partId: number | null; buildId: number | null }): ThingRef =>
  row.partId !== null ? { partId: row.partId } : { buildId: row.buildId ?? 0 };

const thingPartColumns = {
  id: part.id,
  name: part.name,
  status: part.status,
  costCents: part.costCents,
  acquiredAt: part.acquiredAt,
};

/**
 * Loads the part or build and locks its row until the transaction ends. Every change of a thing's listing or
 * sale state starts here, so two such changes of one thing run one after the other, never interleaved.
 */
export async function lockThing(tx: DbOrTx, ownerId: string, ref: ThingRef): Promise<Thing> {
  if (ref.partId !== undefined) {
    const [row] = await tx
      .select(thingPartColumns)
      .from(part)
      .where(and(eq(part.id, ref.partId), eq(part.ownerId, ownerId)))
      .for('update');
    if (!row) throw notFound('Part');
    const [link] = await tx
      .select({ buildId: buildPart.buildId })
      .from(buildPart)
      .where(eq(buildPart.partId, row.id));
    return { kind: 'part', id: row.id, name: row.name, status: row.status, inBuild: !!link, parts: [row] };
  }
  const [row] = await tx
    .select({ id: build.id, name: build.name, status: build.status })
    .from(build)
    .where(and(eq(build.id, ref.buildId), eq(build.ownerId, ownerId)))
    .for('update');
  if (!row) throw notFound('Build');
  const parts = await tx
    .select(thingPartColumns)
    .from(buildPart)
    .innerJoin(part, eq(part.id, buildPart.partId))
    .where(and(eq(buildPart.buildId, row.id), eq(buildPart.ownerId, ownerId)))
    .orderBy(part.id)
    // The parts' costs become the sale's cost of goods: no lot edit may change them meanwhile.
    .for('update', { of: part });
  return { kind: 'build', ...row, parts };
}

/** What the status rules say of this action on the thing now: where it and its parts go, or the refusal. */
export function moveOf(thing: Thing, action: 'draft_listing' | 'list' | 'sell' | 'restock'): ThingMove {
  if (thing.kind === 'part') return { parts: permitted(partAction(thing, action)) };
  const to = permitted(buildAction({ ...thing, partCount: thing.parts.length }, action));
  return { build: to, parts: partStatusInBuild(to) };
}

/**
 * A build about to be listed or sold passes the sale gate (clearForSale): with problems, only with a reason.
 * `moving` is false when it already is where the action leads (a cross-listing); a reason given then is still
 * recorded. A part has no compatibility to override, so a reason for one is refused rather than dropped.
 */
export async function clearThingForSale(
  tx: DbOrTx,
  who: Acting,
  thing: Thing,
  overrideReason: string | undefined,
  moving = true,
): Promise<void> {
  if (thing.kind === 'part') {
    if (overrideReason !== undefined)
      throw new AppError('VALIDATION_FAILED', 'Only a build is sold with an override', {
        overrideReason: 'is for builds: a part has no compatibility problems to override',
      });
    return;
  }
  if (moving || overrideReason !== undefined) await clearForSale(tx, who, thing.id, overrideReason);
}

/** Where a thing goes back to when its last active listing ends: the status it was listed from. */
export function unlistedMove(thing: Thing, remembered: PartStatus | BuildStatus | null): ThingMove {
  if (thing.kind === 'part') {
    return { parts: remembered && isPartStatus(remembered) ? remembered : STATUS_AFTER_LISTING.part };
  }
  const to = remembered && isBuildStatus(remembered) ? remembered : STATUS_AFTER_LISTING.build;
  return { build: to, parts: partStatusInBuild(to) };
}

const isPartStatus = (s: string): s is PartStatus => (PART_STATUSES as readonly string[]).includes(s);
const isBuildStatus = (s: string): s is BuildStatus => (BUILD_STATUSES as readonly string[]).includes(s);

/**
 * Moves the thing (and a build's parts) as `to` says; the update of every part is the guard against a change
 * that slipped in since the lock (there should be none). Records one audit entry per row. Answers the acquired
 * days of the parts whose status changed, for the caller's recomputeDays (stock by status).
 */
export async function setThingStatus(
  tx: DbOrTx,
  who: Acting,
  thing: Thing,
  to: ThingMove,
  extra: Record<string, { from: unknown; to: unknown }> = {},
): Promise<string[]> {
  const audit: AuditEntry[] = [];
  if (thing.kind === 'build' && to.build) {
    await tx.update(build).set({ status: to.build, updatedAt: who.now }).where(eq(build.id, thing.id));
    audit.push({
      entity: 'build',
      entityId: thing.id,
      action: 'status',
      changes: { status: { from: thing.status, to: to.build }, ...extra },
    });
  }
  const ids = thing.parts.map((p) => p.id);
  if (ids.length > 0) {
    const moved = await tx
      .update(part)
      .set({ status: to.parts, updatedAt: who.now })
      .where(and(eq(part.ownerId, who.ownerId), inArray(part.id, ids)))
      .returning({ id: part.id });
    if (moved.length !== ids.length) throw new AppError('CONFLICT', `“${thing.name}” changed meanwhile`);
  }
  for (const p of thing.parts) {
    if (p.status === to.parts) continue;
    audit.push({
      entity: 'part',
      entityId: p.id,
      action: 'status',
      changes: { status: { from: p.status, to: to.parts }, ...(thing.kind === 'part' ? extra : {}) },
    });
  }
  await recordAudit(tx, who, audit);
  return thing.parts.filter((p) => p.status !== to.parts).map((p) => p.acquiredAt);
}
