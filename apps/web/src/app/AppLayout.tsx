import type { Me } from '@partwise/shared';
import { useRef } from 'react';
import { Link, NavLink, Outlet, useNavigation } from 'react-router';
import { Icon } from '../components/Icon';
import { Logo } from '../components/Logo';
import { ThemeToggle } from '../components/ThemeToggle';
import { SampleDataBanner } from '../features/sample-data/SampleDataBanner';
import { NAV_SECTIONS } from './nav';
import { preloadPage } from './pages';
import { UserMenu } from './UserMenu';

const DRAWER_ID = 'app-drawer';

/** Sidebar on desktop; below lg the same sidebar slides in as a drawer from the top bar's menu button. */
export function AppLayout({ me }: { me: Me }) {
  const toggle = useRef<HTMLInputElement>(null);
  const closeDrawer = () => {
    if (toggle.current) toggle.current.checked = false;
  };
  // The current page stays on screen while the next one's code arrives; a slow arrival shows a bar.
  const changingPage = useNavigation().state === 'loading';

  return (
    <div className="drawer lg:drawer-open">
      <input id={DRAWER_ID} ref={toggle} type="checkbox" className="drawer-toggle" aria-label="Navigation" />
      <div className="drawer-content flex min-h-dvh flex-col bg-base-200">
        {changingPage && (
          <div className="appear-late fixed inset-x-0 top-0 z-30">
            <progress
              className="progress progress-primary block h-1 w-full rounded-none"
              aria-label="Opening the page"
            />
          </div>
        )}
        <header className="navbar sticky top-0 z-10 gap-2 border-b border-base-300 bg-base-100/90 backdrop-blur lg:hidden">
          <label htmlFor={DRAWER_ID} className="btn btn-ghost btn-square" aria-label="Open navigation">
            <Icon name="menu" className="size-6" />
          </label>
          <Link to="/" className="flex-1">
            <Logo />
          </Link>
          <ThemeToggle />
        </header>
        <main
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 lg:px-8 lg:py-10"
          aria-busy={changingPage}
        >
          <SampleDataBanner />
          <Outlet />
        </main>
      </div>
      <div className="drawer-side z-20">
        <label htmlFor={DRAWER_ID} aria-label="Close navigation" className="drawer-overlay" />
        <aside className="flex min-h-full w-64 flex-col border-r border-base-300 bg-base-100">
          <div className="flex items-center justify-between gap-2 px-4 py-5">
            <Link to="/" onClick={closeDrawer}>
              <Logo />
            </Link>
            <ThemeToggle className="hidden lg:inline-flex" />
          </div>
          <nav aria-label="Main" className="flex-1 overflow-y-auto px-3">
            {NAV_SECTIONS.map((section) => {
              const items = section.items.filter((item) => !item.adminOnly || me.role === 'admin');
              return (
                <div key={section.title} className="mb-4">
                  <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wider text-base-content/50">
                    {section.title}
                  </p>
                  <ul className="menu w-full gap-0.5 p-0">
                    {items.map((item) => (
                      <li key={item.to}>
                        <NavLink
                          to={item.to}
                          end={item.to === '/'}
                          onClick={closeDrawer}
                          onPointerEnter={() => preloadPage(item.page)}
                          onFocus={() => preloadPage(item.page)}
                          className={({ isActive }) =>
                            isActive ? 'bg-primary/10 font-medium text-primary' : ''
                          }
                        >
                          <Icon name={item.icon} />
                          {item.label}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </nav>
          <div className="border-t border-base-300 p-3">
            <UserMenu me={me} />
          </div>
        </aside>
      </div>
    </div>
  );
}
