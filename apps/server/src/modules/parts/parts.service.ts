import {
  cannotDelete,
  type InventorySummary,
  PART_STATUSES,
  type Part,
  type PartBulk,
  type PartList,
  type PartQuery,
  type PartStatus,
  type PartUpdate,
  partAction,
  partStatusEdit,
} from '@partwise/shared';
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { AppError, notFound, permitted } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { auditLog, listing, part, saleItem } from '../../db/schema';
import { sumCents } from '../../db/sums';
import { type JsonText, jsonText } from '../../http/serializer';
import { addPurchaseSql, recomputeDays, saleDaysOfParts } from '../analytics/aggregates';
import { diff, historyOf, recordAudit } from '../audit/audit';
import { confirmToken, tokenConfirmedSql, tokenParams } from '../auth/token-confirmation';
import { type PartRow, partListJson, toPart } from './parts.mapper';
import { partsOrder, partsWhere, placeholders } from './parts.query';
import { nextSpecs, type PartInput, prepareNew } from './parts.values';

const MAX_PREPARED_LIST_SHAPES = 100;
const partColumns = getTableColumns(part);
/** What a new part's row is given (parts.values.ts's NewPart); the other columns take their defaults. */
const NEW_PART_FIELDS = [
  'ownerId',
  'name',
  'category',
  'brand',
  'model',
  'condition',
  'grade',
  'status',
  'costCents',
  'acquiredAt',
  'source',
  'serial',
  'notes',
  'specs',
  'catalogPartId',
  'expectedPriceCents',
] as const satisfies readonly (keyof typeof partColumns)[];

/** A status change's archived date: today when the part is archived (written off), none otherwise. */
export const archivedOn = (status: PartStatus | undefined, today: string) => ({
  archivedAt: status === 'archived' ? today : null,
});

