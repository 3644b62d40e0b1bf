import type { AdminUser, AdminUserList, AdminUserUpdate } from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';

export interface UserFilters {
  q: string;
  page: number;
}

export const PAGE_SIZE = 25;

export const adminQueries = {
  all: ['admin'] as const,
  users: (filters: UserFilters) =>
    queryOptions({
      queryKey: [...adminQueries.all, 'users', filters] as const,
      queryFn: () =>
        api.get<AdminUserList>(
          withQuery('/api/v1/admin/users', { q: filters.q, page: filters.page, pageSize: PAGE_SIZE }),
        ),
      placeholderData: keepPreviousData,
    }),
};

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: AdminUserUpdate }) =>
      api.patch<AdminUser>(`/api/v1/admin/users/${encodeURIComponent(id)}`, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminQueries.all }),
  });
}
