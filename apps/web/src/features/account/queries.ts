import type { CreatedToken, TokenCreate, TokenList } from '@partwise/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

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
