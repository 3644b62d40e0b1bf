import { DELIVERIES, DELIVERY_LABELS, type Delivery } from '@partwise/shared';
import { useId } from 'react';

/**
 * Local pickup or shipped: two buttons in a group, the chosen one pressed. The fee depends on it, so the
 * estimate beside it follows at once.
 */
export function DeliveryField({
  value,
  onChange,
  hint,
}: {
  value: Delivery;
  onChange: (delivery: Delivery) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <fieldset className="fieldset py-0" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="fieldset-legend pb-1 text-sm">How it is sold</legend>
      <div className="join w-full" role="radiogroup" aria-label="How it is sold">
        {DELIVERIES.map((delivery) => (
          <label
            key={delivery}
            className={`btn join-item flex-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-primary ${value === delivery ? 'btn-primary' : 'btn-outline border-base-300'}`}
          >
            <input
              type="radio"
              className="sr-only"
              name={id}
              value={delivery}
              checked={value === delivery}
              onChange={() => onChange(delivery)}
            />
            {DELIVERY_LABELS[delivery]}
          </label>
        ))}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="label text-xs whitespace-normal">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
