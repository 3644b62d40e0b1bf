import type { CsvDuplicate } from '@partwise/shared';
import { and, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { part } from '../../db/schema';
import type { ValidRow } from './csv-rows';
import { serialKey } from './csv-values';

interface Existing {
  id: number;
  name: string;
  serial: string | null;
  costCents: number;
  acquiredAt: string;
}

const likeKey = (name: string, costCents: number, acquiredAt: string | undefined) =>
  `${name.trim().toLowerCase()}\u0000${costCents}\u0000${acquiredAt ?? ''}`;

const label = (p: Existing) => `part #${p.id} "${p.name}"`;

/**
 * Likely duplicates, one per row: the same serial as one of the owner's parts or an earlier row, else
 * the same name, cost and date acquired. Placeholder serials ("N/A", "none") never match.
 */
export async function findDuplicates(
  db: DbOrTx,
  ownerId: string,
  rows: readonly ValidRow[],
): Promise<CsvDuplicate[]> {
  const serials = [...new Set(rows.map((r) => serialKey(r.part.serial)).filter((s) => s !== null))];
  const names = [...new Set(rows.map((r) => r.part.name.toLowerCase()))];
  const existing = await existingParts(db, ownerId, serials, names);
  const bySerial = new Map<string, Existing>();
  const byLike = new Map<string, Existing>();
  for (const p of existing) {
    const key = serialKey(p.serial);
    if (key !== null && !bySerial.has(key)) bySerial.set(key, p);
    const like = likeKey(p.name, p.costCents, p.acquiredAt);
    if (!byLike.has(like)) byLike.set(like, p);
  }

  const seenSerial = new Map<string, number>();
  const seenLike = new Map<string, number>();
  const duplicates: CsvDuplicate[] = [];
  const report = (duplicate: CsvDuplicate) => duplicates.push(duplicate);
  for (const { row, part: p } of rows) {
    const serial = serialKey(p.serial);
    const like = likeKey(p.name, p.costCents, p.acquiredAt);
    const serialPart = serial === null ? undefined : bySerial.get(serial);
    const serialRow = serial === null ? undefined : seenSerial.get(serial);
    // A part without a date is acquired today; it can match an existing part only by serial.
    const likePart = p.acquiredAt ? byLike.get(like) : undefined;
    const likeRow = seenLike.get(like);
    const shown = `serial "${p.serial ?? ''}"`;
    if (serialPart) {
      report({
        row,
        reason: `Row ${row}: ${shown} is already on ${label(serialPart)}`,
        existingPartId: serialPart.id,
      });
    } else if (serialRow !== undefined) {
      report({ row, reason: `Row ${row}: same ${shown} as row ${serialRow}`, otherRow: serialRow });
    } else if (likePart) {
      report({
        row,
        reason: `Row ${row}: same name, cost and date acquired as ${label(likePart)}`,
        existingPartId: likePart.id,
      });
    } else if (likeRow !== undefined) {
      report({
        row,
        reason: `Row ${row}: same name, cost and date acquired as row ${likeRow}`,
        otherRow: likeRow,
      });
    }
    if (serial !== null && !seenSerial.has(serial)) seenSerial.set(serial, row);
    if (!seenLike.has(like)) seenLike.set(like, row);
  }
  return duplicates;
}

/** The owner's parts that share a serial or a name with the file, in one query whatever the file's size. */
async function existingParts(
  db: DbOrTx,
  ownerId: string,
  serials: string[],
  names: string[],
): Promise<Existing[]> {
  return db
    .select({
      id: part.id,
      name: part.name,
      serial: part.serial,
      costCents: part.costCents,
      acquiredAt: part.acquiredAt,
    })
    .from(part)
    .where(
      and(
        eq(part.ownerId, ownerId),
        or(
          sql`lower(trim(${part.serial})) = any(${sql.param(serials)}::text[])`,
          sql`lower(${part.name}) = any(${sql.param(names)}::text[])`,
        ),
      ),
    )
    .orderBy(part.id);
}
