import { createBrowserRouter } from 'react-router';
import { AppLoading } from '../components/AppLoading';
import { RequireAuth } from '../features/auth/RequireAuth';
import { AppLayout } from './AppLayout';
import { pages } from './pages';
import { RouteError } from './RouteError';

// Shown while the first page's code arrives; RequireAuth shows the same while it asks who is signed in,
// so the two waits look like one.
const loading = <AppLoading />;

export const router = createBrowserRouter([
  { path: '/sign-in', lazy: pages.signIn, errorElement: <RouteError />, hydrateFallbackElement: loading },
  { path: '/sign-up', lazy: pages.signUp, errorElement: <RouteError />, hydrateFallbackElement: loading },
  {
    path: '/',
    element: <RequireAuth>{(me) => <AppLayout me={me} />}</RequireAuth>,
    errorElement: <RouteError />,
    hydrateFallbackElement: loading,
    children: [
      { index: true, lazy: pages.dashboard },
      { path: 'inventory', lazy: pages.inventory },
      { path: 'inventory/new', lazy: pages.newPart },
      { path: 'inventory/import', lazy: pages.importParts },
      { path: 'inventory/:id', lazy: pages.part },
      { path: 'inventory/:id/edit', lazy: pages.editPart },
      { path: 'lots', lazy: pages.lots },
      { path: 'lots/new', lazy: pages.newLot },
      { path: 'lots/:id', lazy: pages.lot },
      { path: 'deals', lazy: pages.deals },
      { path: 'builds', lazy: pages.builds },
      { path: 'builds/:id', lazy: pages.build },
      { path: 'listings', lazy: pages.listings },
      { path: 'sales', lazy: pages.sales },
      { path: 'sales/pnl', lazy: pages.pnl },
      { path: 'sales/expenses', lazy: pages.expenses },
      { path: 'sales/:id', lazy: pages.sale },
      { path: 'analytics', lazy: pages.analytics },
      { path: 'reports', lazy: pages.reports },
      { path: 'assistant', lazy: pages.assistant },
      { path: 'billing', lazy: pages.billing },
      { path: 'account', lazy: pages.account },
      { path: 'admin', lazy: pages.admin },
      { path: '*', lazy: pages.notFound },
    ],
  },
]);
