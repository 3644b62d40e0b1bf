import { parseMoneyToCents } from '@partwise/shared';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';

/** The split, checked: the parts' costs always add up to the lot's total, to the cent. */
export function LotTotals({ total, shares }: { total: string; shares: (number | null)[] }) {
  const totalCents = parseMoneyToCents(total);
  const split = shares.filter((s): s is number => s !== null);
  if (totalCents === null || split.length === 0) {
    return (
      <p className="text-sm text-base-content/60">Enter the total price and the parts to see the split.</p>
    );
  }
  const sum = split.reduce((a, b) => a + b, 0);
  return (
    <p className="flex items-center gap-2 text-sm" aria-live="polite" data-testid="lot-split">
      <Icon name="check" className="size-4 text-success" />
      <span>
        {split.length} {split.length === 1 ? 'part' : 'parts'} ·{' '}
        <Money cents={sum} className="font-semibold" /> of <Money cents={totalCents} />
      </span>
    </p>
  );
}
