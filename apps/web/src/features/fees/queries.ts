import {
  DEFAULT_FEES,
  type Delivery,
  type FeePresetList,
  type FeeRate,
  type FeeRateUpdate,
  type Platform,
  rateOf,
} from '@partwise/shared';
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

/** The user's fee for a platform and delivery; the documented default until their presets have loaded. */
export function useFeeRate(platform: Platform, delivery: Delivery): FeeRate {
  const presets = useQuery(feePresetQueries.list());
  const preset = presets.data?.items.find((p) => p.platform === platform && p.delivery === delivery);
  return rateOf(preset ?? DEFAULT_FEES[platform][delivery]);
}

export interface FeeChange {
  platform: Platform;
  delivery: Delivery;
  /** The user's own rate, or null to go back to the documented default. */
  rate: FeeRateUpdate | null;
}

/** Sets a platform's fee for one delivery, or goes back to the default; listings show net after fees. */
export function useSaveFeePreset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ platform, delivery, rate }: FeeChange) =>
      rate === null
        ? api.delete(`/api/v1/fee-presets/${platform}/${delivery}`)
        : api.put<unknown>(`/api/v1/fee-presets/${platform}/${delivery}`, rate),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: feePresetQueries.all }),
        queryClient.invalidateQueries({ queryKey: listingQueries.all }),
      ]),
  });
}
