import type { CreatedToken, Me, MeUpdate, TokenCreate, TokenList } from '@partwise/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { accountQueries } from '../auth/queries';

export const tokenQueries = {
  all: ['tokens'] as const,
  list: () =>
    queryOptions({
      queryKey: [...tokenQueries.all, 'list'] as const,
      queryFn: () => api.get<TokenList>('/api/v1/tokens'),
    }),
};

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreate) => api.post<CreatedToken>('/api/v1/tokens', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenQueries.all }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenQueries.all }),
  });
}

/** Name and time zone; the answer replaces who we are, so "today" moves to the new zone at once. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeUpdate) => api.patch<Me>('/api/v1/me', body),
    onSuccess: (me) => queryClient.setQueryData(accountQueries.me().queryKey, me),
  });
}
