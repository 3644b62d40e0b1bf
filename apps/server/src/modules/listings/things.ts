import { and, eq, inArray } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { build, buildPart, part } from '../../db/schema';
import { type AuditEntry, recordAudit } from '../audit/audit';

/** What a listing or a sale is about: one part, or one build with its parts. */
export type ThingRef = { partId: number; buildId?: undefined } | { buildId: number; partId?: undefined };

export interface Thing {
  kind: 'part' | 'build';
  id: number;
  name: string;
  status: string;
  /** A part linked to a build goes with the build: it is listed and sold only as the build. */
  inBuild: boolean;
  /** The part itself, or the build's parts, with their cost now. */
  parts: { id: number; name: string; status: string; costCents: number }[];
}

export const refOf = (row: { partId: number | null; buildId: number | null }): ThingRef =>
  row.partId !== null ? { partId: row.partId } : { buildId: row.buildId ?? 0 };

/**
 * Loads the part or build and locks its row until the transaction ends. Every change of a thing's listing or
 * sale state starts here, so two such changes of one thing run one after the other, never interleaved.
 */
export async function lockThing(tx: DbOrTx, ownerId: string, ref: ThingRef): Promise<Thing> {
  if (ref.partId !== undefined) {
    const [row] = await tx
      .select({ id: part.id, name: part.name, status: part.status, costCents: part.costCents })
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
    .select({ id: part.id, name: part.name, status: part.status, costCents: part.costCents })
    .from(buildPart)
    .innerJoin(part, eq(part.id, buildPart.partId))
    .where(and(eq(buildPart.buildId, row.id), eq(buildPart.ownerId, ownerId)))
    .orderBy(part.id);
  return { kind: 'build', ...row, inBuild: false, parts };
}

const SELLABLE_PART = ['in_stock', 'testing', 'listed'];
const SELLABLE_BUILD = ['planning', 'assembling', 'ready', 'listed'];

/** Why the thing cannot be listed or sold now, or null. */
export function unavailable(thing: Thing): AppError | null {
  const { name, status } = thing;
  if (status === 'sold') return new AppError('CONFLICT', `“${name}” is already sold`);
  if (thing.kind === 'part') {
    if (status === 'in_build' || thing.inBuild)
      return new AppError('CONFLICT', `“${name}” is in a build: list or sell the build instead`);
    if (!SELLABLE_PART.includes(status))
      return new AppError('CONFLICT', `“${name}” is ${status}: put it back in stock first`);
    return null;
  }
  if (!SELLABLE_BUILD.includes(status)) return new AppError('CONFLICT', `“${name}” is ${status}`);
  if (thing.parts.length === 0)
    return new AppError('RULE_VIOLATION', `“${name}” has no parts yet: add the parts you own first`);
  return null;
}

/**
 * Moves the thing (and a build's parts) to `to`, from `from` when given; the conditional update is the guard
 * against a change that slipped in since the lock (there should be none). Records one audit entry per row.
 */
export async function setThingStatus(
  tx: DbOrTx,
  who: Acting,
  thing: Thing,
  to: { thing: string; parts: string },
  extra: Record<string, { from: unknown; to: unknown }> = {},
): Promise<void> {
  const audit: AuditEntry[] = [];
  if (thing.kind === 'build') {
    await tx.update(build).set({ status: to.thing, updatedAt: who.now }).where(eq(build.id, thing.id));
    audit.push({
      entity: 'build',
      entityId: thing.id,
      action: 'status',
      changes: { status: { from: thing.status, to: to.thing }, ...extra },
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
}
