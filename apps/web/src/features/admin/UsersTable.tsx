import type { AdminUser } from '@partwise/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ActionsCell, Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useUpdateUser } from './queries';

export function UsersTable({ users, meId }: { users: AdminUser[]; meId: string }) {
  const update = useUpdateUser();
  const notify = useToast();
  const [target, setTarget] = useState<AdminUser | null>(null);
  const suspending = target ? !target.suspended : false;

  const confirm = () => {
    if (!target) return;
    const { id, email } = target;
    update.mutate(
      { id, change: { suspended: suspending } },
      {
        onSuccess: () => notify(suspending ? `${email} is suspended` : `${email} is reinstated`),
        onError: (error) => notify(errorMessage(error), 'error'),
        onSettled: () => setTarget(null),
      },
    );
  };

  return (
    <>
      <ResponsiveTable caption="Users" head={['Email', 'Name', 'Role', 'Status', 'Created', '']}>
        {users.map((user) => (
          <Row key={user.id}>
            <Cell label="Email" className="font-medium break-all">
              {user.email}
            </Cell>
            <Cell label="Name">{user.name}</Cell>
            <Cell label="Role">
              <span className={`badge badge-sm ${user.role === 'admin' ? 'badge-primary' : 'badge-ghost'}`}>
                {user.role === 'admin' ? 'Admin' : 'User'}
              </span>
            </Cell>
            <Cell label="Status">
              <span
                className={`badge badge-sm badge-soft ${user.suspended ? 'badge-error' : 'badge-success'}`}
              >
                {user.suspended ? 'Suspended' : 'Active'}
              </span>
            </Cell>
            <Cell label="Created" className="whitespace-nowrap">
              {formatDate(user.createdAt)}
            </Cell>
            <ActionsCell>
              {user.id === meId ? (
                <span className="text-sm text-base-content/50">You</span>
              ) : (
                <button
                  type="button"
                  className={`btn btn-sm ${user.suspended ? 'btn-ghost' : 'btn-ghost text-error'}`}
                  onClick={() => setTarget(user)}
                  aria-label={`${user.suspended ? 'Reinstate' : 'Suspend'} ${user.email}`}
                >
                  {user.suspended ? 'Reinstate' : 'Suspend'}
                </button>
              )}
            </ActionsCell>
          </Row>
        ))}
      </ResponsiveTable>
      <ConfirmDialog
        open={target !== null}
        title={suspending ? 'Suspend this user?' : 'Reinstate this user?'}
        confirmLabel={suspending ? 'Suspend' : 'Reinstate'}
        tone={suspending ? 'error' : 'primary'}
        busy={update.isPending}
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
      >
        {suspending
          ? `${target?.email ?? ''} will be signed out and unable to sign in until reinstated.`
          : `${target?.email ?? ''} will be able to sign in again.`}
      </ConfirmDialog>
    </>
  );
}
