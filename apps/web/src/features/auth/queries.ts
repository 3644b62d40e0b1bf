import type { AppAddress, Me } from '@partwise/shared';
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

/** Where the app is served; public, so the sign-in page can tell a visitor at another address where to go. */
export const appAddressQuery = () =>
  queryOptions({
    queryKey: ['app-address'] as const,
    queryFn: () => api.get<AppAddress>('/api/app-address'),
    staleTime: Number.POSITIVE_INFINITY,
  });
