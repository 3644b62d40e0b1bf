import type { FormProblem } from '../lib/api-form';
import { Icon } from './Icon';

/**
 * What went wrong that no field can show: the server's message, any field errors the form has no field for,
 * or an action's refusal. Nothing when there is no problem.
 */
export function FormAlert({
  problem,
  onDismiss,
  className = '',
}: {
  problem: FormProblem | string | null;
  onDismiss?: () => void;
  className?: string;
}) {
  if (!problem) return null;
  const { message, details } = typeof problem === 'string' ? { message: problem, details: [] } : problem;
  return (
    <div role="alert" className={`alert alert-error alert-soft items-start text-sm ${className}`}>
      <Icon name="warning" className="size-5 shrink-0" />
      <div className="min-w-0">
        <p>{message}</p>
        {details.length > 0 && (
          <ul className="mt-1 list-disc pl-5">
            {details.map((detail) => (
              <li key={detail} className="break-words">
                {detail}
              </li>
            ))}
          </ul>
        )}
      </div>
      {onDismiss && (
        <button
          type="button"
          className="btn btn-ghost btn-xs ml-auto"
          aria-label="Dismiss"
          onClick={onDismiss}
        >
          <Icon name="x" className="size-4" />
        </button>
      )}
    </div>
  );
}
