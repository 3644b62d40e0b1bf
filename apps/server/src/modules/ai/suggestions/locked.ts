import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../../core/errors';
import type { DbOrTx } from '../../../db/client';
import { aiSuggestion } from '../../../db/schema';

export type SuggestionRow = typeof aiSuggestion.$inferSelect;

/** A suggestion not decided within this many days expires: its figures are too old to build on. */
export const SUGGESTION_TTL_DAYS = 7;

export const isPastTtl = (row: Pick<SuggestionRow, 'createdAt'>, now: Date) =>
  now.getTime() - row.createdAt.getTime() > SUGGESTION_TTL_DAYS * 86_400_000;

export const conflict = (message: string) => new AppError('CONFLICT', message);

/**
 * Why a proposal cannot be made or accepted, in words for the user (and the model): proposing answers the
 * model with it, accepting answers 409 with it.
 */
export class Refused extends Error {
  override name = 'Refused';
}

/** Refusals as a 409 (for accepting); anything else is rethrown as it is. */
export function asConflict(error: unknown): never {
  if (error instanceof Refused) throw conflict(error.message);
  throw error;
}

/** The suggestion, locked, if it is the caller's; 404 otherwise (another user's is never revealed). */
export async function lockedSuggestion(tx: DbOrTx, ownerId: string, id: number): Promise<SuggestionRow> {
  const [row] = await tx
    .select()
    .from(aiSuggestion)
    .where(and(eq(aiSuggestion.id, id), eq(aiSuggestion.ownerId, ownerId)))
    .for('update');
  if (!row) throw notFound('Suggestion');
  return row;
}
