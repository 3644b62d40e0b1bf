import type { Listing, ListingCreate, ListingList, ListingUpdate } from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { useInvalidateSelling } from '../sales/queries';

export interface ListingsView {
  status: string;
  platform: string;
  page: number;
}

export const listingQueries = {
  all: ['listings'] as const,
  /** The newest listing of a part or a build, whatever its platform: its text carries over to the next. */
  latestOf: (thing: { partId?: number | undefined; buildId?: number | undefined }) =>
    queryOptions({
      queryKey: [...listingQueries.all, 'latest', thing] as const,
      queryFn: async () =>
        (await api.get<ListingList>(withQuery('/api/v1/listings', { ...thing, pageSize: 1 }))).items[0] ??
        null,
    }),
  list: (view: ListingsView) =>
    queryOptions({
      queryKey: [...listingQueries.all, 'list', view] as const,
      queryFn: () => api.get<ListingList>(withQuery('/api/v1/listings', { ...view, pageSize: 50 })),
      placeholderData: keepPreviousData,
    }),
};

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
    mutationFn: ({ id, move, overrideReason }: { id: number; move: ListingMove; overrideReason?: string }) =>
      move === 'delete'
        ? api.delete(`/api/v1/listings/${id}`)
        : api.post<Listing>(
            `/api/v1/listings/${id}/${move}`,
            overrideReason ? { overrideReason } : undefined,
          ),
    onSuccess: invalidate,
  });
}
