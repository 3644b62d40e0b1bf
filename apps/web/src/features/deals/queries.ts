import type {
  DealBuy,
  DealCheck,
  DealCheckRequest,
  DealList,
  DealPreferences,
  DealSince,
  LotWithParts,
} from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { partQueries } from '../inventory/queries';
import { lotQueries } from '../lots/queries';

export const DEALS_PAGE_SIZE = 10;

export const dealQueries = {
  all: ['deals'] as const,
  list: (page: number) =>
    queryOptions({
      queryKey: [...dealQueries.all, 'list', page] as const,
      queryFn: () => api.get<DealList>(withQuery('/api/v1/deals', { page, pageSize: DEALS_PAGE_SIZE })),
      placeholderData: keepPreviousData,
    }),
  preferences: () =>
    queryOptions({
      queryKey: [...dealQueries.all, 'preferences'] as const,
      queryFn: () => api.get<DealPreferences>('/api/v1/deals/preferences'),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...dealQueries.all, 'detail', id] as const,
      queryFn: () => api.get<DealCheck>(`/api/v1/deals/${id}`),
    }),
  since: (id: number) =>
    queryOptions({
      queryKey: [...dealQueries.all, 'since', id] as const,
      queryFn: () => api.get<DealSince>(`/api/v1/deals/${id}/since`),
    }),
};

export function useCheckDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealCheckRequest) => api.post<DealCheck>('/api/v1/deals/check', body),
    onSuccess: (deal) => {
      queryClient.setQueryData(dealQueries.detail(deal.id).queryKey, deal);
      return queryClient.invalidateQueries({ queryKey: [...dealQueries.all, 'list'] });
    },
  });
}

/** Buying makes a lot and parts: those lists are read again. */
export function useBuyDeal(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealBuy) =>
      api.post<{ deal: DealCheck; lot: LotWithParts }>(`/api/v1/deals/${id}/buy`, body),
    onSuccess: ({ deal }) => {
      queryClient.setQueryData(dealQueries.detail(deal.id).queryKey, deal);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...dealQueries.all, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [...dealQueries.all, 'since', deal.id] }),
        queryClient.invalidateQueries({ queryKey: lotQueries.all }),
        queryClient.invalidateQueries({ queryKey: partQueries.all }),
      ]);
    },
  });
}

export function useSetDealPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealPreferences) => api.patch<DealPreferences>('/api/v1/deals/preferences', body),
    onSuccess: (saved) => queryClient.setQueryData(dealQueries.preferences().queryKey, saved),
  });
}
