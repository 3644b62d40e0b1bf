import {
  IRS_MILEAGE_RATES,
  IRS_MILEAGE_RATES_AS_OF,
  irsMileageRate,
  irsRatesOfYear,
  type MileageRateList,
  type MileageYear,
} from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { mileageRate } from '../../db/schema';

const FIRST_IRS_YEAR = Number(IRS_MILEAGE_RATES[0]?.from.slice(0, 4));
const LAST_IRS_YEAR = Number(IRS_MILEAGE_RATES[IRS_MILEAGE_RATES.length - 1]?.from.slice(0, 4));

/** The rate for a trip on `date` (YYYY-MM-DD): the owner's own for that year, else the IRS rate of the day. */
export async function mileageRateOn(tx: DbOrTx, ownerId: string, date: string): Promise<number> {
  const [own] = await tx
    .select({ rate: mileageRate.ratePerMileTenthCents })
    .from(mileageRate)
    .where(and(eq(mileageRate.ownerId, ownerId), eq(mileageRate.year, Number(date.slice(0, 4)))));
  return own?.rate ?? irsMileageRate(date).ratePerMileTenthCents;
}

function sourceOf(year: number): string {
  if (year < FIRST_IRS_YEAR) return `Before ${FIRST_IRS_YEAR}: the ${FIRST_IRS_YEAR} IRS rate is used`;
  if (year > LAST_IRS_YEAR)
    return `The IRS has not announced the ${year} rate yet (it does each December): the ${LAST_IRS_YEAR} rate is used until you set yours`;
  return IRS_MILEAGE_RATES.filter((r) => r.from.startsWith(String(year)))
    .map((r) => r.source)
    .join('; ');
}

export function createMileageService({ db, clock }: ServiceDeps) {
  async function list(caller: Caller): Promise<MileageRateList> {
    const rows = await db.select().from(mileageRate).where(eq(mileageRate.ownerId, caller.ownerId));
    const own = new Map(rows.map((r) => [r.year, r.ratePerMileTenthCents]));
    const thisYear = Number(acting(caller, clock).today.slice(0, 4));
    const newest = Math.max(thisYear, LAST_IRS_YEAR, ...own.keys());
    const years = new Set<number>(own.keys());
    for (let year = newest; year >= FIRST_IRS_YEAR; year--) years.add(year);
    const items: MileageYear[] = [...years]
      .sort((a, b) => b - a)
      .map((year) => ({
        year,
        ratePerMileTenthCents: own.get(year) ?? null,
        irs: irsRatesOfYear(year),
        irsExact: year >= FIRST_IRS_YEAR && year <= LAST_IRS_YEAR,
        source: sourceOf(year),
      }));
    return { items, asOf: IRS_MILEAGE_RATES_AS_OF };
  }

  return {
    list,

    async set(caller: Caller, year: number, ratePerMileTenthCents: number): Promise<MileageRateList> {
      const now = clock.now();
      await db
        .insert(mileageRate)
        .values({ ownerId: caller.ownerId, year, ratePerMileTenthCents, updatedAt: now })
        .onConflictDoUpdate({
          target: [mileageRate.ownerId, mileageRate.year],
          set: { ratePerMileTenthCents, updatedAt: now },
        });
      return list(caller);
    },

    async reset(caller: Caller, year: number): Promise<MileageRateList> {
      await db
        .delete(mileageRate)
        .where(and(eq(mileageRate.ownerId, caller.ownerId), eq(mileageRate.year, year)));
      return list(caller);
    },
  };
}

export type MileageService = ReturnType<typeof createMileageService>;
