import { formatMoney } from '../lib/format';

/** An amount in tabular figures with its currency; losses in the error colour so they stand out. */
export function Money({ cents, className = '' }: { cents: number; className?: string }) {
  return (
    <span className={`tabular whitespace-nowrap ${cents < 0 ? 'text-error' : ''} ${className}`}>
      {formatMoney(cents)}
    </span>
  );
}
