import { describeProblems, problemsNotOverridden, sellingProblems } from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { build } from '../../db/schema';
import { recordAudit } from '../audit/audit';
import { compatibilityOf } from './builds.compat';
import { buildContents } from './builds.contents';

/**
 * Before a build is set ready to sell, listed or sold (the caller holds its row lock): a build with problems
 * (errors, parts still missing) goes on only with a reason, which is recorded on the build with the problems
 * it covers and audited. Problems an earlier override already covers, word for word, need no new reason.
 */
export async function clearForSale(
  tx: DbOrTx,
  who: Acting,
  buildId: number,
  overrideReason: string | undefined,
): Promise<void> {
  const [row] = await tx
    .select({
      name: build.name,
      overrideReason: build.overrideReason,
      overrideProblems: build.overrideProblems,
    })
    .from(build)
    .where(and(eq(build.id, buildId), eq(build.ownerId, who.ownerId)));
  if (!row) throw notFound('Build');
  const { parts, planned } = await buildContents(tx, who.ownerId, [buildId]);
  const { findings } = compatibilityOf(parts.get(buildId) ?? [], planned.get(buildId) ?? []);
  const previous = row.overrideProblems && { problems: row.overrideProblems };
  const uncovered = problemsNotOverridden(findings, previous);
  if (overrideReason === undefined) {
    if (uncovered.length === 0) return;
    const them = uncovered.length === 1 ? 'it' : 'them';
    throw new AppError(
      'RULE_VIOLATION',
      `${describeProblems(row.name, uncovered)} Fix ${them}, or give the reason it is sold anyway.`,
      { overrideReason: 'is required to sell a build with problems' },
    );
  }
  // A reason for a build with nothing wrong overrides nothing: there is nothing to record.
  const problems = sellingProblems(findings).map(({ code, message }) => ({ code, message }));
  if (problems.length === 0) return;
  await tx
    .update(build)
    .set({ overrideReason, overrideProblems: problems, overriddenAt: who.now })
    .where(eq(build.id, buildId));
  await recordAudit(tx, who, [
    {
      entity: 'build',
      entityId: buildId,
      action: 'override',
      changes: {
        overrideReason: { from: row.overrideReason, to: overrideReason },
        overrideProblems: {
          from: row.overrideProblems?.map((p) => p.message) ?? null,
          to: problems.map((p) => p.message),
        },
      },
    },
  ]);
}
