import {
  DEFAULT_FEES,
  type FeePreset,
  type FeeRate,
  PLATFORM_LABELS,
  PLATFORMS,
  type Platform,
} from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
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
    rates[r.platform as Platform] = { percentBasisPoints: r.percentBasisPoints, fixedCents: r.fixedCents };
  return rates;
}

export function createFeesService({ db }: { db: Db }) {
  async function list(ownerId: string): Promise<{ items: FeePreset[] }> {
    const rows = await db.select().from(feePreset).where(eq(feePreset.ownerId, ownerId));
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

    async set(ownerId: string, platform: Platform, rate: FeeRate): Promise<{ items: FeePreset[] }> {
      await db
        .insert(feePreset)
        .values({ ownerId, platform, ...rate })
        .onConflictDoUpdate({
          target: [feePreset.ownerId, feePreset.platform],
          set: { ...rate, updatedAt: new Date() },
        });
      return list(ownerId);
    },

    async reset(ownerId: string, platform: Platform): Promise<{ items: FeePreset[] }> {
      await db.delete(feePreset).where(and(eq(feePreset.ownerId, ownerId), eq(feePreset.platform, platform)));
      return list(ownerId);
    },
  };
}

export type FeesService = ReturnType<typeof createFeesService>;
