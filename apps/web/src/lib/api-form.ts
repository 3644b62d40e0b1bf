import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import {
  type DefaultValues,
  type FieldValues,
  type Mode,
  type Path,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from './api';
import { fieldsOf } from './form-fields';

/** What a form shows above its fields (FormAlert): the server's message, and field errors no field can hold. */
export interface FormProblem {
  message: string;
  details: string[];
}

/**
 * Server field names the form calls otherwise: a map (`{ totalCostCents: 'total' }`), or a function for
 * names that depend on what was sent (row numbers). Amounts need no entry: `priceCents` lands on `price`.
 */
export type ServerNames<T> = Readonly<Record<string, string>> | ((field: string, values: T) => string);

const UNKNOWN_FAILURE = 'Something went wrong. Please try again.';

/** Every field path in a form's values: "price", "specs.socket", "parts.2.name". */
export function fieldPaths(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, inner]) =>
      fieldPaths(inner, prefix ? `${prefix}.${key}` : key),
    );
  }
  return prefix ? [prefix] : [];
}

/**
 * Puts the server's field errors (`{error:{fields}}`) next to the form's fields and focuses the first one.
 * Returns what the form must say above its fields, or null when every error found its field.
 */
export function placeServerErrors<T extends FieldValues, C, O>(
  error: unknown,
  form: Pick<UseFormReturn<T, C, O>, 'getValues' | 'setError'>,
  names?: ServerNames<T>,
): FormProblem | null {
  if (!isApiError(error)) {
    const message = error instanceof Error && error.message ? error.message : UNKNOWN_FAILURE;
    return { message, details: [] };
  }
  const values = form.getValues();
  const known = new Set(fieldPaths(values));
  const rename = (field: string) =>
    typeof names === 'function' ? names(field, values) : (names?.[field] ?? field);
  const details: string[] = [];
  let first = true;
  for (const [field, message] of Object.entries(error.fields)) {
    const renamed = rename(field);
    const name = [renamed, renamed.replace(/Cents$/, '')].find((candidate) => known.has(candidate));
    if (name === undefined) {
      details.push(`${field} ${message}`);
      continue;
    }
    form.setError(name as Path<T>, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
  const placedAll = Object.keys(error.fields).length > 0 && details.length === 0;
  return placedAll ? null : { message: error.message, details };
}

/**
 * A resolver whose schema, and zod with it, loads only when the form first checks a value: for the pages
 * people land on (sign-in, sign-up), which then show without waiting for the schema library. The same
 * shared schema checks the form as on every other page; the import is made once.
 */
export function lazySchemaResolver<TValues extends FieldValues, TOut>(
  load: () => Promise<z.ZodType<TOut, TValues>>,
): Resolver<TValues, unknown, TOut> {
  let loading: Promise<Resolver<TValues, unknown, TOut>> | undefined;
  return async (values, context, options) => {
    loading ??= load().then(
      (schema) => zodResolver(schema),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    const resolver = await loading;
    return resolver(values, context, options);
  };
}

export interface ApiFormOptions<TValues extends FieldValues, TOut> {
  /** The shared request schema (or a form schema made from its shapes): the form checks what the server will. */
  schema?: z.ZodType<TOut, TValues>;
  /** For forms whose fields are not the body's (text turned into cents and specs on save). */
  resolver?: Resolver<TValues, unknown, TOut>;
  defaultValues: DefaultValues<TValues>;
  /** When to check as the user types; 'onTouched' by default. */
  mode?: Mode;
  serverNames?: ServerNames<TValues>;
  /** Sends the form. A rejection with the API's error puts its field errors on the fields. */
  onSubmit: (values: TOut) => Promise<unknown>;
}

/**
 * The one way a form talks to the API: react-hook-form checked by a zod schema, the server's field errors
 * placed on their fields, and anything else returned as `problem` for <FormAlert>. `submitWith` makes another
 * submit handler (a second button) with the same error handling.
 */
export function useApiForm<TValues extends FieldValues, TOut = TValues>(
  options: ApiFormOptions<TValues, TOut>,
) {
  const { schema, serverNames, onSubmit } = options;
  const form = useForm<TValues, unknown, TOut>({
    resolver: options.resolver ?? (schema ? zodResolver(schema) : undefined),
    mode: options.mode ?? 'onTouched',
    defaultValues: options.defaultValues,
  });
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const submitWith = (send: (values: TOut) => Promise<unknown>) =>
    form.handleSubmit(async (values) => {
      setProblem(null);
      try {
        await send(values);
      } catch (error) {
        setProblem(placeServerErrors(error, form, serverNames));
      }
    });

  return { form, field: fieldsOf(form), problem, setProblem, submit: submitWith(onSubmit), submitWith };
}
