import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AdminPage } from '../features/admin/AdminPage';
import { AnalyticsPage } from '../features/analytics/AnalyticsPage';
import { AssistantPage } from '../features/assistant/AssistantPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { BillingPage } from '../features/billing/BillingPage';
import { BuildsPage } from '../features/builds/BuildsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { ListingsPage } from '../features/listings/ListingsPage';
import { SalesPage } from '../features/sales/SalesPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  { path: '/sign-up', element: <SignUpPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: <RequireAuth>{(me) => <AppLayout me={me} />}</RequireAuth>,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'inventory', element: <InventoryPage /> },
      { path: 'builds', element: <BuildsPage /> },
      { path: 'listings', element: <ListingsPage /> },
      { path: 'sales', element: <SalesPage /> },
      { path: 'analytics', element: <AnalyticsPage /> },
      { path: 'assistant', element: <AssistantPage /> },
      { path: 'billing', element: <BillingPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
