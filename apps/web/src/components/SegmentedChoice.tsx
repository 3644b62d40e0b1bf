import { useId } from 'react';

/**
 * One of a few choices as a row of joined buttons (radio buttons underneath, so arrow keys and screen
 * readers treat them as one group); the chosen one is filled.
 */
export function SegmentedChoice<T extends string>({
  legend,
  choices,
  value,
  onChange,
  hint,
  size = 'md',
  className = '',
}: {
  legend: string;
  choices: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  hint?: string | undefined;
  size?: 'sm' | 'md';
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset className={`fieldset py-0 ${className}`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="fieldset-legend pb-1 text-sm">{legend}</legend>
      <div className="join w-full">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={`btn join-item flex-1 whitespace-nowrap has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-primary ${size === 'sm' ? 'btn-sm' : ''} ${value === choice.value ? 'btn-primary' : 'btn-outline border-base-300'}`}
          >
            <input
              type="radio"
              className="sr-only"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
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
