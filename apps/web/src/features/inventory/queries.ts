import type {
  CatalogList,
  HistoryEntry,
  InventorySummary,
  Part,
  PartBulk,
  PartCreate,
  PartList,
  PartUpdate,
  PartValuation,
  PartValueList,
  StockWorth,
} from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { type InventoryView, listParams } from './view';

export const partQueries = {
  all: ['parts'] as const,
  lists: () => [...partQueries.all, 'list'] as const,
  list: (view: InventoryView) =>
    queryOptions({
      queryKey: [...partQueries.lists(), view] as const,
      queryFn: () => api.get<PartList>(withQuery('/api/v1/parts', listParams(view))),
      placeholderData: keepPreviousData,
    }),
  /** Values of a page's parts: one request per page, kept under the lists so what changes parts refreshes it. */
  values: (ids: number[]) =>
    queryOptions({
      queryKey: [...partQueries.lists(), 'values', ids] as const,
      queryFn: () => api.get<PartValueList>(withQuery('/api/v1/parts/values', { ids: ids.join(',') })),
      enabled: ids.length > 0,
      placeholderData: keepPreviousData,
    }),
  /** What the stock is estimated to be worth against its cost (the dashboard). */
  worth: () =>
    queryOptions({
      queryKey: [...partQueries.all, 'worth'] as const,
      queryFn: () => api.get<StockWorth>('/api/v1/parts/worth'),
    }),
  summary: () =>
    queryOptions({
      queryKey: [...partQueries.all, 'summary'] as const,
      queryFn: () => api.get<InventorySummary>('/api/v1/parts/summary'),
    }),
  /** The key prefix of one part's queries (the part, its history, its photos). */
  details: (id: number) => [...partQueries.all, 'detail', id] as const,
  detail: (id: number) =>
    queryOptions({
      queryKey: partQueries.details(id),
      queryFn: () => api.get<Part>(`/api/v1/parts/${id}`),
    }),
  valuation: (id: number) =>
    queryOptions({
      queryKey: [...partQueries.details(id), 'valuation'] as const,
      queryFn: () => api.get<PartValuation>(`/api/v1/parts/${id}/valuation`),
    }),
  history: (id: number) =>
    queryOptions({
      queryKey: [...partQueries.details(id), 'history'] as const,
      queryFn: () => api.get<{ items: HistoryEntry[] }>(`/api/v1/parts/${id}/history`),
    }),
};

export const catalogQueries = {
  all: ['catalog'] as const,
  search: (q: string, category?: string) =>
    queryOptions({
      queryKey: [...catalogQueries.all, 'search', { q, category }] as const,
      queryFn: () => api.get<CatalogList>(withQuery('/api/v1/catalog', { q, category, pageSize: 8 })),
      placeholderData: keepPreviousData,
      staleTime: 5 * 60_000,
    }),
};

/** Any change to a part can move it between lists, change the summary and add to its history. */
function useInvalidateParts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partQueries.all });
}

export function useCreatePart() {
  const invalidate = useInvalidateParts();
  return useMutation({
    mutationFn: (body: PartCreate) => api.post<Part>('/api/v1/parts', body),
    onSuccess: invalidate,
  });
}

export function useUpdatePart() {
  const invalidate = useInvalidateParts();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: PartUpdate }) =>
      api.patch<Part>(`/api/v1/parts/${id}`, change),
    onSuccess: invalidate,
  });
}

export function useDeletePart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete(`/api/v1/parts/${id}`),
    // The deleted part's own queries are not refetched (that would only answer 404), nor dropped: its page
    // stays on screen until the next page's code arrives, and would ask again. They expire unused.
    onSuccess: (_data, id) => {
      void queryClient.cancelQueries({ queryKey: partQueries.details(id) });
      return queryClient.invalidateQueries({
        queryKey: partQueries.all,
        predicate: (query) => query.queryKey[1] !== 'detail',
      });
    },
  });
}

export function useBulkParts() {
  const invalidate = useInvalidateParts();
  return useMutation({
    mutationFn: (body: PartBulk) => api.post<{ updated: number }>('/api/v1/parts/bulk', body),
    onSuccess: invalidate,
  });
}
