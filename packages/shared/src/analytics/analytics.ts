import { z } from 'zod';
import { PartStatus } from '../parts/enums';
import { IsoDate } from '../parts/part';
import { GRANULARITIES } from './periods';

const cents = z.number().int();
const count = z.number().int();
/** A ratio (0.25 = 25 %), null when its base is zero. */
const ratio = z.number().nullable();

/** The longest range a day-by-day series answers: five years. */
export const MAX_DAY_SERIES_DAYS = 5 * 366;
/** The longest range of any other series or figure: a hundred years. */
export const MAX_RANGE_DAYS = 100 * 366;

const rangeFields = {
  from: IsoDate.optional().describe('First day (yours), included; default: the first of this month'),
  to: IsoDate.optional().describe('Last day, included; default: today'),
};
const fromNotAfterTo = (v: { from?: string | undefined; to?: string | undefined }) =>
  !v.from || !v.to || v.from <= v.to;

export const AnalyticsRange = z
  .object(rangeFields)
  .refine(fromNotAfterTo, { message: 'must not be after to', path: ['from'] });
export type AnalyticsRange = z.infer<typeof AnalyticsRange>;

/** The figures of a range, from the same ledger as the P&L and with its timing. */
export const AnalyticsFigures = z.object({
  from: IsoDate,
  to: IsoDate,
  salesCount: count,
  revenueCents: cents,
  feesCents: cents,
  shippingCents: cents,
  cogsCents: cents,
  cogsReturnedCents: cents,
  refundsCents: cents,
  expensesCents: cents,
  /** revenue − fees − shipping − (cogs − cogsReturned) − refunds − expenses: the P&L's net. */
  netProfitCents: cents,
  /** net profit / (revenue − refunds) */
  margin: ratio,
  /** net profit / (cogs − cogsReturned) */
  roi: ratio,
  /** revenue / sales, rounded to the cent */
  averageSaleCents: cents.nullable(),
  /** From the day the part (a build: its first part) was acquired to the sale, over the range's sales. */
  averageDaysToSell: z.number().nullable(),
  medianDaysToSell: z.number().nullable(),
  /** Parts acquired in the range: sold / (sold + still held), by their status now. */
  sellThrough: ratio,
  purchasedUnits: count,
  /** The cost of the parts acquired in the range (purchases). */
  purchasesCents: cents,
});
export type AnalyticsFigures = z.infer<typeof AnalyticsFigures>;

export const StockByStatus = z.object({ status: PartStatus, units: count, valueCents: cents });

export const AnalyticsSummary = z.object({
  current: AnalyticsFigures,
  /** The period of the same length just before, for comparison. */
  previous: AnalyticsFigures,
  /** Stock on hand now, at cost: in stock, testing, in a build, listed, in RMA. */
  stock: z.object({ units: count, valueCents: cents, byStatus: z.array(StockByStatus) }),
});
export type AnalyticsSummary = z.infer<typeof AnalyticsSummary>;

export const GranularitySchema = z.enum(GRANULARITIES);

export const TimeseriesQuery = z
  .object({ granularity: GranularitySchema.default('month'), ...rangeFields })
  .refine(fromNotAfterTo, { message: 'must not be after to', path: ['from'] });
export type TimeseriesQuery = z.infer<typeof TimeseriesQuery>;

export const TimeseriesPoint = z.object({
  /** 2025-06-15, 2025-W24, 2025-06 or 2025 */
  period: z.string(),
  /** The period's days within the range. */
  start: IsoDate,
  end: IsoDate,
  salesCount: count,
  revenueCents: cents,
  feesCents: cents,
  shippingCents: cents,
  cogsCents: cents,
  cogsReturnedCents: cents,
  refundsCents: cents,
  expensesCents: cents,
  netProfitCents: cents,
  purchasesCents: cents,
  /** The cost of the parts archived in the period without a sale (written off). */
  writtenOffCents: cents,
  /**
   * Parts bought and not sold or archived at the period's end, at cost: every purchase − cost of goods sold +
   * returned − written off.
   */
  stockValueCents: cents,
});

export const Timeseries = z.object({
  granularity: GranularitySchema,
  from: IsoDate,
  to: IsoDate,
  points: z.array(TimeseriesPoint),
});
export type Timeseries = z.infer<typeof Timeseries>;

export const BREAKDOWNS = ['category', 'platform', 'source', 'condition', 'grade'] as const;
export const BreakdownQuery = z
  .object({ by: z.enum(BREAKDOWNS), ...rangeFields })
  .refine(fromNotAfterTo, { message: 'must not be after to', path: ['from'] });
export type BreakdownQuery = z.infer<typeof BreakdownQuery>;

export const BreakdownGroup = z.object({
  /** The group's value; a build's sales group as "build" by category and as null by a part's fields. */
  key: z.string().nullable(),
  salesCount: count,
  revenueCents: cents,
  /** Each sale's own profit (its refunds and returned goods included, whenever they came). */
  profitCents: cents,
  roi: ratio,
  averageDaysToSell: z.number().nullable(),
});
export const Breakdown = z.object({
  by: z.enum(BREAKDOWNS),
  from: IsoDate,
  to: IsoDate,
  groups: z.array(BreakdownGroup),
});
export type Breakdown = z.infer<typeof Breakdown>;

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '91-180', '181+'] as const;
export const Aging = z.object({
  /** Your date today: days held count to it. */
  today: IsoDate,
  buckets: z.array(z.object({ bucket: z.enum(AGING_BUCKETS), units: count, costCents: cents })),
  oldest: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      status: PartStatus,
      acquiredAt: IsoDate,
      daysHeld: count,
      costCents: cents,
      /** The web app's page of the part. */
      link: z.string(),
    }),
  ),
});
export type Aging = z.infer<typeof Aging>;

export const SoldBuild = z.object({
  saleId: z.number().int(),
  buildId: z.number().int().nullable(),
  name: z.string(),
  soldAt: IsoDate,
  costCents: cents,
  priceCents: cents,
  feesCents: cents,
  shippingCents: cents,
  profitCents: cents,
  /** From its first part's acquired date to the sale. */
  daysToSell: count.nullable(),
  /** Its parts at your own average sale price of the same part (catalog part, else name), where known. */
  partOut: z.object({
    pricedParts: count,
    unpricedParts: count,
    /** The sum of the priced parts' average prices; null when none is known. */
    valueCents: cents.nullable(),
  }),
});
export const BuildsAnalytics = z.object({ from: IsoDate, to: IsoDate, builds: z.array(SoldBuild) });
export type BuildsAnalytics = z.infer<typeof BuildsAnalytics>;
