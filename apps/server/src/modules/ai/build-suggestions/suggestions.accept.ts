import { type BuildOption, checkBuild, partAction } from '@partwise/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Acting } from '../../../core/caller';
import { AppError, permitted } from '../../../core/errors';
import type { DbOrTx } from '../../../db/client';
import { build, buildPart, buildPlannedItem, catalogPart, part } from '../../../db/schema';
import { recomputeDays } from '../../analytics/aggregates';
import { recordAudit } from '../../audit/audit';
import { partItemId, plannedItemId, toBuildItem } from '../../builds/builds.compat';
import type { SuggestionRow } from '../suggestions/locked';

const conflict = (message: string) => new AppError('CONFLICT', message);

/**
 * Re-checks an option against the data as it is now: every part still the caller's, in stock and at the
 * same cost; every catalog part at the same price; the whole still free of compatibility errors. Throws
 * 409 with the first reason it no longer holds; returns the rows to build with.
 */
async function revalidate(tx: DbOrTx, ownerId: string, option: BuildOption) {
  const partIds = option.items.flatMap((i) => (i.partId === undefined ? [] : [i.partId]));
  const catalogIds = option.items.flatMap((i) => (i.catalogPartId === undefined ? [] : [i.catalogPartId]));
  const parts =
    partIds.length === 0
      ? []
      : await tx
          .select()
          .from(part)
          .where(and(eq(part.ownerId, ownerId), inArray(part.id, partIds)))
          .orderBy(part.id)
          .for('update');
  const catalog =
    catalogIds.length === 0
      ? []
      : await tx
          .select({
            id: catalogPart.id,
            category: catalogPart.category,
            name: catalogPart.name,
            specs: catalogPart.specs,
            priceCents: sql<number>`coalesce(${catalogPart.lowestPriceCents}, ${catalogPart.priceCents})`,
          })
          .from(catalogPart)
          .where(inArray(catalogPart.id, catalogIds));
  for (const item of option.items) {
    if (item.partId !== undefined) {
      const row = parts.find((p) => p.id === item.partId);
      if (!row) throw conflict(`“${item.name}” is no longer in your inventory.`);
      if (row.status !== 'in_stock')
        throw conflict(`“${row.name}” is no longer in stock (${row.status.replaceAll('_', ' ')}).`);
      if (row.costCents !== item.costCents)
        throw conflict(
          `The cost of “${row.name}” changed since the suggestion (${item.costCents} → ${row.costCents} cents).`,
        );
    } else {
      const row = catalog.find((c) => c.id === item.catalogPartId);
      if (!row) throw conflict(`“${item.name}” is no longer in the catalog.`);
      if (row.priceCents !== item.costCents)
        throw conflict(
          `The price of “${row.name}” changed since the suggestion (${item.costCents} → ${row.priceCents} cents).`,
        );
    }
  }
  const report = checkBuild([
    ...parts.map((p) => toBuildItem(partItemId(p.id), p.name, p.category, p.specs)),
    ...catalog.map((c, i) => toBuildItem(plannedItemId(-(i + 1)), c.name, c.category, c.specs)),
  ]);
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0)
    throw conflict(`These parts no longer fit together: ${errors.map((f) => f.message).join(' ')}`);
  return { parts, catalog };
}

/**
 * Accepts a build suggestion (its row locked and pending): the chosen option is re-checked and built, its parts
 * reserved as addPart reserves them, its purchases planned.
 */
export async function acceptBuild(
  tx: DbOrTx,
  who: Acting,
  row: SuggestionRow,
  rank: number,
): Promise<{ buildId: number }> {
  const { ownerId } = who;
  const options = (row.proposal as { options?: BuildOption[] }).options ?? [];
  const option = options.find((o) => o.rank === rank);
  if (!option)
    throw conflict(
      options.length === 0
        ? 'This suggestion has no build to accept.'
        : `This suggestion has no option ${rank} (it has ${options.length}).`,
    );
  const { parts, catalog } = await revalidate(tx, ownerId, option);
  const fields = (row.input as { fields?: { targetPriceCents?: number } }).fields ?? {};
  const [created] = await tx
    .insert(build)
    .values({
      ownerId,
      name: `Suggested build: ${option.items
        .map((i) => i.name)
        .slice(0, 2)
        .join(' + ')}`.slice(0, 200),
      notes: `From the assistant's suggestion #${row.id}, option ${rank}: expected profit ${option.expectedProfitCents} cents.`,
      targetPriceCents: fields.targetPriceCents ?? option.expectedValueCents,
    })
    .returning({ id: build.id });
  if (!created) throw new Error('build insert returned no row');
  const buildId = created.id;
  const moves = parts.map((p) => ({ p, to: permitted(partAction(p, 'add_to_build')) }));
  if (parts.length > 0) {
    await tx
      .update(part)
      .set({ status: 'in_build', updatedAt: who.now })
      .where(
        and(
          eq(part.ownerId, ownerId),
          inArray(
            part.id,
            parts.map((p) => p.id),
          ),
        ),
      );
    await tx.insert(buildPart).values(parts.map((p) => ({ buildId, partId: p.id, ownerId })));
  }
  if (catalog.length > 0)
    await tx.insert(buildPlannedItem).values(
      catalog.map((c) => ({
        buildId,
        ownerId,
        category: c.category,
        name: c.name,
        catalogPartId: c.id,
        specs: c.specs,
        expectedCostCents: c.priceCents,
      })),
    );
  await recordAudit(tx, who, [
    { entity: 'build', entityId: buildId, action: 'create' },
    ...moves.map(({ p, to }) => ({
      entity: 'part' as const,
      entityId: p.id,
      action: 'status' as const,
      changes: { status: { from: p.status, to }, buildId: { from: null, to: buildId } },
    })),
  ]);
  // In a build now: their acquired days' stock by status.
  await recomputeDays(
    tx,
    ownerId,
    parts.map((p) => p.acquiredAt),
  );
  return { buildId };
}
