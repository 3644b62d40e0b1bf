import { PART_STATUS_LABELS, type Part, statusChangeRefusal } from '@partwise/shared';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/toast';
import { useStepDialog } from '../../components/useStepDialog';
import { errorMessage } from '../../lib/api';
import { inSentence } from '../../lib/format';
import { useDeletePart, useUpdatePart } from './queries';

/** Edit, archive, delete. A part that cannot be deleted says why, and offers to archive it instead. */
export function PartActions({ part }: { part: Part }) {
  const update = useUpdatePart();
  const remove = useDeletePart();
  const notify = useToast();
  const navigate = useNavigate();
  const dialog = useStepDialog<'archive' | 'delete'>();
  const canArchive =
    part.status !== 'archived' && statusChangeRefusal(part.name, part.status, 'archived') === null;

  const failed = (error: unknown) => notify(errorMessage(error), 'error');
  // Undo sets the status it had before, from the toast (which outlives this page if the user moves on).
  const unarchive = (status: Part['status']) =>
    update
      .mutateAsync({ id: part.id, change: { status } })
      .then(() => notify(`“${part.name}” is ${inSentence(PART_STATUS_LABELS[status])} again`))
      .catch(failed);
  const archive = () =>
    update.mutate(
      { id: part.id, change: { status: 'archived' } },
      {
        onSuccess: () =>
          notify(`“${part.name}” archived`, 'success', {
            label: 'Undo',
            run: () => void unarchive(part.status),
          }),
        onError: failed,
        onSettled: dialog.close,
      },
    );

  const destroy = () =>
    remove.mutate(part.id, {
      onSuccess: () => {
        notify(`“${part.name}” deleted`);
        navigate('/inventory');
      },
      onError: dialog.deleteFailed,
    });

  const refused = dialog.refused;
  // One dialog whose content follows the step, so a refused delete turns into "archive instead" in place.
  const content = refused
    ? {
        title: 'This part cannot be deleted',
        body: refused,
        confirmLabel: canArchive ? 'Archive instead' : 'OK',
        tone: 'primary' as const,
        onConfirm: canArchive ? archive : dialog.close,
      }
    : dialog.step === 'archive'
      ? {
          title: `Archive “${part.name}”?`,
          body: 'It leaves your stock and its value, and keeps its history. You can set it back to in stock later.',
          confirmLabel: 'Archive',
          tone: 'primary' as const,
          onConfirm: archive,
        }
      : {
          title: `Delete “${part.name}”?`,
          body: 'It is removed for good, with its photos. If you only want it out of your stock, archive it instead.',
          confirmLabel: 'Delete',
          tone: 'error' as const,
          onConfirm: destroy,
        };
  return (
    <div className="flex flex-wrap gap-2">
      <Link to={`/inventory/${part.id}/edit`} className="btn btn-sm">
        <Icon name="pencil" className="size-4" />
        Edit
      </Link>
      {canArchive && (
        <button type="button" className="btn btn-sm" onClick={() => dialog.show('archive')}>
          <Icon name="archive" className="size-4" />
          Archive
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
        busy={update.isPending || remove.isPending}
        onConfirm={content.onConfirm}
        onCancel={dialog.close}
      >
        {content.body}
      </ConfirmDialog>
    </div>
  );
}
