import type {
  FeePresetList,
  FeeRate,
  Listing,
  ListingCreate,
  ListingList,
  ListingUpdate,
  Platform,
} from '@partwise/shared';
import { DEFAULT_FEES } from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { useInvalidateSelling } from '../sales/queries';

export interface ListingsView {
  status: string;
  platform: string;
  page: number;
}

export const listingQueries = {
  all: ['listings'] as const,
  list: (view: ListingsView) =>
    queryOptions({
      queryKey: [...listingQueries.all, 'list', view] as const,
      queryFn: () => api.get<ListingList>(withQuery('/api/v1/listings', { ...view, pageSize: 50 })),
      placeholderData: keepPreviousData,
    }),
};

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

export function useSaveListing(id: number | null) {
  const invalidate = useInvalidateSelling();
  return useMutation({
    mutationFn: (body: ListingCreate | ListingUpdate) =>
      id === null
        ? api.post<Listing>('/api/v1/listings', body)
        : api.patch<Listing>(`/api/v1/listings/${id}`, body),
    onSuccess: invalidate,
  });
}

export type ListingMove = 'activate' | 'end' | 'delete';

/** Activate, end or delete: each can change the part's or build's status too. */
export function useMoveListing() {
  const invalidate = useInvalidateSelling();
  return useMutation({
    mutationFn: ({ id, move }: { id: number; move: ListingMove }) =>
      move === 'delete'
        ? api.delete(`/api/v1/listings/${id}`)
        : api.post<Listing>(`/api/v1/listings/${id}/${move}`),
    onSuccess: invalidate,
  });
}

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
