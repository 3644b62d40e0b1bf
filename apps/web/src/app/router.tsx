import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AdminPage } from '../features/admin/AdminPage';
import { AnalyticsPage } from '../features/analytics/AnalyticsPage';
import { AssistantPage } from '../features/assistant/AssistantPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { BillingPage } from '../features/billing/BillingPage';
import { BuildPage } from '../features/builds/BuildPage';
import { BuildsPage } from '../features/builds/BuildsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EditPartPage } from '../features/inventory/EditPartPage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { ImportPage } from '../features/inventory/import/ImportPage';
import { NewPartPage } from '../features/inventory/NewPartPage';
import { PartPage } from '../features/inventory/PartPage';
import { ListingsPage } from '../features/listings/ListingsPage';
import { LotPage } from '../features/lots/LotPage';
import { LotsPage } from '../features/lots/LotsPage';
import { NewLotPage } from '../features/lots/NewLotPage';
import { ExpensesPage } from '../features/sales/ExpensesPage';
import { PnlPage } from '../features/sales/PnlPage';
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
      { path: 'inventory/new', element: <NewPartPage /> },
      { path: 'inventory/import', element: <ImportPage /> },
      { path: 'inventory/:id', element: <PartPage /> },
      { path: 'inventory/:id/edit', element: <EditPartPage /> },
      { path: 'lots', element: <LotsPage /> },
      { path: 'lots/new', element: <NewLotPage /> },
      { path: 'lots/:id', element: <LotPage /> },
      { path: 'builds', element: <BuildsPage /> },
      { path: 'builds/:id', element: <BuildPage /> },
      { path: 'listings', element: <ListingsPage /> },
      { path: 'sales', element: <SalesPage /> },
      { path: 'sales/pnl', element: <PnlPage /> },
      { path: 'sales/expenses', element: <ExpensesPage /> },
      { path: 'analytics', element: <AnalyticsPage /> },
      { path: 'assistant', element: <AssistantPage /> },
      { path: 'billing', element: <BillingPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
