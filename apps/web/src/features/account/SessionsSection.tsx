import type { Session } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ActionsCell, Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { ErrorState, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useSignOut } from '../auth/session';
import { describeDevice } from './device';
import { sessionQueries, useRevokeSession, useSignOutEverywhere, useSignOutOthers } from './queries';

type Asking = { kind: 'one'; session: Session } | { kind: 'others' } | { kind: 'everywhere' } | null;

/** Where you are signed in, with a way to end any of it. API tokens are not sessions (see below). */
export function SessionsSection() {
  const sessions = useQuery(sessionQueries.list());
  const revoke = useRevokeSession();
  const others = useSignOutOthers();
  const everywhere = useSignOutEverywhere();
  const signOut = useSignOut();
  const notify = useToast();
  const [asking, setAsking] = useState<Asking>(null);
  const items = sessions.data?.items ?? [];
  const otherCount = items.filter((s) => !s.current).length;

  const fail = (error: unknown) => notify(errorMessage(error), 'error');
  const done = { onError: fail, onSettled: () => setAsking(null) };
  const confirm = () => {
    if (!asking) return;
    if (asking.kind === 'one') {
      const { session } = asking;
      // Ending this browser's own session is signing out.
      if (session.current) return signOut.mutate(undefined, done);
      return revoke.mutate(session.id, {
        ...done,
        onSuccess: () => notify(`${describeDevice(session.userAgent)} is signed out`),
      });
    }
    if (asking.kind === 'others')
      return others.mutate(undefined, {
        ...done,
        onSuccess: () => notify('Signed out everywhere else'),
      });
    return everywhere.mutate(undefined, done);
  };

  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="sessions-title">
      <div className="card-body gap-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="sessions-title" className="card-title text-base">
              Sessions
            </h2>
            <p className="text-sm text-base-content/70">
              The browsers and devices signed in to your account. Sign out any you do not recognise.
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn btn-sm"
              disabled={otherCount === 0}
              onClick={() => setAsking({ kind: 'others' })}
            >
              Sign out everywhere else
            </button>
            <button
              type="button"
              className="btn btn-sm btn-outline btn-error"
              onClick={() => setAsking({ kind: 'everywhere' })}
            >
              Sign out everywhere
            </button>
          </div>
        </div>
        {sessions.isPending && <SkeletonRows rows={2} label="Loading sessions" />}
        {sessions.isError && <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />}
        {sessions.isSuccess && (
          <ResponsiveTable caption="Your sessions" head={['Device', 'Address', 'Signed in', 'Last seen', '']}>
            {items.map((session) => {
              const device = describeDevice(session.userAgent);
              return (
                <Row key={session.id}>
                  <Cell label="Device" className="font-medium">
                    <span title={session.userAgent ?? undefined}>{device}</span>
                    {session.current && (
                      <span className="badge badge-primary badge-sm ml-2">This device</span>
                    )}
                  </Cell>
                  <Cell label="Address">
                    {session.ipAddress ?? <span className="text-base-content/50">Unknown</span>}
                  </Cell>
                  <Cell label="Signed in">{formatDateTime(session.createdAt)}</Cell>
                  <Cell label="Last seen">{formatDateTime(session.lastSeenAt)}</Cell>
                  <ActionsCell>
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm text-error"
                      onClick={() => setAsking({ kind: 'one', session })}
                      aria-label={session.current ? 'Sign out this device' : `Sign out ${device}`}
                    >
                      Sign out
                    </button>
                  </ActionsCell>
                </Row>
              );
            })}
          </ResponsiveTable>
        )}
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={
          asking?.kind === 'everywhere'
            ? 'Sign out everywhere?'
            : asking?.kind === 'others'
              ? 'Sign out everywhere else?'
              : 'Sign out this session?'
        }
        confirmLabel={
          asking?.kind === 'everywhere'
            ? 'Sign out everywhere'
            : asking?.kind === 'others'
              ? 'Sign out everywhere else'
              : 'Sign out'
        }
        busy={revoke.isPending || others.isPending || everywhere.isPending || signOut.isPending}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        {asking?.kind === 'everywhere' &&
          'Every browser and device signed in to your account is signed out, this one too. API tokens keep working until you revoke them.'}
        {asking?.kind === 'others' &&
          `${otherCount === 1 ? 'The other session' : `The ${otherCount} other sessions`} will have to sign in again. This one stays signed in.`}
        {asking?.kind === 'one' &&
          (asking.session.current
            ? 'This is the browser you are using: you will go to the sign-in page.'
            : `${describeDevice(asking.session.userAgent)} will have to sign in again.`)}
      </ConfirmDialog>
    </section>
  );
}
