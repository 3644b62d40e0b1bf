import { BUILD_STATUS_LABELS, type Build, EDITABLE_BUILD_STATUSES } from '@partwise/shared';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/toast';
import { useStepDialog } from '../../components/useStepDialog';
import { errorMessage } from '../../lib/api';
import { inSentence } from '../../lib/format';
import { useDeleteBuild, usePartOut } from './queries';

const parts = (n: number) => `${n} ${n === 1 ? 'part' : 'parts'}`;

/** Part out (parts back to stock) and delete; a delete the server would refuse says why up front. */
export function BuildActions({ build }: { build: Build }) {
  const partOut = usePartOut(build.id);
  const remove = useDeleteBuild(build.id);
  const notify = useToast();
  const navigate = useNavigate();
  const dialog = useStepDialog<'part-out' | 'delete'>();
  const open = (EDITABLE_BUILD_STATUSES as readonly string[]).includes(build.status);
  const canPartOut = open && build.partCount > 0;
  // The server's rule: only an empty build, or one still in planning, may be deleted.
  const deleteRefusal =
    build.partCount > 0 && build.status !== 'planning'
      ? `“${build.name}” is ${inSentence(BUILD_STATUS_LABELS[build.status])} with ${parts(build.partCount)} in it. Part it out first: its parts go back to stock and it returns to planning; then it can be deleted.`
      : null;

  const doPartOut = () =>
    partOut
      .mutateAsync(undefined)
      .then(() => notify(`“${build.name}” parted out: ${parts(build.partCount)} back in stock`))
      .catch((error: unknown) => notify(errorMessage(error), 'error'))
      .finally(dialog.close);

  const doDelete = () =>
    remove
      .mutateAsync()
      .then(() => {
        notify(`“${build.name}” deleted`);
        navigate('/builds');
      })
      .catch(dialog.deleteFailed);

  const refused = dialog.refused;
  const content =
    refused || (dialog.step === 'delete' && deleteRefusal)
      ? {
          title: 'This build cannot be deleted yet',
          body: refused ?? deleteRefusal,
          confirmLabel: canPartOut ? 'Part it out' : 'OK',
          tone: 'primary' as const,
          onConfirm: canPartOut ? () => dialog.show('part-out') : dialog.close,
        }
      : dialog.step === 'part-out'
        ? {
            title: `Part out “${build.name}”?`,
            body: `Its ${parts(build.partCount)} go back to your stock, ready for another build or to sell on their own, and the build returns to planning. Planned purchases stay on it.`,
            confirmLabel: 'Part out',
            tone: 'primary' as const,
            onConfirm: doPartOut,
          }
        : {
            title: `Delete “${build.name}”?`,
            body:
              build.partCount > 0
                ? `Its ${parts(build.partCount)} go back to your stock; the build and its planned purchases are removed for good.`
                : 'The build and its planned purchases are removed for good.',
            confirmLabel: 'Delete',
            tone: 'error' as const,
            onConfirm: doDelete,
          };

  return (
    <>
      {canPartOut && (
        <button type="button" className="btn btn-sm" onClick={() => dialog.show('part-out')}>
          <Icon name="arrowLeft" className="size-4" />
          Part out
        </button>
      )}
      <button type="button" className="btn btn-ghost btn-sm text-error" onClick={() => dialog.show('delete')}>
        <Icon name="trash" className="size-4" />
        Delete
      </button>
      <ConfirmDialog
        open={dialog.isOpen}
        title={content.title}
        confirmLabel={content.confirmLabel}
        tone={content.tone}
        busy={partOut.isPending || remove.isPending}
        onConfirm={content.onConfirm}
        onCancel={dialog.close}
      >
        {content.body}
      </ConfirmDialog>
    </>
  );
}
