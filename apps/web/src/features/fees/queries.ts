import { DEFAULT_FEES, type FeePresetList, type FeeRate, type Platform } from '@partwise/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { listingQueries } from '../listings/queries';

export const feePresetQueries = {
  all: ['fee-presets'] as const,
  list: () =>
    queryOptions({
      queryKey: feePresetQueries.all,
      queryFn: () => api.get<FeePresetList>('/api/v1/fee-presets'),
      staleTime: 60_000,
    }),
};

/** The user's fee for a platform; the shipped default until their presets have loaded. */
export function useFeeRate(platform: Platform): FeeRate {
  const presets = useQuery(feePresetQueries.list());
  const preset = presets.data?.items.find((p) => p.platform === platform);
  return preset ?? DEFAULT_FEES[platform];
}

/** Sets a platform's fee (`rate`) or goes back to the documented default (`null`); listings show net after fees. */
export function useSaveFeePreset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ platform, rate }: { platform: Platform; rate: FeeRate | null }) =>
      rate === null
        ? api.delete(`/api/v1/fee-presets/${platform}`)
        : api.put<unknown>(`/api/v1/fee-presets/${platform}`, rate),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: feePresetQueries.all }),
        queryClient.invalidateQueries({ queryKey: listingQueries.all }),
      ]),
  });
}
