/** The operations of the app's own OpenAPI document, and a small valid body for each, to aim requests with. */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: boolean | number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  default?: unknown;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<Lowercase<Method>, OpenApiOperation>>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  method: Method;
  /** The path as the document writes it: `/api/v1/parts/{id}`. */
  path: string;
  /** `POST /api/v1/parts/{id}/photos`: how failures name it. */
  name: string;
  pathParams: { name: string; schema: JsonSchema }[];
  /** The required query parameters, with values their schemas accept (`?parts=keep`), or ''. */
  query: string;
  /** A JSON body the route's schema accepts (required fields only), when the route takes one. */
  jsonBody?: unknown;
  admin: boolean;
}

const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Every operation under `prefix` in the document, in its order. */
export function operationsOf(doc: OpenApiDocument, prefix = '/api/v1/'): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith(prefix)) continue;
    for (const method of METHODS) {
      const op = item[method.toLowerCase() as Lowercase<Method>];
      if (!op) continue;
      const json = op.requestBody?.content['application/json']?.schema;
      operations.push({
        method,
        path,
        name: `${method} ${path}`,
        pathParams: (op.parameters ?? [])
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, schema: p.schema })),
        query: requiredQuery(op, doc),
        ...(json ? { jsonBody: sampleOf(json, doc) } : {}),
        admin: path.startsWith('/api/v1/admin/'),
      });
    }
  }
  return operations;
}

function requiredQuery(op: OpenApiOperation, doc: OpenApiDocument): string {
  const required = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
  if (required.length === 0) return '';
  return `?${new URLSearchParams(required.map((p): [string, string] => [p.name, String(sampleOf(p.schema, doc))]))}`;
}

/** The path with each `{param}` replaced by its value (URL-encoded). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

const DATE = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/;

/**
 * A small value the schema accepts: required properties only, the first of an enum, the least number
 * allowed. Good enough for the bodies of this API; the matrix says which route needs a hand-made body when
 * the route refuses it.
 */
export function sampleOf(schema: JsonSchema, doc: OpenApiDocument): unknown {
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1) ?? '';
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return sampleOf(target, doc);
  }
  const choice = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (choice) return sampleOf(choice, doc);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sampleOf(s, doc)));
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const body: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        const property = schema.properties?.[key];
        if (property) body[key] = sampleOf(property, doc);
      }
      return body;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}, doc));
    case 'integer':
    case 'number': {
      const min = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : schema.minimum;
      if (min === undefined) return 1;
      return schema.exclusiveMinimum !== undefined && schema.exclusiveMinimum !== false ? min + 1 : min;
    }
    case 'boolean':
      return false;
    case 'string':
      if (schema.pattern && DATE.test(schema.pattern)) return '2025-03-01';
      if (schema.format === 'uuid') return '3f1e4c8a-2b7d-4e6f-9a1b-5c3d2e1f0a9b';
      if (schema.format === 'email') return 'someone@example.com';
      if (schema.format === 'uri') return 'https://example.com/item';
      if (schema.format === 'date') return '2025-03-01';
      if (schema.format === 'date-time') return '2025-03-01T12:00:00.000Z';
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
    default:
      return schema.default ?? null;
  }
}
