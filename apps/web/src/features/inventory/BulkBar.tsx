import { PART_STATUS_LABELS, type PartListItem, type PartStatus } from '@partwise/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { inSentence } from '../../lib/format';
import { useBulkParts } from './queries';

const BULK_STATUSES = ['in_stock', 'testing', 'rma'] as const satisfies PartStatus[];
type Pending = { action: 'archive' } | { action: 'set_status'; status: PartStatus };

const plural = (n: number) => `${n} ${n === 1 ? 'part' : 'parts'}`;

function namesOf(parts: PartListItem[]): string {
  const names = parts.slice(0, 5).map((p) => `“${p.name}”`);
  if (parts.length > 5) names.push(`and ${parts.length - 5} more`);
  return names.join(', ');
}

/** Actions on the selected parts: asked first, all or nothing, and a refusal is said in plain words. */
export function BulkBar({ selected, onDone }: { selected: PartListItem[]; onDone: () => void }) {
  const bulk = useBulkParts();
  const notify = useToast();
  const [pending, setPending] = useState<Pending | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const count = selected.length;

  /** Puts each part back to the status it had (one request per status), from the toast's "Undo". */
  const undo = async (before: { id: number; status: PartStatus }[]) => {
    const byStatus = new Map<PartStatus, number[]>();
    for (const { id, status } of before) byStatus.set(status, [...(byStatus.get(status) ?? []), id]);
    try {
      for (const [status, ids] of byStatus)
        await bulk.mutateAsync(
          status === 'archived' ? { ids, action: 'archive' } : { ids, action: 'set_status', status },
        );
      notify(`${plural(before.length)} back as they were`);
    } catch (error) {
      notify(errorMessage(error), 'error');
    }
  };

  const confirm = () => {
    if (!pending) return;
    const ids = selected.map((p) => p.id);
    const before = selected.map(({ id, status }) => ({ id, status }));
    bulk.mutate(
      { ids, ...pending },
      {
        onSuccess: ({ updated }) => {
          const what =
            pending.action === 'archive'
              ? 'archived'
              : `set to ${inSentence(PART_STATUS_LABELS[pending.status])}`;
          if (updated === 0) notify(`Nothing to change: already ${what}`);
          else
            notify(`${plural(updated)} ${what}`, 'success', { label: 'Undo', run: () => void undo(before) });
          setRefusal(null);
          onDone();
        },
        onError: (error) => setRefusal(errorMessage(error)),
        onSettled: () => setPending(null),
      },
    );
  };

  const title =
    pending?.action === 'set_status'
      ? `Set ${plural(count)} to ${inSentence(PART_STATUS_LABELS[pending.status])}?`
      : `Archive ${plural(count)}?`;

  return (
    <div className="flex flex-col gap-2">
      <section
        aria-label="Selected parts"
        className="flex flex-wrap items-center gap-2 rounded-box border border-primary/30 bg-primary/5 px-3 py-2"
      >
        <p className="mr-auto text-sm font-medium">{plural(count)} selected</p>
        <select
          className="select select-sm w-40"
          aria-label="Set status of the selected parts"
          value=""
          onChange={(e) => {
            if (e.target.value) setPending({ action: 'set_status', status: e.target.value as PartStatus });
          }}
        >
          <option value="">Set status…</option>
          {BULK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PART_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-sm" onClick={() => setPending({ action: 'archive' })}>
          <Icon name="archive" className="size-4" />
          Archive
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
          Clear selection
        </button>
      </section>
      <FormAlert problem={refusal && `Nothing was changed. ${refusal}`} onDismiss={() => setRefusal(null)} />
      <ConfirmDialog
        open={pending !== null}
        title={title}
        confirmLabel={pending?.action === 'archive' ? 'Archive' : 'Set status'}
        tone={pending?.action === 'archive' ? 'error' : 'primary'}
        busy={bulk.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{namesOf(selected)}</p>
        {pending?.action === 'archive' && (
          <p className="mt-2 text-sm">
            Archived parts leave your stock and its value; you can set them back to in stock later.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
