import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { buildPart, buildPlannedItem, part } from '../../db/schema';
import type { PartRow } from '../parts/parts.mapper';
import type { PlannedRow } from './builds.mapper';

/** The parts and planned items of several builds, grouped by build, in two queries. */
export async function buildContents(tx: DbOrTx, ownerId: string, buildIds: number[]) {
  const parts = new Map<number, PartRow[]>();
  const planned = new Map<number, PlannedRow[]>();
  if (buildIds.length === 0) return { parts, planned };
  const [partRows, plannedRows] = await Promise.all([
    tx
      .select({ buildId: buildPart.buildId, part })
      .from(buildPart)
      .innerJoin(part, eq(part.id, buildPart.partId))
      .where(and(eq(buildPart.ownerId, ownerId), inArray(buildPart.buildId, buildIds)))
      .orderBy(buildPart.addedAt, part.id),
    tx
      .select()
      .from(buildPlannedItem)
      .where(and(eq(buildPlannedItem.ownerId, ownerId), inArray(buildPlannedItem.buildId, buildIds)))
      .orderBy(buildPlannedItem.id),
  ]);
  for (const r of partRows) parts.set(r.buildId, [...(parts.get(r.buildId) ?? []), r.part]);
  for (const r of plannedRows) planned.set(r.buildId, [...(planned.get(r.buildId) ?? []), r]);
  return { parts, planned };
}
