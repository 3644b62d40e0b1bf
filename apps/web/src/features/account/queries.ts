import type {
  CreatedToken,
  EmailChange,
  HistoryEntry,
  Me,
  MeUpdate,
  PasswordChange,
  SessionList,
  TokenCreate,
  TokenList,
} from '@partwise/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
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
    onSuccess: (me) => {
      queryClient.setQueryData(accountQueries.me().queryKey, me);
      void queryClient.invalidateQueries({ queryKey: accountHistoryQueries.all });
    },
  });
}

export const sessionQueries = {
  all: ['sessions'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sessionQueries.all, 'list'] as const,
      queryFn: () => api.get<SessionList>('/api/v1/sessions'),
    }),
};

export const accountHistoryQueries = {
  all: ['account-history'] as const,
  list: () =>
    queryOptions({
      queryKey: [...accountHistoryQueries.all, 'list'] as const,
      queryFn: () => api.get<{ items: HistoryEntry[] }>('/api/v1/me/history'),
    }),
};

/** Whatever changed the account or its sessions shows in the sessions list and the history. */
function useAccountChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sessionQueries.all }),
      queryClient.invalidateQueries({ queryKey: accountHistoryQueries.all }),
    ]);
}

/** The sign-in email, confirmed with the password. */
export function useChangeEmail() {
  const queryClient = useQueryClient();
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: (body: EmailChange) => api.post<Me>('/api/v1/me/email', body),
    onSuccess: async (me) => {
      queryClient.setQueryData(accountQueries.me().queryKey, me);
      await changed();
    },
  });
}

/** better-auth's own endpoint: it checks the current password and may sign the other sessions out. */
export function useChangePassword() {
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: (body: PasswordChange) => api.post('/api/auth/change-password', body),
    onSuccess: changed,
  });
}

export function useRevokeSession() {
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/sessions/${encodeURIComponent(id)}`),
    onSuccess: changed,
  });
}

export function useSignOutOthers() {
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: () => api.post('/api/auth/revoke-other-sessions', {}),
    onSuccess: changed,
  });
}

/** Every session ends, this one too: back to the sign-in page with nothing cached. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post('/api/auth/revoke-sessions', {}),
    onSuccess: async () => {
      await navigate('/sign-in', { replace: true });
      queryClient.clear();
    },
  });
}
