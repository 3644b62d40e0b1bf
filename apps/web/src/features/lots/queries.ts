import type { HistoryEntry, Lot, LotCreate, LotUpdate, LotWithParts } from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { buildQueries } from '../builds/queries';
import { partQueries } from '../inventory/queries';

export const LOTS_PAGE_SIZE = 25;

interface LotPage {
  items: Lot[];
  total: number;
  page: number;
  pageSize: number;
}

export const lotQueries = {
  all: ['lots'] as const,
  list: (page: number) =>
    queryOptions({
      queryKey: [...lotQueries.all, 'list', page] as const,
      queryFn: () => api.get<LotPage>(withQuery('/api/v1/lots', { page, pageSize: LOTS_PAGE_SIZE })),
      placeholderData: keepPreviousData,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...lotQueries.all, 'detail', id] as const,
      queryFn: () => api.get<LotWithParts>(`/api/v1/lots/${id}`),
    }),
  history: (id: number) =>
    queryOptions({
      queryKey: [...lotQueries.all, 'detail', id, 'history'] as const,
      queryFn: () => api.get<{ items: HistoryEntry[] }>(`/api/v1/lots/${id}/history`),
    }),
};

/** A lot's change reaches its parts' costs, so parts and builds (their money) are read again. */
function useInvalidateLots() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: lotQueries.all }),
      queryClient.invalidateQueries({ queryKey: partQueries.all }),
      queryClient.invalidateQueries({ queryKey: buildQueries.all }),
    ]);
}

export function useCreateLot() {
  const invalidate = useInvalidateLots();
  return useMutation({
    mutationFn: (body: LotCreate) => api.post<LotWithParts>('/api/v1/lots', body),
    onSuccess: invalidate,
  });
}

export function useUpdateLot(id: number) {
  const invalidate = useInvalidateLots();
  return useMutation({
    mutationFn: (body: LotUpdate) => api.patch<LotWithParts>(`/api/v1/lots/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteLot(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (parts: 'delete' | 'keep') => api.delete(`/api/v1/lots/${id}?parts=${parts}`),
    onSuccess: () => {
      // The lot's page is still open until the caller navigates away: the lot's queries are marked stale but
      // not fetched again (removing them would make the open page fetch the deleted lot).
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: lotQueries.all, refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: partQueries.all }),
        queryClient.invalidateQueries({ queryKey: buildQueries.all }),
      ]);
    },
  });
}
