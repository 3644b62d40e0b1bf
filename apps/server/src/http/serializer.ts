import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { serializerCompiler as zodSerializer } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Response schemas whose answers are serialised by a compiled serialiser (fast-json-stringify, built from the
 * schema's JSON schema) in production: the big, hot answers (lists, a part), where zod re-encoding every row cost more
 * than the query. Only plain data schemas qualify (no transforms, no dates): their JSON schema says it all.
 */
const compiledSchemas = new WeakSet<z.ZodType>();

/** Marks a response schema for the compiled serialiser; returns it unchanged (`response: { 200: compiled(X) }`). */
export function compiled<T extends z.ZodType>(schema: T): T {
  compiledSchemas.add(schema);
  return schema;
}

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

/** The compiled serialiser of a response schema; throws at start-up for a schema JSON schema cannot express. */
export function compileSerializer(schema: z.ZodType): (data: unknown) => string {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' });
  const { $schema: _, ...rest } = json;
  return fastJson(withNullableTypes(rest) as Parameters<typeof fastJson>[0]);
}

/**
 * The app's response serialiser (config `responseSerializer`): with 'zod', zod encodes and validates every
 * answer (tests, development); with 'compiled' (production), marked schemas get the compiled serialiser.
 */
export function responseSerializer(mode: 'compiled' | 'zod') {
  const serializer: FastifySerializerCompiler<z.ZodType> = (route) => {
    if (mode === 'compiled') {
      const write = compiledSchemas.has(route.schema)
        ? compileSerializer(route.schema)
        : zodSerializer(route);
      return (data) => (data instanceof JsonText ? data.text : write(data));
    }
    const check = zodSerializer(route);
    return (data) => check(data instanceof JsonText ? JSON.parse(data.text) : data);
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
