import type { Me, SignIn, SignUp } from '@partwise/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { accountQueries } from './queries';

/** Only same-site paths may be returned to after sign-in (no open redirect to //evil.example). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//')) return '/';
  return next;
}

/** Signs in (or up), loads who we are, then goes where the person was heading. */
function useSessionStart<T>(path: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async ({ body }: { body: T; next: string }) => {
      await api.post(path, body);
      return api.get<Me>('/api/v1/me');
    },
    onSuccess: async (me, { next }) => {
      queryClient.removeQueries();
      queryClient.setQueryData(accountQueries.me().queryKey, me);
      await navigate(next, { replace: true });
    },
  });
}

export const useSignIn = () => useSessionStart<SignIn>('/api/auth/sign-in/email');
/** Sign-up also carries the browser's time zone, which the new account starts in. */
export const useSignUp = () => useSessionStart<SignUp & { timezone: string }>('/api/auth/sign-up/email');

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post('/api/auth/sign-out', {}),
    onSuccess: async () => {
      await navigate('/sign-in', { replace: true });
      queryClient.clear();
    },
  });
}
