import {
  catalogName,
  DEFAULT_DELIVERY,
  DEFAULT_TARGET_MARGIN_PERCENT,
  type DealBuy,
  type DealCheck,
  type DealCheckRequest,
  type DealList,
  type DealPreferences,
  type DealPreferencesUpdate,
  type DealSince,
  dateIn,
  LotCreate,
  type LotWithParts,
  SHIPPING_ESTIMATE_CENTS,
  type Subject,
  WHOLE_PC_SHIPPING_CENTS,
} from '@partwise/shared';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { acting, type Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx, Tx } from '../../db/client';
import { dealCheck, dealPreference } from '../../db/schema';
import type { CatalogService } from '../catalog/catalog.service';
import { feeRatesFor } from '../fees/fees.service';
import type { LotsService } from '../lots/lots.service';
import { soldPartsSince } from '../valuation/valuation.data';
import type { ValuationService } from '../valuation/valuation.service';
import { type DealParser, deterministicParser, type MatchedItem, matchItem, pickedItem } from './deals.match';
import { dealSince } from './deals.since';
import { dealMoney, isWholeMachine, machineReport } from './deals.verdict';

type Row = typeof dealCheck.$inferSelect;
type CheckInput = z.output<typeof DealCheckRequest>;

const toDeal = (row: Row): DealCheck => ({
  ...row.result,
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  text: row.text,
  platform: row.platform,
  askingPriceCents: row.askingPriceCents,
  lotId: row.lotId,
});

export interface DealsDeps extends ServiceDeps {
  catalog: CatalogService;
  valuation: ValuationService;
  lots: LotsService;
  parser?: DealParser;
}

/** The owner's deal settings (the target margin, also the listing editor's): the default until they set one. */
export async function dealPreferencesOf(db: DbOrTx, ownerId: string): Promise<DealPreferences> {
  const [row] = await db
    .select({ targetMarginPercent: dealPreference.targetMarginPercent })
    .from(dealPreference)
    .where(eq(dealPreference.ownerId, ownerId));
  return { targetMarginPercent: row?.targetMarginPercent ?? DEFAULT_TARGET_MARGIN_PERCENT };
}

