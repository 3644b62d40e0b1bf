import type { Expense, ExpenseCreate, ExpenseList, ExpenseQuery, ExpenseUpdate } from '@partwise/shared';
import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/like';
import { expense } from '../../db/schema';
import { sumCents } from '../../db/sums';
import { recomputeDays } from '../analytics/aggregates';
import { diff, recordAudit } from '../audit/audit';
import { amountOf } from './expense-amount';

type ExpenseRow = typeof expense.$inferSelect;

const toExpense = (row: ExpenseRow): Expense => ({
  id: row.id,
  spentAt: row.spentAt,
  category: row.category,
  amountCents: row.amountCents,
  miles: row.milesTenths === null ? null : row.milesTenths / 10,
  ratePerMileTenthCents: row.ratePerMileTenthCents,
  description: row.description,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function createExpensesService({ db, clock }: ServiceDeps) {
  async function findOwned(tx: DbOrTx, ownerId: string, id: number): Promise<ExpenseRow> {
    const [row] = await tx
      .select()
      .from(expense)
      .where(and(eq(expense.id, id), eq(expense.ownerId, ownerId)));
    if (!row) throw notFound('Expense');
    return row;
  }

  return {
    async list(caller: Caller, q: ExpenseQuery): Promise<ExpenseList> {
      const conditions: (SQL | undefined)[] = [eq(expense.ownerId, caller.ownerId)];
      if (q.from) conditions.push(gte(expense.spentAt, q.from));
      if (q.to) conditions.push(lte(expense.spentAt, q.to));
      if (q.category) conditions.push(eq(expense.category, q.category));
      for (const word of q.q?.split(/\s+/).filter(Boolean) ?? [])
        conditions.push(sql`${expense.description} ilike ${containsPattern(word)}`);
      const where = and(...conditions);
      const [rows, [totals]] = await Promise.all([
        db
          .select()
          .from(expense)
          .where(where)
          .orderBy(desc(expense.spentAt), desc(expense.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db
          .select({ count: sql<number>`count(*)::int`, amount: sumCents(expense.amountCents) })
          .from(expense)
          .where(where),
      ]);
      return {
        items: rows.map(toExpense),
        total: totals?.count ?? 0,
        page: q.page,
        pageSize: q.pageSize,
        totalCents: totals?.amount ?? 0,
      };
    },

    get: async (caller: Caller, id: number) => toExpense(await findOwned(db, caller.ownerId, id)),

    async create(caller: Caller, input: ExpenseCreate): Promise<Expense> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      const spentAt = input.spentAt ?? who.today;
      return db.transaction(async (tx) => {
        const amount = await amountOf(tx, ownerId, {
          category: input.category,
          spentAt,
          miles: input.miles ?? null,
          amountCents: input.amountCents,
        });
        const [row] = await tx
          .insert(expense)
          .values({ ownerId, spentAt, category: input.category, description: input.description, ...amount })
          .returning();
        if (!row) throw new Error('expense insert returned no row');
        await recordAudit(tx, who, [{ entity: 'expense', entityId: row.id, action: 'create' }]);
        await recomputeDays(tx, ownerId, [spentAt]);
        return toExpense(row);
      });
    },

    /** A mileage expense's amount is worked out again when its miles, date or category change. */
    async update(caller: Caller, id: number, patch: ExpenseUpdate): Promise<Expense> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const before = await findOwned(tx, ownerId, id);
        const category = patch.category ?? before.category;
        const spentAt = patch.spentAt ?? before.spentAt;
        const miles = patch.miles !== undefined ? patch.miles : toExpense(before).miles;
        const recount =
          miles === null ||
          patch.miles !== undefined ||
          patch.spentAt !== undefined ||
          patch.category !== undefined ||
          patch.amountCents !== undefined;
        const amount = recount
          ? await amountOf(tx, ownerId, {
              category,
              spentAt,
              miles,
              amountCents: patch.amountCents ?? (miles === null ? before.amountCents : undefined),
            })
          : {};
        const { miles: _miles, ...fields } = patch;
        const columns = { ...fields, category, spentAt, ...amount };
        const { createdAt: _c, updatedAt: _u, ...was } = toExpense(before);
        const delta = diff(was, toExpense({ ...before, ...columns }));
        if (Object.keys(delta).length === 0) return toExpense(before);
        const [row] = await tx
          .update(expense)
          .set({ ...columns, updatedAt: who.now })
          .where(and(eq(expense.id, id), eq(expense.ownerId, ownerId)))
          .returning();
        if (!row) throw notFound('Expense');
        await recordAudit(tx, who, [{ entity: 'expense', entityId: id, action: 'update', changes: delta }]);
        await recomputeDays(tx, ownerId, [before.spentAt, spentAt]);
        return toExpense(row);
      });
    },

    async remove(caller: Caller, id: number): Promise<void> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      await db.transaction(async (tx) => {
        const deleted = await tx
          .delete(expense)
          .where(and(eq(expense.id, id), eq(expense.ownerId, ownerId)))
          .returning({ id: expense.id, spentAt: expense.spentAt });
        if (deleted.length === 0) throw notFound('Expense');
        await recordAudit(tx, who, [{ entity: 'expense', entityId: id, action: 'delete' }]);
        await recomputeDays(
          tx,
          ownerId,
          deleted.map((d) => d.spentAt),
        );
      });
    },
  };
}

export type ExpensesService = ReturnType<typeof createExpensesService>;
