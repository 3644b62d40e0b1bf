import { PART_STATUS_LABELS, type PartStatus } from '@partwise/shared';

/**
 * A state that is over (sold, ended): quiet but readable on both themes, where daisyUI's soft neutral
 * badge is dark text on a dark background in the dark theme.
 */
export const FINISHED_BADGE = 'border-transparent bg-base-content/10 text-base-content/80';

export const STATUS_TONE: Record<PartStatus, string> = {
  in_stock: 'badge-success',
  testing: 'badge-warning',
  in_build: 'badge-info',
  listed: 'badge-primary',
  sold: FINISHED_BADGE,
  rma: 'badge-error',
  archived: 'badge-ghost',
};

export function StatusBadge({ status, title }: { status: PartStatus; title?: string }) {
  return (
    <span className={`badge badge-soft badge-sm whitespace-nowrap ${STATUS_TONE[status]}`} title={title}>
      {PART_STATUS_LABELS[status]}
    </span>
  );
}
