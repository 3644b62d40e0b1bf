import type { IconName } from '../components/Icon';

export interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  adminOnly?: boolean;
}

export const NAV_SECTIONS: { title: string; items: NavItem[] }[] = [
  {
    title: 'Work',
    items: [
      { to: '/', label: 'Dashboard', icon: 'home' },
      { to: '/inventory', label: 'Inventory', icon: 'cube' },
      { to: '/lots', label: 'Lots', icon: 'bag' },
      { to: '/builds', label: 'Builds', icon: 'wrench' },
      { to: '/listings', label: 'Listings', icon: 'tag' },
      { to: '/sales', label: 'Sales', icon: 'dollar' },
    ],
  },
  {
    title: 'Insight',
    items: [
      { to: '/analytics', label: 'Analytics', icon: 'chart' },
      { to: '/assistant', label: 'AI assistant', icon: 'sparkles' },
    ],
  },
  {
    title: 'Settings',
    items: [
      { to: '/billing', label: 'Billing', icon: 'card' },
      { to: '/account', label: 'Account', icon: 'user' },
      { to: '/admin', label: 'Admin', icon: 'shield', adminOnly: true },
    ],
  },
];
