import {
  centsToDecimal,
  type Delivery,
  type FeeRate,
  PLATFORM_LABELS,
  type Platform,
  suggestListingPrice,
} from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { formatMoney } from '../../lib/format';
import { buildQueries } from '../builds/queries';
import { dealQueries } from '../deals/queries';
import { partQueries } from '../inventory/queries';

interface Props {
  thing: { partId?: number | undefined; buildId?: number | undefined };
  platform: Platform;
  delivery: Delivery;
  rate: FeeRate;
  /** Puts the suggested price in the price field (as typed text). */
  onUse: (price: string) => void;
}

/**
 * A price for this platform: the estimate, or more when the user's target margin needs more after the
 * platform's fee and shipping.
 */
export function SuggestedPrice({ thing, platform, delivery, rate, onUse }: Props) {
  const preferences = useQuery(dealQueries.preferences());
  const part = useQuery({ ...partQueries.detail(thing.partId ?? 0), enabled: thing.partId !== undefined });
  const partValue = useQuery({
    ...partQueries.valuation(thing.partId ?? 0),
    enabled: thing.partId !== undefined,
  });
  const buildValue = useQuery({
    ...buildQueries.valuation(thing.buildId ?? 0),
    enabled: thing.buildId !== undefined,
  });
  const subject =
    thing.partId !== undefined && part.data && partValue.data
      ? {
          thing: { kind: 'part' as const, category: part.data.category },
          costCents: part.data.costCents,
          valueCents: partValue.data.valueCents,
        }
      : thing.buildId !== undefined && buildValue.data && buildValue.data.parts.length > 0
        ? {
            thing: { kind: 'build' as const },
            costCents: buildValue.data.costCents,
            valueCents: buildValue.data.valueCents,
          }
        : null;
  if (!subject || !preferences.data) return null;
  const margin = preferences.data.targetMarginPercent;
  const price = suggestListingPrice({ ...subject, delivery, rate, marginPercent: margin });
  if (!price) return null;
  const floor = price.marginFloorCents;
  const suggested = price.priceCents;
  return (
    <p
      className="flex flex-wrap items-center gap-2 text-sm text-base-content/70"
      data-testid="suggested-price"
    >
      <span>
        Estimated value {formatMoney(subject.valueCents)};{' '}
        {floor === null
          ? `no price leaves a ${margin} % margin after ${PLATFORM_LABELS[platform]}’s fee.`
          : `a ${margin} % margin after ${PLATFORM_LABELS[platform]}’s fee needs at least ${formatMoney(floor)}.`}
      </span>
      <button type="button" className="btn btn-xs" onClick={() => onUse(centsToDecimal(suggested))}>
        Use {formatMoney(suggested)}
      </button>
    </p>
  );
}
