import type { Me } from '@partwise/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const accountQueries = {
  all: ['account'] as const,
  me: () =>
    queryOptions({
      queryKey: [...accountQueries.all, 'me'] as const,
      queryFn: () => api.get<Me>('/api/v1/me'),
    }),
};

export function useMe() {
  return useQuery(accountQueries.me());
}

/** The signed-in user, for pages under <RequireAuth>, which only renders them once it is known. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser is only for pages behind <RequireAuth>');
  return data;
}
