import { formatSignedMoney } from '../../lib/format';

/** Expected profit: green with a plus when positive, red with a minus when a loss, a dash without a target. */
export function ProfitText({ cents, className = '' }: { cents: number | null; className?: string }) {
  if (cents === null)
    return (
      <span className={`text-base-content/40 ${className}`} title="Set a target price to see the profit">
        —
      </span>
    );
  const tone = cents > 0 ? 'text-success' : cents < 0 ? 'text-error' : '';
  return (
    <span className={`tabular whitespace-nowrap font-medium ${tone} ${className}`}>
      {formatSignedMoney(cents)}
    </span>
  );
}
