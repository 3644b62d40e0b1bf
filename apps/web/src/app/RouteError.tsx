import { useRouteError } from 'react-router';
import { ErrorState } from '../components/states';

/** Last resort for a page that crashed while rendering: say so, and offer a reload. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div className="mx-auto max-w-lg p-6 pt-24">
      <ErrorState error={error} title="This page failed to load" onRetry={() => window.location.reload()} />
    </div>
  );
}
