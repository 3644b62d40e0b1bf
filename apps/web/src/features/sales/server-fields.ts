import { ApiError, isApiError } from '../../lib/api';

/** The server names amounts `priceCents`; a form names its text field `price`: rename before placing. */
export function withFormNames(error: unknown, names: Record<string, string>): unknown {
  if (!isApiError(error)) return error;
  const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [names[k] ?? k, v]));
  return new ApiError(error.code, error.status, error.message, fields);
}
