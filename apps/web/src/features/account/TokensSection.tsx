import type { CreatedToken, Token } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { ActionsCell, Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { EmptyState, ErrorState, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { CreateTokenForm } from './CreateTokenForm';
import { NewTokenSecret } from './NewTokenSecret';
import { tokenQueries, useRevokeToken } from './queries';

export function TokensSection() {
  const tokens = useQuery(tokenQueries.list());
  const revoke = useRevokeToken();
  const notify = useToast();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);

  const confirmRevoke = () => {
    if (!revoking) return;
    const { id, name } = revoking;
    revoke.mutate(id, {
      onSuccess: () => {
        notify(`Token “${name}” revoked`);
        if (created?.id === id) setCreated(null);
      },
      onError: (error) => notify(errorMessage(error), 'error'),
      onSettled: () => setRevoking(null),
    });
  };

  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="tokens-title">
      <div className="card-body gap-4">
        <div>
          <h2 id="tokens-title" className="card-title text-base">
            API tokens
          </h2>
          <p className="text-sm text-base-content/70">
            For scripts and integrations: send a token as{' '}
            <code className="font-mono">Authorization: Bearer …</code>. It acts as you, so keep it secret.
          </p>
        </div>
        <CreateTokenForm onCreated={setCreated} />
        {created && <NewTokenSecret token={created} onDone={() => setCreated(null)} />}
        {tokens.isPending && <SkeletonRows rows={2} label="Loading tokens" />}
        {tokens.isError && <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.isSuccess && tokens.data.items.length === 0 && (
          <EmptyState icon="key" title="No tokens yet">
            Create one above when a script or another tool needs to read or write your data.
          </EmptyState>
        )}
        {tokens.isSuccess && tokens.data.items.length > 0 && (
          <ResponsiveTable caption="Your API tokens" head={['Name', 'Created', 'Last used', '']}>
            {tokens.data.items.map((token) => (
              <Row key={token.id}>
                <Cell label="Name" className="font-medium">
                  {token.name}
                </Cell>
                <Cell label="Created">{formatDateTime(token.createdAt)}</Cell>
                <Cell label="Last used">
                  {token.lastUsedAt ? (
                    formatDateTime(token.lastUsedAt)
                  ) : (
                    <span className="text-base-content/50">Never</span>
                  )}
                </Cell>
                <ActionsCell>
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm text-error"
                    onClick={() => setRevoking(token)}
                    aria-label={`Revoke ${token.name}`}
                  >
                    <Icon name="warning" className="size-4" />
                    Revoke
                  </button>
                </ActionsCell>
              </Row>
            ))}
          </ResponsiveTable>
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this token?"
        confirmLabel="Revoke token"
        busy={revoke.isPending}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(null)}
      >
        Anything using “{revoking?.name}” will stop working at once. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}
