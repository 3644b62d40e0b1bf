import type { ComponentProps } from 'react';

/** Dollars as typed ("1,234.56"); the form turns them into cents with parseMoneyToCents. */
export function MoneyInput({
  invalid,
  className = '',
  ...input
}: Omit<ComponentProps<'input'>, 'type'> & { invalid?: boolean }) {
  return (
    <label className={`input w-full ${invalid ? 'input-error' : ''} ${className}`}>
      <span className="text-base-content/60">$</span>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder="0.00"
        className="tabular text-right"
        {...input}
      />
    </label>
  );
}
