import type { Me } from '@partwise/shared';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { AppLoading } from '../../components/AppLoading';
import { ErrorState } from '../../components/states';
import { isApiError } from '../../lib/api';
import { useMe } from './queries';

/** Renders its children with the signed-in user, or sends a signed-out visitor to sign in and back. */
export function RequireAuth({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return <AppLoading />;
  }
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const here = `${location.pathname}${location.search}`;
      const to = here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
      return <Navigate to={to} replace />;
    }
    return (
      <div className="mx-auto max-w-lg p-6 pt-24">
        <ErrorState
          error={me.error}
          onRetry={() => void me.refetch()}
          title="Your account could not be loaded"
        />
      </div>
    );
  }
  return <>{children(me.data)}</>;
}
