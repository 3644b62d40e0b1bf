import {
  BUILD_STATUS_LABELS,
  type BuildStatus,
  type CompatStatus,
  type Fit,
  type Severity,
} from '@partwise/shared';
import { Icon, type IconName } from '../../components/Icon';

const STATUS_TONE: Record<BuildStatus, string> = {
  planning: 'badge-secondary',
  assembling: 'badge-info',
  ready: 'badge-success',
  listed: 'badge-primary',
  sold: 'badge-accent',
};

export function BuildStatusBadge({ status }: { status: BuildStatus }) {
  return (
    <span className={`badge badge-soft badge-sm whitespace-nowrap ${STATUS_TONE[status]}`}>
      {BUILD_STATUS_LABELS[status]}
    </span>
  );
}

export const SEVERITY: Record<Severity, { icon: IconName; text: string; tone: string; mark: string }> = {
  error: {
    icon: 'stop',
    text: 'text-error',
    tone: 'badge-error',
    mark: 'shadow-[inset_4px_0_0_var(--color-error)]',
  },
  // Yellow text is faint on white: mixed toward the text colour, it reads in both themes.
  warning: {
    icon: 'warning',
    text: 'text-[color-mix(in_oklab,var(--color-warning)_55%,var(--color-base-content))]',
    tone: 'badge-warning',
    mark: 'shadow-[inset_4px_0_0_var(--color-warning)]',
  },
  info: {
    icon: 'info',
    text: 'text-info',
    tone: 'badge-info',
    mark: 'shadow-[inset_4px_0_0_var(--color-info)]',
  },
};

const COMPAT: Record<CompatStatus, { label: string; tone: string; icon: IconName }> = {
  ok: { label: 'No problems found', tone: 'badge-success', icon: 'check' },
  warnings: { label: 'Warnings', tone: 'badge-warning', icon: 'warning' },
  errors: { label: 'Errors', tone: 'badge-error', icon: 'warning' },
};

/** The compatibility status; an "ok" with checks still open says "so far", never "compatible". */
export function CompatBadge({ status, complete }: { status: CompatStatus; complete: boolean }) {
  const { label, tone, icon } = COMPAT[status];
  const text = status === 'ok' && !complete ? 'No problems so far' : label;
  return (
    <span className={`badge badge-soft badge-sm gap-1 whitespace-nowrap ${tone}`}>
      <Icon name={icon} className="size-3.5" />
      {text}
    </span>
  );
}

const FIT: Record<Fit, { label: string; tone: string; icon: IconName }> = {
  compatible: { label: 'Fits', tone: 'badge-success', icon: 'check' },
  unverified: { label: 'Unknown', tone: 'badge-ghost', icon: 'question' },
  incompatible: { label: 'Incompatible', tone: 'badge-error', icon: 'x' },
};

/** How a candidate part would fit the build; the reason shows on hover and to screen readers. */
export function FitBadge({ fit, reason }: { fit: Fit; reason?: string | undefined }) {
  const { label, tone, icon } = FIT[fit];
  return (
    <span
      className={`badge badge-soft badge-sm gap-1 whitespace-nowrap ${tone} ${reason ? 'tooltip tooltip-left' : ''}`}
      data-tip={reason}
    >
      <Icon name={icon} className="size-3.5" />
      {label}
      {reason && <span className="sr-only">: {reason}</span>}
    </span>
  );
}
