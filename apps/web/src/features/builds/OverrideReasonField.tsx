import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';

/**
 * What does not work, and the reason to sell it anyway: the field every form that sets a build ready, lists
 * or sells it shows when the build has problems (the server keeps the reason on the build).
 */
export function OverrideReasonField({
  problems,
  registration,
  error,
  autoFocus = false,
}: {
  problems: string[];
  registration: UseFormRegisterReturn;
  error: FieldError | undefined;
  autoFocus?: boolean;
}) {
  return (
    <div className="flex flex-col gap-2 rounded-box border border-warning/40 bg-warning/5 p-3">
      <p className="text-sm font-medium">
        {problems.length === 1 ? 'This build has a problem:' : 'This build has problems:'}
      </p>
      <ul className="flex flex-col gap-1 text-sm">
        {problems.map((message) => (
          <li key={message} className="flex items-start gap-2">
            <Icon name="stop" className="mt-0.5 size-4 shrink-0 text-error" />
            <span>{message}</span>
          </li>
        ))}
      </ul>
      <Field
        label="Reason to sell it anyway"
        error={error?.message}
        hint="Kept on the build with these problems: “Sold as a barebones kit, the buyer has a drive”."
      >
        {(control) => (
          <textarea
            data-autofocus={autoFocus || undefined}
            rows={2}
            className={`textarea w-full ${error ? 'textarea-error' : ''}`}
            {...control}
            {...registration}
          />
        )}
      </Field>
    </div>
  );
}
