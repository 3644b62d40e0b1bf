import type { Lot, LotCreate, LotWithParts } from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
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
};

export function useCreateLot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LotCreate) => api.post<LotWithParts>('/api/v1/lots', body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: lotQueries.all }),
        queryClient.invalidateQueries({ queryKey: partQueries.all }),
      ]),
  });
}
