import { NavLink } from 'react-router';

const TABS = [
  { to: '/sales', label: 'Ledger' },
  { to: '/sales/pnl', label: 'Profit and loss' },
  { to: '/sales/expenses', label: 'Expenses' },
];

/** The three views of the money: each sale, the period's result, and the costs that are not goods. */
export function SalesTabs() {
  return (
    <nav aria-label="Sales views" className="tabs tabs-border mb-5">
      {TABS.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end
          className={({ isActive }) => `tab ${isActive ? 'tab-active' : ''}`}
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
