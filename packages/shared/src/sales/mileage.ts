import { z } from 'zod';

/**
 * A rate per mile in tenths of a cent: 725 is 72.5¢ a mile. IRS rates come in half cents, so whole cents
 * would not hold them; integers keep the amount exact.
 */
export const MileageRateTenthCents = z
  .number({ error: 'must be a whole number of tenths of a cent' })
  .int('must be a whole number of tenths of a cent')
  .min(1, 'must be > 0')
  .max(10_000, 'must be at most 10000 ($10.00 a mile)');

export interface IrsMileageRate {
  /** First day the rate applies (it applies until the next rate's first day). */
  from: string;
  ratePerMileTenthCents: number;
  /** The IRS announcement, by date. */
  source: string;
}

const IRS_PAGE = 'irs.gov/tax-professionals/standard-mileage-rates';

/**
 * The IRS standard mileage rate for business use, oldest first. 2022 changed mid-year. Read from the IRS
 * page and announcements listed; a new year's rate is added when the IRS announces it (each December).
 */
export const IRS_MILEAGE_RATES: readonly IrsMileageRate[] = [
  { from: '2018-01-01', ratePerMileTenthCents: 545, source: `${IRS_PAGE}; announced 2017-12-14` },
  { from: '2019-01-01', ratePerMileTenthCents: 580, source: `${IRS_PAGE}; announced 2018-12-14` },
  { from: '2020-01-01', ratePerMileTenthCents: 575, source: `${IRS_PAGE}; announced 2019-12-31` },
  { from: '2021-01-01', ratePerMileTenthCents: 560, source: `${IRS_PAGE}; announced 2020-12-22` },
  { from: '2022-01-01', ratePerMileTenthCents: 585, source: `${IRS_PAGE}; announced 2021-12-17` },
  {
    from: '2022-07-01',
    ratePerMileTenthCents: 625,
    source: `${IRS_PAGE}; mid-year increase announced 2022-06-09`,
  },
  { from: '2023-01-01', ratePerMileTenthCents: 655, source: `${IRS_PAGE}; announced 2022-12-29` },
  { from: '2024-01-01', ratePerMileTenthCents: 670, source: `${IRS_PAGE}; announced 2023-12-14` },
  { from: '2025-01-01', ratePerMileTenthCents: 700, source: `${IRS_PAGE}; announced 2024-12-19` },
  { from: '2026-01-01', ratePerMileTenthCents: 725, source: `${IRS_PAGE}; announced 2025-12-29` },
];

/** When the table above was last checked. */
export const IRS_MILEAGE_RATES_AS_OF = '2026-11';

/**
 * The IRS rate in force on a date (YYYY-MM-DD). Past the newest entry the newest rate is used (the next
 * year's is not announced yet); before the oldest, the oldest. `exact` says whether the IRS set it for that date.
 */
export function irsMileageRate(date: string): IrsMileageRate & { exact: boolean } {
  const first = IRS_MILEAGE_RATES[0];
  if (!first) throw new Error('no IRS mileage rates');
  let found = first;
  for (const rate of IRS_MILEAGE_RATES) if (rate.from <= date) found = rate;
  const newest = IRS_MILEAGE_RATES[IRS_MILEAGE_RATES.length - 1] ?? first;
  const exact = date >= first.from && (found !== newest || date.slice(0, 4) === newest.from.slice(0, 4));
  return { ...found, exact };
}

/** The IRS rates of one year, each with the days it covers (one entry, or two in 2022). */
export function irsRatesOfYear(year: number): { from: string; to: string; ratePerMileTenthCents: number }[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const inYear = IRS_MILEAGE_RATES.filter((r) => r.from > start && r.from <= end);
  const starts = [irsMileageRate(start), ...inYear];
  return starts.map((rate, i) => {
    const next = starts[i + 1];
    return {
      from: i === 0 ? start : rate.from,
      to: next ? dayBefore(next.from) : end,
      ratePerMileTenthCents: rate.ratePerMileTenthCents,
    };
  });
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Miles as typed: more than 0, at most 100,000, with at most one decimal (a tenth of a mile). */
export const Miles = z
  .number({ error: 'must be a number of miles' })
  .positive('must be > 0')
  .max(100_000, 'must be at most 100000')
  .refine((m) => milesToTenths(m) !== null, 'must have at most one decimal, like 12.5');

/** 12.5 miles → 125 tenths; null when the number has more than one decimal. */
export function milesToTenths(miles: number): number | null {
  const tenths = Math.round(miles * 10);
  return Math.abs(tenths - miles * 10) < 1e-6 ? tenths : null;
}

/**
 * The amount of a trip in cents: tenths of a mile × tenths of a cent is hundredths of a cent; divided by
 * 100 and rounded half up to the cent (12.3 mi × 72.5¢ = 891.75¢ → $8.92). Integers only.
 */
export function mileageAmountCents(milesTenths: number, ratePerMileTenthCents: number): number {
  if (!Number.isSafeInteger(milesTenths) || milesTenths < 0)
    throw new RangeError('miles must be whole tenths');
  if (!Number.isSafeInteger(ratePerMileTenthCents) || ratePerMileTenthCents < 0)
    throw new RangeError('the rate must be whole tenths of a cent');
  return Math.floor((milesTenths * ratePerMileTenthCents + 50) / 100);
}

export const MileageYear = z.object({
  year: z.number().int(),
  /** Your own rate for the year, or null to use the IRS rate. */
  ratePerMileTenthCents: MileageRateTenthCents.nullable(),
  /** The IRS rates of the year (two in 2022), the newest year's rate carried forward past it. */
  irs: z.array(z.object({ from: z.string(), to: z.string(), ratePerMileTenthCents: z.number().int() })),
  /** false: the IRS has not set this year's rate yet (or it predates the table): the nearest one is used. */
  irsExact: z.boolean(),
  source: z.string(),
});
export type MileageYear = z.infer<typeof MileageYear>;

export const MileageRateList = z.object({ items: z.array(MileageYear), asOf: z.string() });
export type MileageRateList = z.infer<typeof MileageRateList>;

export const MileageRateUpdate = z.strictObject({ ratePerMileTenthCents: MileageRateTenthCents });
export type MileageRateUpdate = z.input<typeof MileageRateUpdate>;

export const MileageYearParams = z.object({
  year: z.coerce.number().int().min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier'),
});