export function createDealsService({
  db,
  clock,
  catalog,
  valuation,
  lots,
  parser = deterministicParser,
}: DealsDeps) {
  /** `lockIn`: lock the row in that transaction until it ends (two "Buy it" of one check run one after the other). */
  async function findOwned(ownerId: string, id: number, lockIn?: Tx): Promise<Row> {
    const query = (lockIn ?? db)
      .select()
      .from(dealCheck)
      .where(and(eq(dealCheck.id, id), eq(dealCheck.ownerId, ownerId)));
    const [row] = lockIn ? await query.for('update') : await query;
    if (!row) throw notFound('Deal check');
    return row;
  }

  const preferences = (ownerId: string) => dealPreferencesOf(db, ownerId);

  return {
    preferences: (caller: Caller) => preferences(caller.ownerId),

    async setPreferences(caller: Caller, patch: DealPreferencesUpdate): Promise<DealPreferences> {
      const who = acting(caller, clock);
      await db
        .insert(dealPreference)
        .values({ ownerId: who.ownerId, targetMarginPercent: patch.targetMarginPercent, updatedAt: who.now })
        .onConflictDoUpdate({
          target: dealPreference.ownerId,
          set: { targetMarginPercent: patch.targetMarginPercent, updatedAt: who.now },
        });
      return preferences(who.ownerId);
    },

    /** Reads, matches, values and judges a listing, and keeps the check in the history. */
    async check(caller: Caller, input: CheckInput): Promise<DealCheck> {
      const { ownerId, now } = acting(caller, clock);
      const text = input.text?.trim() ?? '';
      const parsed = text
        ? await parser(text)
        : { items: [], askingPriceCents: null, priceTerms: null, condition: 'used' as const, unmatched: [] };
      const picked = await Promise.all((input.catalogPartIds ?? []).map((id) => catalog.get(id)));
      const items: MatchedItem[] = [
        ...(await Promise.all(parsed.items.map((item) => matchItem(catalog, item)))),
        ...picked.map(pickedItem),
      ];
      const subjects: Subject[] = items.map((item) => ({
        category: item.category,
        name: item.catalog ? catalogName(item.catalog) : item.name,
        specs: item.specs,
        catalogPartId: item.catalog?.id ?? null,
        condition: parsed.condition,
        grade: null,
        expectedPriceCents: null,
        catalogPriceCents: item.catalog ? (item.catalog.lowestPriceCents ?? item.catalog.priceCents) : null,
        costCents: 0,
      }));
      const { values, wholePcFactor } = await valuation.subjects(caller, subjects);
      const partOutCents = values.reduce((sum, v) => sum + v.valueCents, 0);
      const wholeMachine = isWholeMachine(items);
      const wholeCents = Math.round(partOutCents * wholePcFactor);
      const saleCents = wholeMachine ? wholeCents : partOutCents;
      const delivery = input.delivery ?? DEFAULT_DELIVERY[input.platform];
      const shippingCents =
        input.shippingCents ??
        (delivery === 'local'
          ? 0
          : wholeMachine
            ? WHOLE_PC_SHIPPING_CENTS
            : items.reduce((sum, i) => sum + SHIPPING_ESTIMATE_CENTS[i.category], 0));
      const rates = await feeRatesFor(db, ownerId);
      const askingPriceCents = input.askingPriceCents ?? parsed.askingPriceCents;
      const targetMarginPercent =
        input.targetMarginPercent ?? (await preferences(ownerId)).targetMarginPercent;
      const money = dealMoney({
        saleCents,
        rate: rates[input.platform][delivery],
        shippingCents,
        askingPriceCents,
        targetMarginPercent,
      });
      const result = {
        delivery,
        priceTerms: parsed.priceTerms,
        condition: parsed.condition,
        items: items.map((item, i) => {
          const v = values[i];
          if (!v) throw new Error('a deal item has no value');
          return {
            category: item.category,
            name: item.name,
            source: item.source,
            catalogPartId: item.catalog?.id ?? null,
            catalogName: item.catalog ? (subjects[i]?.name ?? null) : null,
            matchConfidence: item.matchConfidence,
            specs: item.specs,
            valueCents: v.valueCents,
            lowCents: v.lowCents,
            highCents: v.highCents,
            valueConfidence: v.confidence,
            basis: v.basis,
          };
        }),
        unmatched: parsed.unmatched,
        partOutCents,
        wholeCents,
        wholePcFactor,
        wholeMachine,
        saleCents,
        shippingCents,
        targetMarginPercent,
        compatibility: wholeMachine ? machineReport(items) : null,
        ...money,
      };
      const [row] = await db
        .insert(dealCheck)
        .values({ ownerId, text, platform: input.platform, askingPriceCents, result, createdAt: now })
        .returning();
      if (!row) throw new Error('deal check insert returned no row');
      return toDeal(row);
    },

    async list(caller: Caller, q: { page: number; pageSize: number }): Promise<DealList> {
      const where = eq(dealCheck.ownerId, caller.ownerId);
      const [rows, [counted]] = await Promise.all([
        db
          .select()
          .from(dealCheck)
          .where(where)
          .orderBy(desc(dealCheck.createdAt), desc(dealCheck.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(dealCheck).where(where),
      ]);
      return { items: rows.map(toDeal), total: Number(counted?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    async get(caller: Caller, id: number): Promise<DealCheck> {
      return toDeal(await findOwned(caller.ownerId, id));
    },

    /** The check against what happened next: the lot's returns if bought, your sales since if passed on. */
    async since(caller: Caller, id: number): Promise<DealSince> {
      const who = acting(caller, clock);
      const deal = toDeal(await findOwned(who.ownerId, id));
      const [sold, lot] = await Promise.all([
        soldPartsSince(db, who.ownerId, who.today),
        deal.lotId === null ? null : lots.get(caller, deal.lotId),
      ]);
      return dealSince(deal, dateIn(who.timezone, new Date(deal.createdAt)), sold, who.today, lot);
    },

    /**
     * "Buy it": one lot with the deal's parts, its price split by their estimated values (the lot service's
     * own split), linked to the check, in one transaction with the check's row locked: a check is bought once.
     */
    async buy(caller: Caller, id: number, input: DealBuy): Promise<{ deal: DealCheck; lot: LotWithParts }> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => {
        const row = await findOwned(who.ownerId, id, tx);
        if (row.lotId !== null)
          throw new AppError('CONFLICT', `This deal was already bought: lot #${row.lotId}`);
        const deal = toDeal(row);
        if (deal.items.length === 0)
          throw new AppError(
            'RULE_VIOLATION',
            'This deal has no parts to buy: pick them or paste a listing that names them',
          );
        const priceCents = input.priceCents ?? deal.askingPriceCents;
        if (priceCents === null || priceCents === undefined)
          throw new AppError('VALIDATION_FAILED', 'Say what you paid', {
            priceCents: 'is required: the listing gave no price',
          });
        const lotInput = LotCreate.parse({
          name: lotName(deal),
          totalCostCents: priceCents,
          acquiredAt: input.acquiredAt ?? who.today,
          source: input.source ?? null,
          notes: deal.text ? deal.text.slice(0, 5000) : null,
          parts: deal.items.map((item) => ({
            name: (item.catalogName ?? item.name).slice(0, 200),
            category: item.category,
            catalogPartId: item.catalogPartId,
            condition: deal.condition,
            specs: item.catalogPartId ? undefined : item.specs,
            // Parts without an estimate still take a small share rather than none.
            weight: Math.max(1, item.valueCents),
          })),
        });
        const lot = await lots.create(caller, lotInput, tx);
        const [updated] = await tx
          .update(dealCheck)
          .set({ lotId: lot.id })
          .where(and(eq(dealCheck.id, id), eq(dealCheck.ownerId, who.ownerId), isNull(dealCheck.lotId)))
          .returning();
        if (!updated) throw new AppError('CONFLICT', 'This deal was bought meanwhile');
        return { deal: toDeal(updated), lot };
      });
    },
  };
}

function lotName(deal: DealCheck): string {
  const names = deal.items.map((i) => i.name);
  const name =
    names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return `Deal: ${name}`.slice(0, 200);
}

export type DealsService = ReturnType<typeof createDealsService>;
