import type { Aging, AnalyticsSummary, Breakdown, Granularity, Timeseries } from '@partwise/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import type { DateRange } from '../../lib/date-range';
import { pnlQueries } from '../sales/queries';

export type BreakdownBy = Breakdown['by'];

/**
 * Analytics read the same ledger as the P&L: they sit under its key, so whatever refreshes it (a sale
 * recorded, corrected, refunded or voided, an expense) refreshes them too.
 */
export const analyticsQueries = {
  all: [...pnlQueries.all, 'analytics'] as const,
  summary: (range: DateRange) =>
    queryOptions({
      queryKey: [...analyticsQueries.all, 'summary', range] as const,
      queryFn: () => api.get<AnalyticsSummary>(withQuery('/api/v1/analytics/summary', { ...range })),
      placeholderData: keepPreviousData,
    }),
  timeseries: (range: DateRange, granularity: Granularity) =>
    queryOptions({
      queryKey: [...analyticsQueries.all, 'timeseries', range, granularity] as const,
      queryFn: () =>
        api.get<Timeseries>(withQuery('/api/v1/analytics/timeseries', { ...range, granularity })),
      placeholderData: keepPreviousData,
    }),
  breakdown: (range: DateRange, by: BreakdownBy) =>
    queryOptions({
      queryKey: [...analyticsQueries.all, 'breakdown', range, by] as const,
      queryFn: () => api.get<Breakdown>(withQuery('/api/v1/analytics/breakdown', { ...range, by })),
      placeholderData: keepPreviousData,
    }),
  aging: () =>
    queryOptions({
      queryKey: [...analyticsQueries.all, 'aging'] as const,
      queryFn: () => api.get<Aging>('/api/v1/analytics/aging'),
    }),
};
