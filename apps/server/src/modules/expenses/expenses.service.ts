import type { Expense, ExpenseCreate, ExpenseList, ExpenseQuery, ExpenseUpdate } from '@partwise/shared';
import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/like';
import { expense } from '../../db/schema';
import { sumCents } from '../../db/sums';
import { diff, recordAudit } from '../audit/audit';

type ExpenseRow = typeof expense.$inferSelect;

const toExpense = (row: ExpenseRow): Expense => ({
  id: row.id,
  spentAt: row.spentAt,
  category: row.category,
  amountCents: row.amountCents,
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
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(expense)
          .values({ ownerId: who.ownerId, ...input, spentAt: input.spentAt ?? who.today })
          .returning();
        if (!row) throw new Error('expense insert returned no row');
        await recordAudit(tx, who, [{ entity: 'expense', entityId: row.id, action: 'create' }]);
        return toExpense(row);
      });
    },

    async update(caller: Caller, id: number, patch: ExpenseUpdate): Promise<Expense> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const before = await findOwned(tx, ownerId, id);
        const delta = diff(toExpense(before), patch);
        if (Object.keys(delta).length === 0) return toExpense(before);
        const [row] = await tx
          .update(expense)
          .set({ ...patch, updatedAt: who.now })
          .where(and(eq(expense.id, id), eq(expense.ownerId, ownerId)))
          .returning();
        if (!row) throw notFound('Expense');
        await recordAudit(tx, who, [{ entity: 'expense', entityId: id, action: 'update', changes: delta }]);
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
          .returning({ id: expense.id });
        if (deleted.length === 0) throw notFound('Expense');
        await recordAudit(tx, who, [{ entity: 'expense', entityId: id, action: 'delete' }]);
      });
    },
  };
}

export type ExpensesService = ReturnType<typeof createExpensesService>;
