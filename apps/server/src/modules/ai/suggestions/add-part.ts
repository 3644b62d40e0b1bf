import { buildAction, type ChatSuggestionChange, partAction, type Verdict } from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Acting } from '../../../core/caller';
import type { DbOrTx } from '../../../db/client';
import { build, part } from '../../../db/schema';
import { recomputeDays } from '../../analytics/aggregates';
import { compatibilityOf } from '../../builds/builds.compat';
import { buildContents } from '../../builds/builds.contents';
import type { BuildsService } from '../../builds/builds.service';
import { asConflict, Refused, type SuggestionRow } from './locked';

type AddPartChange = Extract<ChatSuggestionChange, { kind: 'add_part_to_build' }>;

const Id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53 - 1);

/** The arguments of `propose_add_part_to_build`, as the model gives them. */
export const ProposeAddPartArgs = z.object({
  buildId: Id.describe("The build's id (from search_builds)"),
  partId: Id.describe("The id of the user's part in stock to put in it (from search_parts)"),
  replacesPartId: Id.optional().describe(
    'A part of the build it takes the place of (that part goes back to stock); leave out to add',
  ),
});
type Args = z.output<typeof ProposeAddPartArgs>;

function allowed(verdict: Verdict<string>): void {
  if (!verdict.ok) throw new Refused(`${verdict.refusal.message}.`);
}

/**
 * What adding the part would make of the build now, or why it cannot be done (Refused): the build open, the
 * part in stock and not already in it, the replaced part in it and of the same kind, and the result free of
 * compatibility errors. One check for proposing (`known` absent) and for accepting (rows locked, the names
 * of the proposal in the reasons).
 */
async function examine(tx: DbOrTx, ownerId: string, args: Args, known?: AddPartChange) {
  const buildQuery = tx
    .select()
    .from(build)
    .where(and(eq(build.id, args.buildId), eq(build.ownerId, ownerId)));
  const [buildRow] = known ? await buildQuery.for('update') : await buildQuery;
  if (!buildRow)
    throw new Refused(
      known
        ? `The build “${known.buildName}” no longer exists.`
        : `Build #${args.buildId} is not one of yours.`,
    );
  allowed(buildAction(buildRow, 'change_parts'));
  const partQuery = tx
    .select()
    .from(part)
    .where(and(eq(part.id, args.partId), eq(part.ownerId, ownerId)));
  const [partRow] = known ? await partQuery.for('update') : await partQuery;
  if (!partRow)
    throw new Refused(
      known
        ? `“${known.partName}” is no longer in your inventory.`
        : `Part #${args.partId} is not one of yours.`,
    );
  const { parts, planned } = await buildContents(tx, ownerId, [buildRow.id]);
  const inBuild = parts.get(buildRow.id) ?? [];
  if (inBuild.some((p) => p.id === partRow.id))
    throw new Refused(`“${partRow.name}” is already in “${buildRow.name}”.`);
  allowed(partAction(partRow, 'add_to_build'));
  const replaced = inBuild.find((p) => p.id === args.replacesPartId);
  if (args.replacesPartId !== undefined && !replaced)
    throw new Refused(
      known?.replaces
        ? `“${known.replaces.partName}” is no longer in “${buildRow.name}”.`
        : `Part #${args.replacesPartId} is not in “${buildRow.name}”.`,
    );
  if (replaced && replaced.category !== partRow.category)
    throw new Refused(
      `“${partRow.name}” (${partRow.category}) cannot take the place of “${replaced.name}” (${replaced.category}).`,
    );
  const after = [...inBuild.filter((p) => p.id !== replaced?.id), partRow];
  const errors = compatibilityOf(after, planned.get(buildRow.id) ?? []).findings.filter(
    (f) => f.severity === 'error',
  );
  if (errors.length > 0)
    throw new Refused(
      `With “${partRow.name}”, “${buildRow.name}” would not work: ${errors.map((f) => f.message).join(' ')}`,
    );
  const change: AddPartChange = {
    kind: 'add_part_to_build',
    buildId: buildRow.id,
    buildName: buildRow.name,
    partId: partRow.id,
    partName: partRow.name,
    replaces: replaced ? { partId: replaced.id, partName: replaced.name } : null,
  };
  return { change, proposedOn: { buildStatus: buildRow.status, partStatus: partRow.status } };
}

/** Checks a proposal against the caller's data as it is; the proposal stores what accepting re-checks. */
export const proposeAddPart = (tx: DbOrTx, ownerId: string, args: Args) => examine(tx, ownerId, args);

/**
 * Accepts (in the decision's transaction, the suggestion locked): re-checks the proposal with the build and
 * the part locked (409 with the reason), then moves the parts as the build's own routes do.
 */
export async function acceptAddPart(
  tx: DbOrTx,
  who: Acting,
  row: SuggestionRow,
  builds: Pick<BuildsService, 'addPartIn' | 'removePartIn'>,
): Promise<{ buildId: number }> {
  const known = (row.proposal as { change: AddPartChange }).change;
  const args = { buildId: known.buildId, partId: known.partId, replacesPartId: known.replaces?.partId };
  await examine(tx, who.ownerId, args, known).catch(asConflict);
  const removed = known.replaces
    ? await builds.removePartIn(tx, who, known.buildId, known.replaces.partId)
    : null;
  const added = await builds.addPartIn(tx, who, known.buildId, known.partId);
  await recomputeDays(tx, who.ownerId, [...(removed?.days ?? []), ...added.days]);
  return { buildId: known.buildId };
}
