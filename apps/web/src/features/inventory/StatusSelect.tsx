import { PART_STATUS_LABELS, type Part, type PartStatus, statusChangeRefusal } from '@partwise/shared';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { inSentence } from '../../lib/format';
import { useUpdatePart } from './queries';
import { StatusBadge } from './StatusBadge';

/** The statuses a person sets by hand; the others come from builds, listings and sales. */
export const SETTABLE_STATUSES = ['in_stock', 'testing', 'rma', 'archived'] as const satisfies PartStatus[];

/** Where this part may go from its status now: itself first, then every allowed change. */
export function allowedStatuses(part: Pick<Part, 'name' | 'status'>): PartStatus[] {
  const others = SETTABLE_STATUSES.filter(
    (to) => to !== part.status && statusChangeRefusal(part.name, part.status, to) === null,
  );
  return [part.status, ...others];
}

/** Changes a part's status on the spot; a part tied to a build, listing or sale shows why it cannot. */
export function StatusSelect({
  part,
  size = 'sm',
}: {
  part: Pick<Part, 'id' | 'name' | 'status'>;
  size?: 'sm' | 'md';
}) {
  const update = useUpdatePart();
  const notify = useToast();
  const options = allowedStatuses(part);

  if (options.length === 1) {
    const reason = statusChangeRefusal(part.name, part.status, 'in_stock')?.message;
    return <StatusBadge status={part.status} title={reason} />;
  }

  const change = (to: PartStatus) =>
    update.mutate(
      { id: part.id, change: { status: to } },
      {
        onSuccess: () => notify(`“${part.name}” is now ${inSentence(PART_STATUS_LABELS[to])}`),
        onError: (error) => notify(errorMessage(error), 'error'),
      },
    );

  return (
    <select
      className={`select ${size === 'sm' ? 'select-sm w-28' : 'w-40'}`}
      aria-label={`Status of ${part.name}`}
      value={update.isPending ? (update.variables.change.status ?? part.status) : part.status}
      disabled={update.isPending}
      onChange={(e) => change(e.target.value as PartStatus)}
    >
      {options.map((status) => (
        <option key={status} value={status}>
          {PART_STATUS_LABELS[status]}
        </option>
      ))}
    </select>
  );
}
