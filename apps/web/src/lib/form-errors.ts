import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from './api';

/**
 * Puts the server's field errors next to their fields. Returns the message to show above the form
 * (for errors that concern no field of this form), or null when every error found its field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly Path<T>[],
): string | null {
  if (!isApiError(error)) return 'Something went wrong. Please try again.';
  let unplaced = false;
  for (const [field, message] of Object.entries(error.fields)) {
    const name = fieldNames.find((candidate) => candidate === field);
    if (name) setError(name, { type: 'server', message }, { shouldFocus: true });
    else unplaced = true;
  }
  const placedAll = Object.keys(error.fields).length > 0 && !unplaced;
  return placedAll ? null : error.message;
}
