import type { IconName } from '../components/Icon';
import type { PageName } from './pages';

export interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  /** The page behind the link, fetched ahead when the pointer or focus reaches it. */
  page: PageName;
  adminOnly?: boolean;
}

export const NAV_SECTIONS: { title: string; items: NavItem[] }[] = [
  {
    title: 'Work',
    items: [
      { to: '/', label: 'Dashboard', icon: 'home', page: 'dashboard' },
      { to: '/inventory', label: 'Inventory', icon: 'cube', page: 'inventory' },
      { to: '/lots', label: 'Lots', icon: 'bag', page: 'lots' },
      { to: '/deals', label: 'Deal check', icon: 'search', page: 'deals' },
      { to: '/builds', label: 'Builds', icon: 'wrench', page: 'builds' },
      { to: '/listings', label: 'Listings', icon: 'tag', page: 'listings' },
      { to: '/sales', label: 'Sales', icon: 'dollar', page: 'sales' },
    ],
  },
  {
    title: 'Insight',
    items: [
      { to: '/analytics', label: 'Analytics', icon: 'chart', page: 'analytics' },
      { to: '/reports', label: 'Reports', icon: 'document', page: 'reports' },
      { to: '/assistant', label: 'AI assistant', icon: 'sparkles', page: 'assistant' },
    ],
  },
  {
    title: 'Settings',
    items: [
      { to: '/billing', label: 'Billing', icon: 'card', page: 'billing' },
      { to: '/account', label: 'Account', icon: 'user', page: 'account' },
      { to: '/admin', label: 'Admin', icon: 'shield', page: 'admin', adminOnly: true },
    ],
  },
];
