import type { Expense, ExpenseCreate, ExpenseList, ExpenseQuery, ExpenseUpdate } from '@partwise/shared';
import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/like';
import { expense } from '../../db/schema';
import { sumCents } from '../../db/sums';
import { notFound } from '../../http/errors';
import { diff, recordAudit } from '../audit/audit';

type ExpenseRow = typeof expense.$inferSelect;

const toExpense = (row: ExpenseRow): Expense => ({
  id: row.id,
  spentAt: row.spentAt,
  category: row.category as Expense['category'],
  amountCents: row.amountCents,
  description: row.description,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function createExpensesService({ db }: { db: Db }) {
  async function findOwned(tx: DbOrTx, ownerId: string, id: number): Promise<ExpenseRow> {
    const [row] = await tx
      .select()
      .from(expense)
      .where(and(eq(expense.id, id), eq(expense.ownerId, ownerId)));
    if (!row) throw notFound('Expense');
    return row;
  }

  return {
    async list(ownerId: string, q: ExpenseQuery): Promise<ExpenseList> {
      const conditions: (SQL | undefined)[] = [eq(expense.ownerId, ownerId)];
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

    get: async (ownerId: string, id: number) => toExpense(await findOwned(db, ownerId, id)),

    async create(ownerId: string, input: ExpenseCreate): Promise<Expense> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(expense)
          .values({ ownerId, ...input })
          .returning();
        if (!row) throw new Error('expense insert returned no row');
        await recordAudit(tx, [
          { ownerId, actorId: ownerId, entity: 'expense', entityId: row.id, action: 'create' },
        ]);
        return toExpense(row);
      });
    },

    async update(ownerId: string, id: number, patch: ExpenseUpdate): Promise<Expense> {
      return db.transaction(async (tx) => {
        const before = await findOwned(tx, ownerId, id);
        const delta = diff(toExpense(before), patch);
        if (Object.keys(delta).length === 0) return toExpense(before);
        const [row] = await tx
          .update(expense)
          .set({ ...patch, updatedAt: new Date() })
          .where(and(eq(expense.id, id), eq(expense.ownerId, ownerId)))
          .returning();
        if (!row) throw notFound('Expense');
        await recordAudit(tx, [
          { ownerId, actorId: ownerId, entity: 'expense', entityId: id, action: 'update', changes: delta },
        ]);
        return toExpense(row);
      });
    },

    async remove(ownerId: string, id: number): Promise<void> {
      await db.transaction(async (tx) => {
        const deleted = await tx
          .delete(expense)
          .where(and(eq(expense.id, id), eq(expense.ownerId, ownerId)))
          .returning({ id: expense.id });
        if (deleted.length === 0) throw notFound('Expense');
        await recordAudit(tx, [
          { ownerId, actorId: ownerId, entity: 'expense', entityId: id, action: 'delete' },
        ]);
      });
    },
  };
}

export type ExpensesService = ReturnType<typeof createExpensesService>;