export function createPartsService({ db, clock }: ServiceDeps) {
  // The most frequent read, prepared once (no SQL rebuilt per request, no re-planning in PostgreSQL).
  // A row even when there is no such part, so that a 404 confirms the caller's remembered token too.
  const getOwned = db
    .select({ row: part, tokenConfirmed: sql<boolean>`caller.token_confirmed` })
    .from(sql`(select ${tokenConfirmedSql} as token_confirmed) as caller`)
    .leftJoin(part, and(eq(part.id, sql.placeholder('id')), eq(part.ownerId, sql.placeholder('ownerId'))))
    .prepare('part_get_owned');

  // Lists are prepared once per shape (which filters, how many values, which sort): the values vary, the
  // statement does not. Few shapes occur in practice; past the cap, a shape is simply prepared unnamed.
  const preparedLists = new Map<string, ReturnType<typeof prepareList>>();
  function prepareList(where: SQL | undefined, sort: string, name?: string) {
    // PostgreSQL writes the page's items as one JSON text (measured: half the server's CPU of reading 50 rows
    // and serialising them, for less CPU in all). Aggregating a sorted subquery keeps its order (no join at
    // the outer level: PostgreSQL docs, "Aggregate Expressions"). The total (an index-only scan) rides along in
    // the same statement: one round trip and one pooled connection per page.
    return db
      .select({
        items: sql<string>`coalesce(json_agg(${sql.raw('"page"."item"')}), '[]')::text`,
        total: sql<number>`(select count(*)::int from ${part} where ${where ?? sql`true`})`,
        tokenConfirmed: sql<boolean>`${tokenConfirmedSql}`,
      })
      .from(
        db
          .select({ item: sql`${partListJson}`.as('item') })
          .from(part)
          .where(where)
          .orderBy(...partsOrder(sort))
          .limit(sql.placeholder('limit'))
          .offset(sql.placeholder('offset'))
          .as('page'),
      )
      .prepare(name ?? '');
  }
  function listQueries(ownerId: string, q: PartQuery) {
    const { bind, params } = placeholders();
    const where = partsWhere(ownerId, q, bind);
    Object.assign(params, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    const shape = `${q.sort}|${Object.keys(params).join(',')}`;
    let prepared = preparedLists.get(shape);
    if (!prepared) {
      const cacheable = preparedLists.size < MAX_PREPARED_LIST_SHAPES;
      prepared = prepareList(where, q.sort, cacheable ? `parts_list_${preparedLists.size}` : undefined);
      if (cacheable) preparedLists.set(shape, prepared);
    }
    return { page: prepared, params };
  }

  // Creating parts is hot (hauls, imports, scripts): the insert and its audit entry are one prepared
  // statement, a data-modifying CTE that is atomic without BEGIN/COMMIT round trips. The insert reads its
  // values from a one-row select that also confirms the caller's remembered token (ADR 004): not confirmed,
  // nothing is written and the route answers again once the token has been read.
  const p = (name: string) => sql.placeholder(name);
  // Each value cast to its column's type: a select list's parameters have none of their own.
  const newPartColumns = NEW_PART_FIELDS.map((key) => sql.identifier(partColumns[key].name));
  const newPartValues = NEW_PART_FIELDS.map(
    (key) => sql`${p(key)}::${sql.raw(partColumns[key].getSQLType())}`,
  );
  const inserted = db.$with('inserted', partColumns).as(
    sql`insert into ${part} (${sql.join(newPartColumns, sql`, `)})
        select ${sql.join(newPartValues, sql`, `)} where ${tokenConfirmedSql}
        returning *`,
  );
  const audited = db.$with('audited', { id: auditLog.id }).as(
    sql`insert into ${auditLog} (owner_id, actor_id, via, entity, entity_id, action, created_at)
        select owner_id, ${p('actorId')}, ${p('via')}, 'part', id::text, 'create', ${p('now')}::timestamptz
        from ${inserted} returning id`,
  );
  const counted = db.$with('counted', { one: sql<number>`one` }).as(addPurchaseSql(sql`inserted`));
  const insertWithAudit = db.with(inserted, audited, counted).select().from(inserted).prepare('part_create');

  async function findOwned(tx: DbOrTx, ownerId: string, id: number, lock = false): Promise<PartRow> {
    const query = tx
      .select()
      .from(part)
      .where(and(eq(part.id, id), eq(part.ownerId, ownerId)));
    const [row] = lock ? await query.for('update') : await query;
    if (!row) throw notFound('Part');
    return row;
  }

  return {
    /** The page as JSON text, written by PostgreSQL (see `prepareList`); sent as is (http/serializer.ts). */
    async list(caller: Caller, q: PartQuery): Promise<JsonText<PartList>> {
      const { page, params } = listQueries(caller.ownerId, q);
      const [written] = await page.execute(Object.assign(params, tokenParams(caller)));
      confirmToken(caller, written?.tokenConfirmed);
      return jsonText(
        `{"items":${written?.items ?? '[]'},"total":${written?.total ?? 0},"page":${q.page},"pageSize":${q.pageSize}}`,
      );
    },

    async summary(caller: Caller): Promise<InventorySummary> {
      const rows = await db
        .select({
          status: part.status,
          count: sql<number>`count(*)::int`,
          costCents: sumCents(part.costCents),
        })
        .from(part)
        .where(eq(part.ownerId, caller.ownerId))
        .groupBy(part.status);
      const byStatus = Object.fromEntries(
        PART_STATUSES.map((s) => [s, { count: 0, costCents: 0 }]),
      ) as InventorySummary['byStatus'];
      for (const row of rows) byStatus[row.status] = { count: row.count, costCents: row.costCents };
      const unsold = rows.filter((r) => r.status !== 'sold' && r.status !== 'archived');
      return {
        byStatus,
        inventoryValueCents: unsold.reduce((sum, r) => sum + r.costCents, 0),
        unsoldCount: unsold.reduce((sum, r) => sum + r.count, 0),
      };
    },

    async get(caller: Caller, id: number): Promise<Part> {
      const [found] = await getOwned.execute(Object.assign(tokenParams(caller), { id }));
      confirmToken(caller, found?.tokenConfirmed);
      if (!found?.row) throw notFound('Part');
      return toPart(found.row);
    },

    /**
     * One statement: the insert and its audit entry travel together in a data-modifying CTE, atomic
     * without BEGIN/COMMIT round trips (creating parts is hot: hauls, imports, scripts).
     */
    async create(caller: Caller, input: PartInput): Promise<Part> {
      const who = acting(caller, clock);
      const values = await prepareNew(db, who, input);
      // Object.assign, not a spread with more properties: see `acting` (core/caller.ts).
      const [row] = await insertWithAudit.execute(
        Object.assign({}, values, tokenParams(caller), {
          specs: JSON.stringify(values.specs),
          actorId: who.actorId,
          via: who.via,
          now: who.now.toISOString(),
        }),
      );
      // No row: the only condition of the insert, the token's confirmation, did not hold.
      confirmToken(caller, row !== undefined);
      if (!row) throw new Error('part insert returned no row');
      return toPart(row);
    },

    async update(caller: Caller, id: number, patch: PartUpdate): Promise<Part> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const before = await findOwned(tx, ownerId, id, true);
        if (patch.status !== undefined) permitted(partStatusEdit(before.name, before.status, patch.status));
        const changes = { ...patch, specs: await nextSpecs(tx, before, patch) };
        const delta = diff(toPart(before), changes);
        if (Object.keys(delta).length === 0) return toPart(before);
        const [row] = await tx
          .update(part)
          .set({
            ...changes,
            ...(delta.status ? archivedOn(changes.status, who.today) : {}),
            updatedAt: who.now,
          })
          .where(and(eq(part.id, id), eq(part.ownerId, ownerId)))
          .returning();
        if (!row) throw notFound('Part');
        const action = Object.keys(delta).length === 1 && delta.status ? 'status' : 'update';
        await recordAudit(tx, who, [{ entity: 'part', entityId: id, action, changes: delta }]);
        if (delta.costCents || delta.acquiredAt || delta.status || before.archivedAt !== row.archivedAt)
          await recomputeDays(tx, ownerId, [
            before.acquiredAt,
            row.acquiredAt,
            before.archivedAt,
            row.archivedAt,
            // A sold part's days to sell are kept on its sale's day.
            ...(delta.acquiredAt ? await saleDaysOfParts(tx, ownerId, [id]) : []),
          ]);
        return toPart(row);
      });
    },

    async remove(caller: Caller, id: number): Promise<void> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      await db.transaction(async (tx) => {
        const row = await findOwned(tx, ownerId, id, true);
        permitted(partAction(row, 'delete'));
        const usedIn = await pastUse(tx, row.id);
        if (usedIn) throw new AppError('CONFLICT', cannotDelete(row.name, usedIn));
        await tx.delete(part).where(and(eq(part.id, id), eq(part.ownerId, ownerId)));
        await recordAudit(tx, who, [
          { entity: 'part', entityId: id, action: 'delete', changes: { name: { from: row.name, to: null } } },
        ]);
        await recomputeDays(tx, ownerId, [row.acquiredAt, row.archivedAt]);
      });
    },

    /** All or nothing: one refused part refuses the whole request, and nothing changes. */
    async bulk(caller: Caller, request: PartBulk): Promise<{ updated: number }> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      const to: PartStatus | undefined = request.action === 'archive' ? 'archived' : request.status;
      if (!to) throw new AppError('VALIDATION_FAILED', 'Choose the status to set', { status: 'is required' });
      const ids = [...new Set(request.ids)];
      return db.transaction(async (tx) => {
        const rows = await tx
          .select({
            id: part.id,
            name: part.name,
            status: part.status,
            acquiredAt: part.acquiredAt,
            archivedAt: part.archivedAt,
          })
          .from(part)
          .where(and(eq(part.ownerId, ownerId), inArray(part.id, ids)))
          .for('update');
        if (rows.length !== ids.length) {
          const found = new Set(rows.map((r) => r.id));
          throw new AppError(
            'NOT_FOUND',
            `Parts not found: ${ids.filter((id) => !found.has(id)).join(', ')}`,
          );
        }
        for (const row of rows) permitted(partStatusEdit(row.name, row.status, to));
        const changing = rows.filter((r) => r.status !== to);
        if (changing.length === 0) return { updated: 0 };
        await tx
          .update(part)
          .set({ status: to, ...archivedOn(to, who.today), updatedAt: who.now })
          .where(
            and(
              eq(part.ownerId, ownerId),
              inArray(
                part.id,
                changing.map((r) => r.id),
              ),
            ),
          );
        await recordAudit(
          tx,
          who,
          changing.map((r) => ({
            entity: 'part',
            entityId: r.id,
            action: 'status',
            changes: { status: { from: r.status, to } },
          })),
        );
        // Archived on their days (or no longer); their status on their acquired days (sell-through, stock).
        await recomputeDays(tx, ownerId, [
          ...changing.map((r) => r.archivedAt),
          ...(to === 'archived' ? [who.today] : []),
          ...changing.map((r) => r.acquiredAt),
        ]);
        return { updated: changing.length };
      });
    },

    async history(caller: Caller, id: number) {
      await findOwned(db, caller.ownerId, id);
      return historyOf(db, caller.ownerId, 'part', id);
    },
  };
}

export type PartsService = ReturnType<typeof createPartsService>;

/** A sale or listing the part ever appeared in, in words, or null: its records keep it from being deleted. */
export async function pastUse(tx: DbOrTx, partId: number): Promise<string | null> {
  const [sold] = await tx
    .select({ id: saleItem.saleId })
    .from(saleItem)
    .where(eq(saleItem.partId, partId))
    .limit(1);
  if (sold) return 'a sale';
  const [listed] = await tx
    .select({ id: listing.id })
    .from(listing)
    .where(eq(listing.partId, partId))
    .limit(1);
  if (listed) return 'a listing';
  return null;
}
