import {
  DEFAULT_FEES,
  type FeePreset,
  type FeeRate,
  PLATFORM_LABELS,
  PLATFORMS,
  type Platform,
} from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { feePreset } from '../../db/schema';

/** Every platform's fee for the user: their own where they set one, the default otherwise. */
export async function feeRatesFor(tx: DbOrTx, ownerId: string): Promise<Record<Platform, FeeRate>> {
  const rows = await tx.select().from(feePreset).where(eq(feePreset.ownerId, ownerId));
  const rates = Object.fromEntries(
    PLATFORMS.map((p) => [
      p,
      { percentBasisPoints: DEFAULT_FEES[p].percentBasisPoints, fixedCents: DEFAULT_FEES[p].fixedCents },
    ]),
  ) as Record<Platform, FeeRate>;
  for (const r of rows)
    rates[r.platform] = { percentBasisPoints: r.percentBasisPoints, fixedCents: r.fixedCents };
  return rates;
}

export function createFeesService({ db, clock }: ServiceDeps) {
  async function list(caller: Caller): Promise<{ items: FeePreset[] }> {
    const rows = await db.select().from(feePreset).where(eq(feePreset.ownerId, caller.ownerId));
    const own = new Map(rows.map((r) => [r.platform, r]));
    return {
      items: PLATFORMS.map((platform) => {
        const { source, asOf, percentBasisPoints, fixedCents } = DEFAULT_FEES[platform];
        const mine = own.get(platform);
        return {
          platform,
          label: PLATFORM_LABELS[platform],
          percentBasisPoints: mine?.percentBasisPoints ?? percentBasisPoints,
          fixedCents: mine?.fixedCents ?? fixedCents,
          custom: mine !== undefined,
          default: { percentBasisPoints, fixedCents, source, asOf },
        };
      }),
    };
  }

  return {
    list,

    async set(caller: Caller, platform: Platform, rate: FeeRate): Promise<{ items: FeePreset[] }> {
      const now = clock.now();
      await db
        .insert(feePreset)
        .values({ ownerId: caller.ownerId, platform, ...rate, updatedAt: now })
        .onConflictDoUpdate({
          target: [feePreset.ownerId, feePreset.platform],
          set: { ...rate, updatedAt: now },
        });
      return list(caller);
    },

    async reset(caller: Caller, platform: Platform): Promise<{ items: FeePreset[] }> {
      await db
        .delete(feePreset)
        .where(and(eq(feePreset.ownerId, caller.ownerId), eq(feePreset.platform, platform)));
      return list(caller);
    },
  };
}

export type FeesService = ReturnType<typeof createFeesService>;
