import type { AdminUser } from '@partwise/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ActionsCell, Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { PLAN_NAMES } from '../billing/queries';
import { CompDialog } from './CompDialog';
import { useResetUsage, useUpdateUser } from './queries';

type Action = 'suspend' | 'reinstate' | 'promote' | 'demote' | 'reset';

const QUESTIONS: Record<Action, { title: string; label: string; tone: 'error' | 'primary'; text: string }> = {
  suspend: {
    title: 'Suspend this user?',
    label: 'Suspend',
    tone: 'error',
    text: 'will be signed out everywhere, their API tokens stop working, and they cannot sign in until reinstated.',
  },
  reinstate: {
    title: 'Reinstate this user?',
    label: 'Reinstate',
    tone: 'primary',
    text: 'will be able to sign in again.',
  },
  promote: {
    title: 'Make this user an admin?',
    label: 'Make admin',
    tone: 'primary',
    text: 'will see every account and can suspend, promote and demote others.',
  },
  demote: {
    title: 'Remove the admin role?',
    label: 'Remove admin',
    tone: 'error',
    text: 'will be a plain user.',
  },
  reset: {
    title: 'Reset this month’s tokens?',
    label: 'Reset',
    tone: 'primary',
    text: 'starts this month’s assistant allowance again from zero.',
  },
};

const tokens = new Intl.NumberFormat();

export function UsersTable({ users, meId }: { users: AdminUser[]; meId: string }) {
  const update = useUpdateUser();
  const reset = useResetUsage();
  const notify = useToast();
  const [target, setTarget] = useState<{ user: AdminUser; action: Action } | null>(null);
  const [comping, setComping] = useState<AdminUser | null>(null);

  const confirm = () => {
    if (!target) return;
    const { user, action } = target;
    const done = {
      onSuccess: () => notify(`${user.email}: ${QUESTIONS[action].label.toLowerCase()} done`),
      onError: (error: Error) => notify(errorMessage(error), 'error'),
      onSettled: () => setTarget(null),
    };
    if (action === 'reset') return reset.mutate({ id: user.id }, done);
    const change =
      action === 'suspend' || action === 'reinstate'
        ? { suspended: action === 'suspend' }
        : { role: action === 'promote' ? ('admin' as const) : ('user' as const) };
    update.mutate({ id: user.id, change }, done);
  };
  const question = target ? QUESTIONS[target.action] : null;

  return (
    <>
      <ResponsiveTable
        caption="Users"
        head={['Email', 'Role', 'Plan', 'Tokens this month', 'Parts', 'Signed up', 'Last active', '']}
      >
        {users.map((user) => (
          <Row key={user.id}>
            <Cell label="Email" className="break-all">
              <span className="font-medium">{user.email}</span>
              <span className="block text-xs text-base-content/60">{user.name}</span>
            </Cell>
            <Cell label="Role">
              <span className="flex flex-wrap gap-1">
                <span className={`badge badge-sm ${user.role === 'admin' ? 'badge-primary' : 'badge-ghost'}`}>
                  {user.role === 'admin' ? 'Admin' : 'User'}
                </span>
                {user.suspended && <span className="badge badge-sm badge-soft badge-error">Suspended</span>}
              </span>
            </Cell>
            <Cell label="Plan">
              <span className="flex flex-wrap items-center gap-1">
                <span>{PLAN_NAMES[user.plan]}</span>
                {user.comp && (
                  <span className="badge badge-xs badge-info badge-soft">
                    comp until {formatDate(user.comp.until)}
                  </span>
                )}
                {user.subscriptionStatus === 'past_due' && (
                  <span className="badge badge-xs badge-warning">past due</span>
                )}
              </span>
            </Cell>
            <Cell label="Tokens this month" className="text-right tabular-nums">
              {tokens.format(user.tokensThisMonth)}
            </Cell>
            <Cell label="Parts" className="text-right tabular-nums">
              {user.partsCount}
            </Cell>
            <Cell label="Signed up" className="whitespace-nowrap">
              {formatDate(user.createdAt)}
            </Cell>
            <Cell label="Last active" className="whitespace-nowrap">
              {user.lastActiveAt ? formatDate(user.lastActiveAt) : 'Never'}
            </Cell>
            <ActionsCell>
              {user.id === meId ? (
                <span className="text-sm text-base-content/50">You</span>
              ) : (
                <div className="dropdown dropdown-end">
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm"
                    aria-label={`Actions for ${user.email}`}
                  >
                    Actions
                  </button>
                  <ul className="menu dropdown-content z-10 w-52 rounded-box border border-base-300 bg-base-100 p-2 shadow-lg">
                    <li>
                      <button type="button" onClick={() => setComping(user)}>
                        Grant a plan
                      </button>
                    </li>
                    <li>
                      <button type="button" onClick={() => setTarget({ user, action: 'reset' })}>
                        Reset month’s tokens
                      </button>
                    </li>
                    <li>
                      <button
                        type="button"
                        onClick={() =>
                          setTarget({ user, action: user.role === 'admin' ? 'demote' : 'promote' })
                        }
                      >
                        {user.role === 'admin' ? 'Remove admin' : 'Make admin'}
                      </button>
                    </li>
                    <li>
                      <button
                        type="button"
                        className={user.suspended ? '' : 'text-error'}
                        onClick={() => setTarget({ user, action: user.suspended ? 'reinstate' : 'suspend' })}
                      >
                        {user.suspended ? 'Reinstate' : 'Suspend'}
                      </button>
                    </li>
                  </ul>
                </div>
              )}
            </ActionsCell>
          </Row>
        ))}
      </ResponsiveTable>
      <ConfirmDialog
        open={target !== null}
        title={question?.title ?? ''}
        confirmLabel={question?.label ?? ''}
        tone={question?.tone ?? 'primary'}
        busy={update.isPending || reset.isPending}
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
      >
        {target ? `${target.user.email} ${question?.text ?? ''}` : ''}
      </ConfirmDialog>
      <CompDialog user={comping} onClose={() => setComping(null)} />
    </>
  );
}
