import type { BuildOverride } from '@partwise/shared';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../lib/format';

/** The recorded decision to sell the build with its problems: why and when (the problems are in the report). */
export function OverrideNote({ override, covered }: { override: BuildOverride; covered: number }) {
  return (
    <div
      role="note"
      aria-label="Sold with known problems"
      className="alert alert-warning alert-soft items-start text-sm"
    >
      <Icon name="warning" className="size-5 shrink-0" />
      <div className="min-w-0">
        <p className="font-medium">Sold with known problems, on purpose</p>
        <p className="break-words">“{override.reason}”</p>
        <p className="text-xs opacity-80">
          Recorded {formatDate(override.recordedAt)}. It covers{' '}
          {covered === 1 ? 'the problem' : `the ${covered} problems`} below, and no other.
        </p>
      </div>
    </div>
  );
}
