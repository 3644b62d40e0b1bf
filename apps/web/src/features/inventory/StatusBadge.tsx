import { PART_STATUS_LABELS, type PartStatus } from '@partwise/shared';

export const STATUS_TONE: Record<PartStatus, string> = {
  in_stock: 'badge-success',
  testing: 'badge-warning',
  in_build: 'badge-info',
  listed: 'badge-primary',
  sold: 'badge-neutral',
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
