import type { BuildOverride } from '@partwise/shared';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../lib/format';

/** The recorded decision to sell the build with its problems: why and when (the problems are in the report). */
export function OverrideNote({ override, covered }: { override: BuildOverride; covered: number }) {
  return (
    <div
      role="note"
      aria-label="Sold with known problems"
      className="flex items-start gap-2 rounded-box border border-warning/50 bg-warning/10 p-3 text-sm"
    >
      <Icon name="warning" className="mt-0.5 size-4 shrink-0 text-warning" />
      <div className="min-w-0">
        <p className="font-medium">Sold with known problems, on purpose</p>
        <p className="break-words">“{override.reason}”</p>
        <p className="mt-0.5 text-xs text-base-content/70">
          Recorded {formatDate(override.recordedAt)}. It covers{' '}
          {covered === 1 ? 'the problem' : `the ${covered} problems`} marked “accepted” below, and no other.
        </p>
      </div>
    </div>
  );
}
