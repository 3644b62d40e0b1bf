import { DELIVERIES, DELIVERY_LABELS, type Delivery } from '@partwise/shared';
import { SegmentedChoice } from '../../components/SegmentedChoice';

const CHOICES = DELIVERIES.map((value) => ({ value, label: DELIVERY_LABELS[value] }));

/** Local pickup or shipped: the fee depends on it, so the estimate beside it follows at once. */
export function DeliveryField({
  value,
  onChange,
  hint,
  className = '',
}: {
  value: Delivery;
  onChange: (delivery: Delivery) => void;
  hint?: string;
  className?: string;
}) {
  return (
    <SegmentedChoice
      legend="How it is sold"
      choices={CHOICES}
      value={value}
      onChange={onChange}
      hint={hint}
      className={className}
    />
  );
}
