import type {
  Expense,
  ExpenseCreate,
  ExpenseList,
  ExpenseUpdate,
  HistoryEntry,
  Pnl,
  Sale,
  SaleCreate,
  SaleDetail,
  SaleList,
  SaleRefundCreate,
  SaleUpdate,
  SaleVoid,
} from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { buildQueries } from '../builds/queries';
import { partQueries } from '../inventory/queries';
import { listingQueries } from '../listings/queries';

export const SALES_PAGE_SIZE = 50;

export interface SalesView {
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  /** Only the voided sales. */
  voided?: 'true' | undefined;
}

export interface PnlRange {
  from?: string | undefined;
  to?: string | undefined;
}

export const saleQueries = {
  all: ['sales'] as const,
  list: (view: SalesView) =>
    queryOptions({
      queryKey: [...saleQueries.all, 'list', view] as const,
      queryFn: () => api.get<SaleList>(withQuery('/api/v1/sales', { ...view, pageSize: SALES_PAGE_SIZE })),
      placeholderData: keepPreviousData,
    }),
  /** The newest live sale of a part (alone or in a build). */
  ofPart: (partId: number) =>
    queryOptions({
      queryKey: [...saleQueries.all, 'ofPart', partId] as const,
      queryFn: () => api.get<SaleList>(withQuery('/api/v1/sales', { partId, pageSize: 1 })),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...saleQueries.all, 'detail', id] as const,
      queryFn: () => api.get<SaleDetail>(`/api/v1/sales/${id}`),
    }),
  history: (id: number) =>
    queryOptions({
      queryKey: [...saleQueries.all, 'history', id] as const,
      queryFn: () => api.get<{ items: HistoryEntry[] }>(`/api/v1/sales/${id}/history`),
    }),
};

/** The ledger's rows as a CSV file, with the same filters. */
export const salesExportUrl = (view: Omit<SalesView, 'page'>) =>
  withQuery('/api/v1/sales/export.csv', { ...view });

export const pnlQueries = {
  all: ['pnl'] as const,
  range: (range: PnlRange) =>
    queryOptions({
      queryKey: [...pnlQueries.all, range] as const,
      queryFn: () => api.get<Pnl>(withQuery('/api/v1/pnl', { ...range })),
      placeholderData: keepPreviousData,
    }),
};

export const expenseQueries = {
  all: ['expenses'] as const,
  list: (view: SalesView) =>
    queryOptions({
      queryKey: [...expenseQueries.all, 'list', view] as const,
      queryFn: () =>
        api.get<ExpenseList>(withQuery('/api/v1/expenses', { ...view, pageSize: SALES_PAGE_SIZE })),
      placeholderData: keepPreviousData,
    }),
};

/**
 * A sale or refund moves parts and builds between statuses, ends listings and changes every money
 * figure: all of those lists and summaries are refreshed.
 */
export function useInvalidateSelling() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [partQueries.all, buildQueries.all, listingQueries.all, saleQueries.all, pnlQueries.all].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateSale() {
  const invalidate = useInvalidateSelling();
  return useMutation({
    mutationFn: (body: SaleCreate) => api.post<Sale>('/api/v1/sales', body),
    onSuccess: invalidate,
  });
}

export function useRefundSale(id: number) {
  const invalidate = useInvalidateSelling();
  return useMutation({
    mutationFn: (body: SaleRefundCreate) => api.post<Sale>(`/api/v1/sales/${id}/refund`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateSale(id: number) {
  const invalidate = useInvalidateSelling();
  return useMutation({
    mutationFn: (body: SaleUpdate) => api.patch<SaleDetail>(`/api/v1/sales/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useVoidSale(id: number) {
  const invalidate = useInvalidateSelling();
  return useMutation({
    mutationFn: (body: SaleVoid) => api.post<SaleDetail>(`/api/v1/sales/${id}/void`, body),
    onSuccess: invalidate,
  });
}

function useInvalidateExpenses() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: expenseQueries.all }),
      queryClient.invalidateQueries({ queryKey: pnlQueries.all }),
    ]);
}

export function useSaveExpense(id: number | null) {
  const invalidate = useInvalidateExpenses();
  return useMutation({
    mutationFn: (body: ExpenseCreate | ExpenseUpdate) =>
      id === null
        ? api.post<Expense>('/api/v1/expenses', body)
        : api.patch<Expense>(`/api/v1/expenses/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteExpense() {
  const invalidate = useInvalidateExpenses();
  return useMutation({
    mutationFn: (id: number) => api.delete(`/api/v1/expenses/${id}`),
    onSuccess: invalidate,
  });
}
