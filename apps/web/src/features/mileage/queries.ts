import { irsMileageRate, type MileageRateList } from '@partwise/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const mileageQueries = {
  all: ['mileage-rates'] as const,
  list: () =>
    queryOptions({
      queryKey: mileageQueries.all,
      queryFn: () => api.get<MileageRateList>('/api/v1/mileage-rates'),
      staleTime: 60_000,
    }),
};

/**
 * The rate a trip on `date` is worked out at, as the server does: the user's own for the year, else the IRS
 * rate of the day. The IRS rate until the user's rates have loaded.
 */
export function useMileageRate(date: string): number {
  const rates = useQuery(mileageQueries.list());
  const own = rates.data?.items.find((y) => String(y.year) === date.slice(0, 4))?.ratePerMileTenthCents;
  return own ?? irsMileageRate(date).ratePerMileTenthCents;
}

/** Sets the user's own rate for a year (`rate`), or goes back to the IRS rate (`null`). */
export function useSaveMileageRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, rate }: { year: number; rate: number | null }) =>
      rate === null
        ? api.delete<MileageRateList>(`/api/v1/mileage-rates/${year}`)
        : api.put<MileageRateList>(`/api/v1/mileage-rates/${year}`, { ratePerMileTenthCents: rate }),
    onSuccess: (list) => queryClient.setQueryData(mileageQueries.all, list),
  });
}
