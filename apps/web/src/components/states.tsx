import type { ReactNode } from 'react';
import { errorMessage } from '../lib/api';
import { Icon, type IconName } from './Icon';

export function EmptyState(props: {
  icon: IconName;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center gap-3 px-6 py-12 text-center">
      <div className="grid size-14 place-items-center rounded-2xl bg-primary/10 text-primary">
        <Icon name={props.icon} className="size-7" />
      </div>
      <h2 className="text-lg font-semibold">{props.title}</h2>
      <div className="max-w-md text-sm text-base-content/70">{props.children}</div>
      {props.action && <div className="mt-2">{props.action}</div>}
    </div>
  );
}

export function ErrorState({
  error,
  onRetry,
  title = 'This could not be loaded',
}: {
  error: unknown;
  onRetry: () => void;
  title?: string;
}) {
  return (
    <div
      role="alert"
      className="alert alert-error alert-soft flex flex-wrap items-center justify-between gap-3"
    >
      <div className="flex items-start gap-3">
        <Icon name="warning" className="size-6 shrink-0" />
        <div>
          <p className="font-medium">{title}</p>
          <p className="text-sm">{errorMessage(error)}</p>
        </div>
      </div>
      <button type="button" className="btn btn-sm" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function SkeletonRows({ rows = 3, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <div className="flex flex-col gap-3" role="status" aria-busy="true">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={i} className="skeleton h-12 w-full" />
      ))}
    </div>
  );
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description && <p className="mt-1 text-base-content/70">{description}</p>}
      </div>
      {actions}
    </header>
  );
}
