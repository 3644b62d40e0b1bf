import type { AdminAnalytics, AdminUser, AdminUserList, AdminUserUpdate, JobRunList } from '@partwise/shared';
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
  analytics: (range: { from: string; to: string }) =>
    queryOptions({
      queryKey: [...adminQueries.all, 'analytics', range] as const,
      queryFn: () => api.get<AdminAnalytics>(withQuery('/api/v1/admin/analytics', { ...range })),
      placeholderData: keepPreviousData,
    }),
  jobs: () =>
    queryOptions({
      queryKey: [...adminQueries.all, 'jobs'] as const,
      queryFn: () => api.get<JobRunList>('/api/v1/admin/jobs'),
    }),
};

/** Runs a scheduled job now; the answer is the job list with the new run on top. */
export function useRunJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<JobRunList>(`/api/v1/admin/jobs/${encodeURIComponent(name)}/run`),
    onSuccess: (list) => queryClient.setQueryData(adminQueries.jobs().queryKey, list),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: AdminUserUpdate }) =>
      api.patch<AdminUser>(`/api/v1/admin/users/${encodeURIComponent(id)}`, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminQueries.all }),
  });
}
