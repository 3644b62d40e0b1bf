import type { TaxYearReport } from '@partwise/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { pnlQueries } from '../sales/queries';

/** Under the P&L's key: a sale, refund or expense recorded anywhere refreshes the report. */
export const reportQueries = {
  all: [...pnlQueries.all, 'reports'] as const,
  taxYear: (year: number) =>
    queryOptions({
      queryKey: [...reportQueries.all, 'tax-year', year] as const,
      queryFn: () => api.get<TaxYearReport>(withQuery('/api/v1/reports/tax-year', { year })),
      placeholderData: keepPreviousData,
    }),
};

export const taxYearCsvUrl = (year: number) => withQuery('/api/v1/reports/tax-year.csv', { year });

/**
 * The year a report most likely is wanted for: last year until the end of April (the season for filing
 * it), this year after that.
 */
export function defaultTaxYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 4 ? year - 1 : year;
}

/** The years offered: this one and the nine before. */
export function taxYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => year - i);
}
