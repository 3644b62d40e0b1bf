import type {
  AdminAnalytics,
  AdminComp,
  AdminUser,
  AdminUserList,
  AdminUserSort,
  AdminUserUpdate,
  AuditList,
  JobRunList,
  SystemInfo,
} from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';

export interface UserFilters {
  q: string;
  page: number;
  sort: AdminUserSort;
}

export const PAGE_SIZE = 25;

export const adminQueries = {
  all: ['admin'] as const,
  users: (filters: UserFilters) =>
    queryOptions({
      queryKey: [...adminQueries.all, 'users', filters] as const,
      queryFn: () =>
        api.get<AdminUserList>(
          withQuery('/api/v1/admin/users', {
            q: filters.q,
            page: filters.page,
            sort: filters.sort,
            pageSize: PAGE_SIZE,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  audit: (filters: { q: string; page: number }) =>
    queryOptions({
      queryKey: [...adminQueries.all, 'audit', filters] as const,
      queryFn: () =>
        api.get<AuditList>(
          withQuery('/api/v1/admin/audit', { q: filters.q, page: filters.page, pageSize: PAGE_SIZE }),
        ),
      placeholderData: keepPreviousData,
    }),
  system: () =>
    queryOptions({
      queryKey: [...adminQueries.all, 'system'] as const,
      queryFn: () => api.get<SystemInfo>('/api/v1/admin/system'),
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

const userPath = (id: string) => `/api/v1/admin/users/${encodeURIComponent(id)}`;

/** Every admin action on a user answers the user as the list shows them; the lists and the log refresh. */
function useAdminAction<V>(fn: (vars: V) => Promise<AdminUser>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminQueries.all }),
  });
}

export const useUpdateUser = () =>
  useAdminAction(({ id, change }: { id: string; change: AdminUserUpdate }) =>
    api.patch<AdminUser>(userPath(id), change),
  );

export const useCompUser = () =>
  useAdminAction(({ id, comp }: { id: string; comp: AdminComp | null }) =>
    comp ? api.put<AdminUser>(`${userPath(id)}/comp`, comp) : api.delete<AdminUser>(`${userPath(id)}/comp`),
  );

export const useResetUsage = () =>
  useAdminAction(({ id }: { id: string }) => api.post<AdminUser>(`${userPath(id)}/usage-reset`));
