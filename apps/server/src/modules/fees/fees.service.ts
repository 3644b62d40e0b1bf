import {
  DEFAULT_FEES,
  DELIVERIES,
  type Delivery,
  type FeePreset,
  type FeeRate,
  PLATFORM_LABELS,
  PLATFORMS,
  type Platform,
  rateOf,
} from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { feePreset } from '../../db/schema';

export type FeeRates = Record<Platform, Record<Delivery, FeeRate>>;

/** Every platform's fee for each delivery: the user's own where they set one, the default otherwise. */
export async function feeRatesFor(tx: DbOrTx, ownerId: string): Promise<FeeRates> {
  const rows = await tx.select().from(feePreset).where(eq(feePreset.ownerId, ownerId));
  const rates = Object.fromEntries(
    PLATFORMS.map((p) => [
      p,
      { local: rateOf(DEFAULT_FEES[p].local), shipped: rateOf(DEFAULT_FEES[p].shipped) },
    ]),
  ) as FeeRates;
  for (const r of rows) rates[r.platform][r.delivery] = rateOf(r);
  return rates;
}

export function createFeesService({ db, clock }: ServiceDeps) {
  async function list(caller: Caller): Promise<{ items: FeePreset[] }> {
    const rows = await db.select().from(feePreset).where(eq(feePreset.ownerId, caller.ownerId));
    const own = new Map(rows.map((r) => [`${r.platform}/${r.delivery}`, r]));
    return {
      items: PLATFORMS.flatMap((platform) =>
        DELIVERIES.map((delivery) => {
          const fallback = DEFAULT_FEES[platform][delivery];
          const mine = own.get(`${platform}/${delivery}`);
          return {
            platform,
            delivery,
            label: PLATFORM_LABELS[platform],
            ...rateOf(mine ?? fallback),
            custom: mine !== undefined,
            default: { ...rateOf(fallback), source: fallback.source, asOf: fallback.asOf },
          };
        }),
      ),
    };
  }

  return {
    list,

    async set(
      caller: Caller,
      platform: Platform,
      delivery: Delivery,
      rate: FeeRate,
    ): Promise<{ items: FeePreset[] }> {
      const now = clock.now();
      await db
        .insert(feePreset)
        .values({ ownerId: caller.ownerId, platform, delivery, ...rate, updatedAt: now })
        .onConflictDoUpdate({
          target: [feePreset.ownerId, feePreset.platform, feePreset.delivery],
          set: { ...rate, updatedAt: now },
        });
      return list(caller);
    },

    async reset(caller: Caller, platform: Platform, delivery: Delivery): Promise<{ items: FeePreset[] }> {
      await db
        .delete(feePreset)
        .where(
          and(
            eq(feePreset.ownerId, caller.ownerId),
            eq(feePreset.platform, platform),
            eq(feePreset.delivery, delivery),
          ),
        );
      return list(caller);
    },
  };
}

export type FeesService = ReturnType<typeof createFeesService>;
