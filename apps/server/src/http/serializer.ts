import { isDeepStrictEqual } from 'node:util';
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { serializerCompiler as zodSerializer } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };

/**
 * zod writes `X | null` as `anyOf: [X, {type: 'null'}]`; fast-json-stringify answers anyOf by running a
 * validator per value. A type list (`type: ['integer', 'null']`) says the same and is serialised directly.
 */
function withNullableTypes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNullableTypes);
  if (typeof schema !== 'object' || schema === null) return schema;
  const node = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, withNullableTypes(value)]),
  ) as JsonSchema;
  const options = node.anyOf;
  if (!Array.isArray(options) || options.length !== 2) return node;
  const nonNull = options.filter((o: JsonSchema) => o.type !== 'null') as JsonSchema[];
  const [only] = nonNull;
  if (nonNull.length !== 1 || !only || typeof only.type !== 'string' || only.type === 'object') return node;
  const { anyOf: _, ...rest } = node;
  return { ...rest, ...only, type: [only.type, 'null'] };
}

/** The compiled serialiser of a response schema; throws for a schema JSON schema cannot express. */
export function compileSerializer(schema: z.ZodType): (data: unknown) => string {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' });
  const { $schema: _, ...rest } = json;
  return fastJson(withNullableTypes(rest) as Parameters<typeof fastJson>[0]);
}

/** The compiled serialiser, or null for a schema with transforms, dates or the like (zod writes those). */
function compiledOrNull(schema: z.ZodType): ((data: unknown) => string) | null {
  try {
    return compileSerializer(schema);
  } catch {
    return null;
  }
}

export type SerializerMode = 'compiled' | 'checked' | 'zod';

/**
 * The app's response serialiser (config `responseSerializer`):
 * - `compiled` (production): every answer whose schema JSON schema can express is written by a serialiser compiled
 *   from it (fast-json-stringify), without re-encoding and checking each row; the others by zod, and so is an
 *   answer the compiled serialiser refuses (an object with keys its union's branches do not name).
 * - `checked` (tests, development): zod encodes and checks every answer, and the compiled serialiser must write the
 *   same JSON without refusing, or the answer is a 500 naming the route: every route's test also tests production's
 *   serialiser.
 * - `zod`: zod alone.
 * An answer PostgreSQL already wrote (`JsonText`) is sent as is, and in the other modes checked like any other.
 */
export function responseSerializer(mode: SerializerMode) {
  const serializer: FastifySerializerCompiler<z.ZodType> = (route) => {
    const viaZod = zodSerializer(route);
    // Compiled on first use: a worker does not compile the schemas of routes it never answers.
    let viaCompiled: ((data: unknown) => string) | null | undefined;
    const compiledWriter = () => {
      if (viaCompiled === undefined) viaCompiled = mode === 'zod' ? null : compiledOrNull(route.schema);
      return viaCompiled;
    };
    if (mode === 'compiled') {
      return (data) => {
        if (data instanceof JsonText) return data.text;
        const write = compiledWriter();
        if (write) {
          try {
            return write(data);
          } catch {
            // Refused (see above): zod writes it, or says why it is not a valid answer.
          }
        }
        return viaZod(data);
      };
    }
    const where = `${route.method} ${route.url} (${route.httpStatus})`;
    return (data) => {
      const text = data instanceof JsonText ? data.text : undefined;
      const checked = viaZod(text === undefined ? data : JSON.parse(text));
      const write = compiledWriter();
      if (!write) return checked;
      let sent: string;
      try {
        sent = text ?? write(data);
      } catch (error) {
        throw new Error(`${where}: the compiled serialiser refused the answer zod wrote as ${checked}`, {
          cause: error,
        });
      }
      if (!isDeepStrictEqual(JSON.parse(sent), JSON.parse(checked)))
        throw new Error(`${where}: the compiled serialiser wrote ${sent}, zod ${checked}`);
      return checked;
    };
  };
  return serializer;
}

/**
 * An answer PostgreSQL already wrote as JSON (the parts list): the compiled serialiser sends its text as is;
 * zod parses it and checks it against the route's schema like any other answer (tests, development).
 */
export class JsonText<T> {
  /** Never read: ties the text to the type it holds, for the route's return type. */
  declare readonly of: T;
  constructor(readonly text: string) {}
}

export const jsonText = <T>(text: string): JsonText<T> => new JsonText<T>(text);

/** The value a JSON text holds, for a caller inside the server (the assistant's tools). */
export const parseJsonText = <T>(json: JsonText<T>): T => JSON.parse(json.text) as T;

/** A route answers with the JSON text for its schema's type: the serialiser above knows the difference. */
export const asAnswer = <T>(json: JsonText<T>): T => json as unknown as T;
