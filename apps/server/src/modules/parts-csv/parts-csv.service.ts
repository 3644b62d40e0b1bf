import {
  type CsvDryRunResult,
  type CsvImportResult,
  formatCsvRow,
  MAX_REPORTED_ISSUES,
  type PartFilters,
} from '@partwise/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { type Acting, acting, type Caller } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { part } from '../../db/schema';
import { recomputeDays } from '../analytics/aggregates';
import { toPart } from '../parts/parts.mapper';
import { partsOrder, partsWhere } from '../parts/parts.query';
import { archivedOn } from '../parts/parts.service';
import { prepareNew } from '../parts/parts.values';
import { needsValues, valuedParts } from '../valuation/valuation.list';
import { findDuplicates } from './csv-duplicates';
import { EXPORT_HEADER, exportCells } from './csv-export';
import { insertParts } from './csv-insert';
import { blankCostMessage, type ImportRequest, problemsError, readRows, type ValidRow } from './csv-rows';

/** Rows per INSERT statement (one array per column, so the size is not bound by parameter counts). */
const INSERT_CHUNK = 5000;
/** Parts read per query while exporting. */
const EXPORT_BATCH = 1000;

export function createPartsCsvService({ db, clock }: ServiceDeps) {
  return {
    /** The export's file name, dated with the owner's today. */
    exportFileName: (caller: Caller) => `parts-${acting(caller, clock).today}.csv`,

    /**
     * The owner's parts matching the filters as CSV text, piece by piece: the matching ids are taken
     * once (so parts changed meanwhile are neither repeated nor missed), then read in batches. Sorting by value or
     * "worth more than it cost" values every matching part first, as the list does.
     */
    async *exportCsv(caller: Caller, filters: PartFilters): AsyncGenerator<string> {
      const { ownerId } = caller;
      const ids = needsValues(filters)
        ? (await valuedParts(db, ownerId, acting(caller, clock).today, filters)).map((v) => v.row)
        : await db
            .select({ id: part.id })
            .from(part)
            .where(partsWhere(ownerId, filters))
            .orderBy(...partsOrder(filters.sort));
      yield `\uFEFF${formatCsvRow(EXPORT_HEADER)}`;
      for (let start = 0; start < ids.length; start += EXPORT_BATCH) {
        const batch = ids.slice(start, start + EXPORT_BATCH).map((r) => r.id);
        const rows = await db
          .select()
          .from(part)
          .where(and(eq(part.ownerId, ownerId), inArray(part.id, batch)));
        const byId = new Map(rows.map((row) => [row.id, row]));
        let chunk = '';
        for (const id of batch) {
          const row = byId.get(id);
          if (row) chunk += formatCsvRow(exportCells(toPart(row)));
        }
        yield chunk;
      }
    },

    async dryRun(caller: Caller, request: ImportRequest): Promise<CsvDryRunResult> {
      const report = readRows(request);
      const duplicates = await findDuplicates(db, caller.ownerId, report.valid);
      const blank = report.valid.filter((r) => r.blankCost);
      const duplicateRows = new Set(duplicates.map((d) => d.row));
      return {
        rowCount: report.rowCount,
        validCount: report.valid.length,
        skippedCount: report.skippedCount,
        dateOrder: report.dateOrder,
        problems: report.problems,
        problemCount: report.problemCount,
        duplicates: duplicates.slice(0, MAX_REPORTED_ISSUES),
        duplicateCount: duplicates.length,
        blankCosts: blank
          .slice(0, MAX_REPORTED_ISSUES)
          .map(({ row }) => ({ row, message: blankCostMessage(row) })),
        blankCostCount: blank.length,
        blankCostDuplicateCount: blank.filter((r) => duplicateRows.has(r.row)).length,
      };
    },

    /**
     * Every row goes in one transaction. A row with a problem, or with a blank cost the user did not agree to
     * import as $0.00, refuses the whole file, unless the user chose to skip such rows (skipProblemRows).
     */
    async importCsv(caller: Caller, request: ImportRequest): Promise<CsvImportResult> {
      const who = acting(caller, clock);
      const report = readRows(request);
      const skipped: CsvImportResult['skippedRows'] = report.chosenRows.map((row) => ({
        row,
        reason: 'chosen',
      }));
      const unconfirmed = request.blankCostAsZero ? [] : report.valid.filter((r) => r.blankCost);
      if (report.problemCount + unconfirmed.length > 0) {
        if (!request.skipProblemRows) throw problemsError(report, unconfirmed);
        skipped.push(...report.problemRows.map((row) => ({ row, reason: 'problem' as const })));
        skipped.push(...unconfirmed.map(({ row }) => ({ row, reason: 'blank_cost' as const })));
      }
      const left = new Set(unconfirmed);
      let rows = report.valid.filter((r) => !left.has(r));
      if (request.skipDuplicates) {
        const duplicateRows = new Set((await findDuplicates(db, who.ownerId, rows)).map((d) => d.row));
        skipped.push(...[...duplicateRows].map((row) => ({ row, reason: 'duplicate' as const })));
        rows = rows.filter((r) => !duplicateRows.has(r.row));
      }
      if (rows.length === 0) {
        throw new AppError('RULE_VIOLATION', 'Nothing was imported: every row was left out', {
          csv: 'every row was left out',
        });
      }
      await db.transaction(async (tx) => {
        for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
          const chunk = rows.slice(start, start + INSERT_CHUNK);
          const values = await Promise.all(chunk.map((row) => insertRow(tx, who, row)));
          await insertParts(tx, who, values);
        }
        await recomputeDays(
          tx,
          who.ownerId,
          rows.map((r) => r.part.acquiredAt ?? who.today),
        );
      });
      skipped.sort((a, b) => a.row - b.row);
      return { imported: rows.length, skipped: skipped.length, skippedRows: skipped };
    },
  };
}

export type PartsCsvService = ReturnType<typeof createPartsCsvService>;

/**
 * The same row a single create would insert; archived is set after, as PartCreate cannot take it. A part
 * imported as archived was written off on a day the file does not say: its acquired date.
 */
async function insertRow(tx: DbOrTx, who: Acting, { part: p }: ValidRow) {
  const values = await prepareNew(tx, who, { ...p, status: 'in_stock' });
  return { ...values, status: p.status, ...archivedOn(p.status, values.acquiredAt) };
}
