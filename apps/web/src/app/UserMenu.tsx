import type { Me } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Icon } from '../components/Icon';
import { useToast } from '../components/toast';
import { useSignOut } from '../features/auth/session';
import { billingQueries, PLAN_NAMES } from '../features/billing/queries';
import { errorMessage } from '../lib/api';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).slice(0, 2);
  return parts.map((p) => p.charAt(0).toUpperCase()).join('') || '?';
}

/** Who is signed in, with the way to the account page and out. Opens upward from the sidebar's foot. */
export function UserMenu({ me }: { me: Me }) {
  const signOut = useSignOut();
  const plan = useQuery(billingQueries.subscription()).data?.plan;
  const notify = useToast();
  const onSignOut = () =>
    signOut.mutate(undefined, { onError: (error) => notify(errorMessage(error), 'error') });

  return (
    <div className="dropdown dropdown-top w-full">
      <button
        type="button"
        className="btn btn-ghost h-auto w-full justify-start gap-3 px-2 py-2 font-normal"
        aria-label="User menu"
      >
        <span
          className="grid size-9 shrink-0 place-items-center rounded-full bg-primary text-sm font-semibold text-primary-content"
          aria-hidden="true"
        >
          {initials(me.name)}
        </span>
        <span className="min-w-0 flex-1 text-left">
          <span className="flex items-center gap-1.5">
            <span className="truncate text-sm font-medium">{me.name}</span>
            {plan && (
              <span
                className={`badge badge-xs shrink-0 ${plan === 'free' ? 'badge-ghost' : 'badge-primary'}`}
                data-testid="plan-badge"
              >
                {PLAN_NAMES[plan]}
              </span>
            )}
          </span>
          <span className="block truncate text-xs text-base-content/60">{me.email}</span>
        </span>
        <Icon name="chevrons" className="size-4 text-base-content/50" />
      </button>
      <ul className="menu dropdown-content z-20 mb-2 w-full rounded-box border border-base-300 bg-base-100 p-2 shadow-lg">
        <li>
          <Link to="/account">
            <Icon name="user" /> Account
          </Link>
        </li>
        <li>
          <Link to="/billing">
            <Icon name="card" /> Billing
          </Link>
        </li>
        <li>
          <button type="button" onClick={onSignOut} disabled={signOut.isPending}>
            <Icon name="logout" /> Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}
