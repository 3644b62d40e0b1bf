import type { ComponentType } from 'react';

/** What a lazy route resolves to (React Router's `lazy`). */
type PageModule = () => Promise<{ Component: ComponentType }>;

/**
 * Each page is its own chunk, fetched when it is first opened: the first page loads only its own
 * code. Import promises are cached, so calling a loader again (to preload) costs nothing.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): PageModule {
  return () => load().then((module) => ({ Component: module[name] }));
}

export const pages = {
  signIn: page(() => import('../features/auth/SignInPage'), 'SignInPage'),
  signUp: page(() => import('../features/auth/SignUpPage'), 'SignUpPage'),
  dashboard: page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage'),
  inventory: page(() => import('../features/inventory/InventoryPage'), 'InventoryPage'),
  newPart: page(() => import('../features/inventory/NewPartPage'), 'NewPartPage'),
  importParts: page(() => import('../features/inventory/import/ImportPage'), 'ImportPage'),
  part: page(() => import('../features/inventory/PartPage'), 'PartPage'),
  editPart: page(() => import('../features/inventory/EditPartPage'), 'EditPartPage'),
  lots: page(() => import('../features/lots/LotsPage'), 'LotsPage'),
  newLot: page(() => import('../features/lots/NewLotPage'), 'NewLotPage'),
  lot: page(() => import('../features/lots/LotPage'), 'LotPage'),
  deals: page(() => import('../features/deals/DealCheckPage'), 'DealCheckPage'),
  builds: page(() => import('../features/builds/BuildsPage'), 'BuildsPage'),
  build: page(() => import('../features/builds/BuildPage'), 'BuildPage'),
  listings: page(() => import('../features/listings/ListingsPage'), 'ListingsPage'),
  sales: page(() => import('../features/sales/SalesPage'), 'SalesPage'),
  sale: page(() => import('../features/sales/SalePage'), 'SalePage'),
  pnl: page(() => import('../features/sales/PnlPage'), 'PnlPage'),
  expenses: page(() => import('../features/sales/ExpensesPage'), 'ExpensesPage'),
  analytics: page(() => import('../features/analytics/AnalyticsPage'), 'AnalyticsPage'),
  reports: page(() => import('../features/reports/ReportsPage'), 'ReportsPage'),
  assistant: page(() => import('../features/assistant/AssistantPage'), 'AssistantPage'),
  billing: page(() => import('../features/billing/BillingPage'), 'BillingPage'),
  account: page(() => import('../features/account/AccountPage'), 'AccountPage'),
  admin: page(() => import('../features/admin/AdminPage'), 'AdminPage'),
  notFound: page(() => import('./NotFoundPage'), 'NotFoundPage'),
} satisfies Record<string, PageModule>;

export type PageName = keyof typeof pages;

/** Fetches a page's code ahead of a likely visit (a pointer over its link, or focus on it). */
export function preloadPage(name: PageName): void {
  pages[name]().catch(() => {
    // A failed preload is retried by the navigation itself, which shows the error if it fails again.
  });
}
