import {
  type BuildValuation,
  MIN_BUILD_SALES,
  type PartList,
  type PartQuery,
  type PartValuation,
  type SoldPart,
  type Subject,
  valuePart,
  wholePcFactor,
} from '@partwise/shared';
import { and, eq, gte, inArray, isNotNull, isNull, not } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { build, buildPart, sale, saleItem } from '../../db/schema';
import { daysBefore, soldPartsSince, subjectsOf } from './valuation.data';
import { listByValue, stockWorth } from './valuation.list';

/** Whole-PC sales older than this are not used to learn the whole-PC factor. */
const BUILD_SALES_WINDOW_DAYS = 730;

export function createValuationService({ db, clock }: ServiceDeps) {
  /** The owner's build sales of the last two years, each with the part-out value of its parts. */
  async function buildSalesFor(tx: DbOrTx, ownerId: string, today: string, sold: SoldPart[]) {
    const sales = await tx
      .select({ id: sale.id, priceCents: sale.priceCents, refundedCents: sale.refundedCents })
      .from(sale)
      .where(
        and(
          eq(sale.ownerId, ownerId),
          gte(sale.soldAt, daysBefore(today, BUILD_SALES_WINDOW_DAYS)),
          not(sale.restocked),
          isNull(sale.voidedAt),
          isNotNull(sale.buildId),
        ),
      );
    if (sales.length < MIN_BUILD_SALES) return { count: sales.length, factor: 1 };
    const items = await tx
      .select({ saleId: saleItem.saleId, partId: saleItem.partId })
      .from(saleItem)
      .where(
        and(
          eq(saleItem.ownerId, ownerId),
          inArray(
            saleItem.saleId,
            sales.map((s) => s.id),
          ),
        ),
      );
    const subjects = new Map(
      (
        await subjectsOf(
          tx,
          ownerId,
          items.map((i) => i.partId),
        )
      ).map((s) => [s.id, s]),
    );
    const partOut = new Map<number, number>();
    for (const item of items) {
      const subject = subjects.get(item.partId);
      // A sold part's own value is its comps', not its expected price from before the sale.
      const value = subject ? valuePart({ ...subject, expectedPriceCents: null }, sold, today).valueCents : 0;
      partOut.set(item.saleId, (partOut.get(item.saleId) ?? 0) + value);
    }
    const factor = wholePcFactor(
      sales.map((s) => ({
        priceCents: s.priceCents - s.refundedCents,
        partOutCents: partOut.get(s.id) ?? 0,
      })),
    );
    return { count: sales.length, factor };
  }

  return {
    /** The parts list sorted by value or value − cost, or only the parts worth more than they cost. */
    async list(caller: Caller, q: PartQuery): Promise<PartList> {
      const { ownerId, today } = acting(caller, clock);
      return listByValue(db, ownerId, today, q);
    },

    async stock(caller: Caller) {
      const { ownerId, today } = acting(caller, clock);
      return stockWorth(db, ownerId, today);
    },

    async part(caller: Caller, id: number): Promise<PartValuation> {
      const { ownerId, today } = acting(caller, clock);
      const [subject] = await subjectsOf(db, ownerId, [id]);
      if (!subject) throw notFound('Part');
      return { partId: id, ...valuePart(subject, await soldPartsSince(db, ownerId, today), today) };
    },

    /** Values for many parts at once: two queries, whatever their number (the inventory list's page). */
    async parts(caller: Caller, ids: readonly number[]): Promise<Map<number, PartValuation>> {
      const { ownerId, today } = acting(caller, clock);
      const [subjects, sold] = await Promise.all([
        subjectsOf(db, ownerId, ids),
        soldPartsSince(db, ownerId, today),
      ]);
      return new Map(subjects.map((s) => [s.id, { partId: s.id, ...valuePart(s, sold, today) }]));
    },

    /** Values for things not in the inventory (a deal's parts), against the owner's sales. */
    async subjects(caller: Caller, subjects: readonly Subject[]) {
      const { ownerId, today } = acting(caller, clock);
      const sold = await soldPartsSince(db, ownerId, today);
      const { factor, count } = await buildSalesFor(db, ownerId, today, sold);
      return {
        values: subjects.map((s) => valuePart(s, sold, today)),
        wholePcFactor: factor,
        buildSales: count,
      };
    },

    async build(caller: Caller, id: number): Promise<BuildValuation> {
      const { ownerId, today } = acting(caller, clock);
      const [owned] = await db
        .select({ id: build.id })
        .from(build)
        .where(and(eq(build.id, id), eq(build.ownerId, ownerId)));
      if (!owned) throw notFound('Build');
      const partIds = await db
        .select({ partId: buildPart.partId })
        .from(buildPart)
        .where(and(eq(buildPart.buildId, id), eq(buildPart.ownerId, ownerId)));
      const [subjects, sold] = await Promise.all([
        subjectsOf(
          db,
          ownerId,
          partIds.map((p) => p.partId),
        ),
        soldPartsSince(db, ownerId, today),
      ]);
      const { factor, count } = await buildSalesFor(db, ownerId, today, sold);
      const parts = subjects
        .sort((a, b) => a.id - b.id)
        .map((s) => {
          const { comps: _comps, ...value } = valuePart(s, sold, today);
          return { partId: s.id, name: s.name, ...value };
        });
      const sum = (key: 'valueCents' | 'lowCents' | 'highCents') => parts.reduce((t, p) => t + p[key], 0);
      const partOut = sum('valueCents');
      const order = { high: 0, medium: 1, low: 2 } as const;
      // A whole is as sure as its least sure part.
      const confidence = parts.reduce<'high' | 'medium' | 'low'>(
        (worst, p) => (order[p.confidence] > order[worst] ? p.confidence : worst),
        parts.length ? 'high' : 'low',
      );
      return {
        valueCents: Math.round(partOut * factor),
        lowCents: Math.round(sum('lowCents') * factor),
        highCents: Math.round(sum('highCents') * factor),
        confidence,
        basis: count >= MIN_BUILD_SALES ? 'comps_same_model' : 'reference',
        comps: [],
        partOutCents: partOut,
        wholePcFactor: factor,
        buildSales: count,
        costCents: subjects.reduce((t, s) => t + s.costCents, 0),
        parts,
      };
    },
  };
}

export type ValuationService = ReturnType<typeof createValuationService>;
