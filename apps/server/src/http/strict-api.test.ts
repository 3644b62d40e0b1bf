import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_PATH } from '../openapi/openapi-file';
import { signUpAdmin } from '../test/admin';
import { createTestApp, type TestContext } from '../test/app';

// Generated from the app's own OpenAPI document, so a route added tomorrow is checked the day it appears:
// every JSON body refuses fields it does not know, and every text it takes (body, path or query) refuses
// control characters and lone surrogates with a 400 naming the field, before anything reaches the database.

interface Schema {
  type?: string;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Endpoint {
  method: string;
  path: string;
  operation: Operation;
}

/**
 * Not text to store or show: the CSV import's whole file (its cells are checked one by one, see the
 * parts-csv tests), and passwords (hashed, never stored or shown: any character is the user's choice).
 */
const NOT_TEXT_FIELDS = new Set(['csv', 'password', 'currentPassword', 'newPassword']);

let ctx: TestContext;
let headers: Record<string, string>;
let endpoints: Endpoint[];

beforeAll(async () => {
  ctx = await createTestApp();
  // An admin reaches every route, admin ones included, so validation is what answers.
  headers = (await signUpAdmin(ctx)).cookie;
  const document = (await ctx.app.inject({ url: OPENAPI_PATH })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  endpoints = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
    })),
  );
});
afterAll(() => ctx.close());

/** A value each path parameter accepts, so that only the part under test is wrong. */
function validParam(schema: Schema): string {
  if (schema.enum) return String(schema.enum[0]);
  if (schema.type === 'integer' || schema.type === 'number') return String(Math.max(1, schema.minimum ?? 1));
  if (schema.format === 'uuid') return randomUUID();
  return 'x1';
}

function urlOf(endpoint: Endpoint, override: { name: string; value: string } | null = null): string {
  let url = endpoint.path;
  for (const p of endpoint.operation.parameters ?? []) {
    if (p.in !== 'path') continue;
    const value = override?.name === p.name ? override.value : encodeURIComponent(validParam(p.schema));
    url = url.replace(`{${p.name}}`, value);
  }
  return url;
}

const jsonBody = (e: Endpoint) => e.operation.requestBody?.content['application/json']?.schema;

/** Paths (["parts", 0, "name"]) of every free-text string in a schema: not enums, not under records. */
function textPaths(schema: Schema, at: (string | number)[] = []): (string | number)[][] {
  if (schema.$ref) throw new Error(`resolve ${schema.$ref} in this walker first`);
  const union = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (union) return union.flatMap((branch) => textPaths(branch, at));
  if (schema.type === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, inner]) =>
      NOT_TEXT_FIELDS.has(key) ? [] : textPaths(inner, [...at, key]),
    );
  }
  if (schema.type === 'array' && schema.items) return textPaths(schema.items, [...at, 0]);
  if (schema.type === 'string' && !schema.enum) return [at];
  return [];
}

/** `{ parts: [{ name: value }] }` for the path ["parts", 0, "name"]. */
function bodyWith(path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const inner = bodyWith(rest, value);
  return typeof head === 'number' ? [inner] : { [head]: inner };
}

async function send(method: string, url: string, payload?: unknown) {
  const res = await ctx.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  let body: { error?: { code?: string; fields?: Record<string, string> } } = {};
  try {
    body = res.json();
  } catch {
    body = {};
  }
  return { status: res.statusCode, error: body.error };
}

/**
 * The field errors name `field` itself, an item of it ("status.0" of a comma-separated list), or its
 * parent (inside a union, zod reports the union).
 */
function names(fields: Record<string, string> | undefined, field: string): boolean {
  return Object.keys(fields ?? {}).some(
    (key) => key === field || key.startsWith(`${field}.`) || field.startsWith(`${key}.`),
  );
}

describe('every JSON request body is strict', () => {
  it('refuses a field it does not know with 400 VALIDATION_FAILED naming it', async () => {
    const withBodies = endpoints.filter(jsonBody);
    expect(withBodies.length).toBeGreaterThan(20);
    const lenient: string[] = [];
    for (const e of withBodies) {
      const { status, error } = await send(e.method, urlOf(e), { zzNotAField: 1 });
      if (status !== 400 || error?.code !== 'VALIDATION_FAILED' || !error.fields?.zzNotAField)
        lenient.push(`${e.method} ${e.path} → ${status} ${JSON.stringify(error)}`);
    }
    expect(lenient).toEqual([]);
  });

  it('refuses an unknown field inside a nested object too (a lot’s part)', async () => {
    const { status, error } = await send('POST', '/api/v1/lots', {
      name: 'Haul',
      totalCostCents: 100,
      acquiredAt: '2025-01-02',
      parts: [{ name: 'Fan', category: 'other', price: 5 }],
    });
    expect(status).toBe(400);
    expect(error?.fields).toEqual({ 'parts.0.price': 'is not a field of this request' });
  });
});

describe('every text a route takes refuses control characters and ill-formed Unicode', () => {
  const BAD_TEXT = {
    NUL: 'a\u0000b',
    'an escape character': 'a\u001b[31mb',
    'a lone surrogate': 'a\ud800b',
  };

  for (const [what, value] of Object.entries(BAD_TEXT)) {
    it(`in bodies: ${what} → 400 naming the field`, async () => {
      const failures: string[] = [];
      let checked = 0;
      for (const e of endpoints) {
        const schema = jsonBody(e);
        if (!schema) continue;
        for (const path of textPaths(schema)) {
          checked++;
          const field = path.join('.');
          const { status, error } = await send(e.method, urlOf(e), bodyWith(path, value));
          if (status !== 400 || !names(error?.fields, field))
            failures.push(`${e.method} ${e.path} ${field} → ${status} ${JSON.stringify(error?.fields)}`);
        }
      }
      expect(checked).toBeGreaterThan(40);
      expect(failures).toEqual([]);
    });
  }

  it('in path parameters: %00 → 400 naming the parameter', async () => {
    const failures: string[] = [];
    for (const e of endpoints) {
      for (const p of e.operation.parameters ?? []) {
        if (p.in !== 'path') continue;
        const { status, error } = await send(
          e.method,
          urlOf(e, { name: p.name, value: '%00' }),
          jsonBody(e) && {},
        );
        if (status !== 400 || !names(error?.fields, p.name))
          failures.push(`${e.method} ${e.path} ${p.name} → ${status} ${JSON.stringify(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('in query parameters: %00 → 400 naming the parameter (every q search among them)', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const e of endpoints) {
      for (const p of e.operation.parameters ?? []) {
        if (p.in !== 'query' || p.schema.type !== 'string') continue;
        checked++;
        const { status, error } = await send(e.method, `${urlOf(e)}?${p.name}=a%00b`);
        if (status !== 400 || !names(error?.fields, p.name))
          failures.push(`${e.method} ${e.path}?${p.name} → ${status} ${JSON.stringify(error)}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
});
