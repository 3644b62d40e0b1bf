import type { PaidPlanId, PlanList, RedirectUrl, Subscription } from '@partwise/shared';
import { queryOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const billingQueries = {
  all: ['billing'] as const,
  plans: () =>
    queryOptions({
      queryKey: [...billingQueries.all, 'plans'] as const,
      queryFn: () => api.get<PlanList>('/api/v1/billing/plans'),
      staleTime: 5 * 60_000,
    }),
  subscription: () =>
    queryOptions({
      queryKey: [...billingQueries.all, 'subscription'] as const,
      queryFn: () => api.get<Subscription>('/api/v1/billing/subscription'),
    }),
};

/** Checkout and the portal live on Stripe: the browser leaves for the address the server answers. */
export function useCheckout() {
  return useMutation({
    mutationFn: (plan: PaidPlanId) => api.post<RedirectUrl>('/api/v1/billing/checkout', { plan }),
    onSuccess: ({ url }) => window.location.assign(url),
  });
}

export function usePortal() {
  return useMutation({
    mutationFn: () => api.post<RedirectUrl>('/api/v1/billing/portal'),
    onSuccess: ({ url }) => window.location.assign(url),
  });
}

export const PLAN_NAMES = { free: 'Free', pro: 'Pro', business: 'Business' } as const;
