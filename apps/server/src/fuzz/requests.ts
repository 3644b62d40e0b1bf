import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import { SAMPLE_PNG } from '../test/sample-data';
import { hostileBodyText, hostilePathSegment, hostileQuery } from './hostile';
import { acceptedArbitrary, type Schema, zodArbitrary } from './zod-arbitrary';

type Parsable = Schema & { safeParse(value: unknown): { success: boolean } };

/** A route as the app registered it, with its zod schemas. */
export interface FuzzRoute {
  method: string;
  /** Fastify's form: `/api/v1/parts/:id`. */
  url: string;
  params?: Schema;
  querystring?: Schema;
  body?: Schema;
  multipart: boolean;
}

export type Caller = 'token' | 'cookie' | 'admin' | 'anonymous' | 'forged';

export interface FuzzRequest {
  route: string;
  method: string;
  url: string;
  payload?: string | Buffer;
  contentType?: string;
  caller: Caller;
  /** A forged caller's credentials. */
  credentials?: Record<string, string>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Keeps the routes the fuzz aims at: every write under /api/v1 and /api/auth, and every read that takes a
 * query (lists, searches, exports, reports). Pass it to buildApp as `onRoute`.
 */
export function routeCollector(routes: FuzzRoute[]) {
  return (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = (route.schema ?? {}) as {
      params?: Schema;
      querystring?: Schema;
      body?: Schema;
      consumes?: string[];
    };
    for (const method of methods) {
      if (!route.url.startsWith('/api/v1/') && !route.url.startsWith('/api/auth/')) continue;
      if (!WRITE_METHODS.has(method) && !(method === 'GET' && schema.querystring)) continue;
      routes.push({
        method,
        url: route.url,
        ...(schema.params ? { params: schema.params } : {}),
        ...(schema.querystring ? { querystring: schema.querystring } : {}),
        ...(schema.body ? { body: schema.body } : {}),
        multipart: schema.consumes?.includes('multipart/form-data') ?? false,
      });
    }
  };
}

/** Ids of the fuzzing user's records as the run makes and deletes them, by the path segment that names them. */
export class IdPools {
  private readonly pools = new Map<string, (string | number)[]>();

  add(kind: string, id: unknown) {
    if (typeof id !== 'number' && typeof id !== 'string') return;
    const pool = this.pools.get(kind) ?? [];
    if (!pool.includes(id)) pool.push(id);
    this.pools.set(kind, pool);
  }

  /** One id of the kind, read when the value is drawn (the pools grow during the run); null without any. */
  pick(kind: string): fc.Arbitrary<unknown> | null {
    if (!this.pools.has(kind)) return null;
    return fc.nat().map((i) => {
      const pool = this.pools.get(kind) ?? [];
      return pool.length > 0 ? pool[i % pool.length] : 0;
    });
  }

  /** Ids a created or listed record brings: its own, and its parts' and planned items'. */
  harvest(kind: string, json: unknown) {
    if (typeof json !== 'object' || json === null) return;
    const record = json as Record<string, unknown>;
    this.add(kind, record.id);
    for (const [key, nestedKind] of [
      ['parts', 'parts'],
      ['planned', 'planned'],
      ['items', kind],
    ] as const) {
      const list = record[key];
      if (Array.isArray(list)) for (const item of list) this.add(nestedKind, (item as { id?: unknown })?.id);
    }
  }
}

/** Body fields that hold ids, and the pool each draws from. */
const ID_FIELDS: Record<string, string> = {
  partId: 'parts',
  buildId: 'builds',
  lotId: 'lots',
  listingId: 'listings',
  saleId: 'sales',
  catalogPartId: 'catalog',
  conversationId: 'ai',
};

function idsFor(pools: IdPools) {
  return (key: string): fc.Arbitrary<unknown> | null => {
    const kind = ID_FIELDS[key] ?? (key.endsWith('Ids') ? ID_FIELDS[key.slice(0, -1)] : undefined);
    const pick = kind ? pools.pick(kind) : null;
    if (!pick) return null;
    return key.endsWith('Ids') ? fc.array(pick, { minLength: 1, maxLength: 3 }) : pick;
  };
}

const encodeSegment = (value: unknown) => {
  try {
    return encodeURIComponent(String(value));
  } catch {
    return '%ED%A0%80';
  }
};

function queryText(values: unknown): string {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    // Lists in a query are comma lists (`status=sold,listed`).
    const text = Array.isArray(value)
      ? value.join(',')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : value;
    search.append(key, String(text));
  }
  return search.toString();
}

function multipartBody(bytes: Buffer, boundary: string): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

const photoUploads: fc.Arbitrary<{ payload?: Buffer; contentType?: string }> = fc.oneof(
  fc.constant({ payload: multipartBody(SAMPLE_PNG, 'fz'), contentType: 'multipart/form-data; boundary=fz' }),
  fc.uint8Array({ maxLength: 64 }).map((b) => ({
    payload: multipartBody(Buffer.from(b), 'fz'),
    contentType: 'multipart/form-data; boundary=fz',
  })),
  fc.nat({ max: 150 }).map((cut) => ({
    payload: multipartBody(SAMPLE_PNG, 'fz').subarray(0, cut),
    contentType: 'multipart/form-data; boundary=fz',
  })),
  fc.constant({ payload: multipartBody(SAMPLE_PNG, 'fz'), contentType: 'multipart/form-data' }),
  fc.constant({ payload: SAMPLE_PNG, contentType: 'image/png' }),
  fc.constant({}),
);

const AUTH_ENDPOINTS = fc.constantFrom(
  'sign-in/email',
  'sign-up/email',
  'sign-out',
  'get-session',
  'update-user',
  'change-password',
  'change-email',
  'delete-user',
  'forget-password',
  'reset-password',
  'revoke-sessions',
  'admin/set-role',
  'no-such-endpoint',
  '%00',
);

/** Credentials that are not: each must be a 401 (or a 403 for a cookie write from elsewhere). */
const forgedCredentials: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc
    .constantFrom(
      'Bearer',
      'Bearer ',
      'Bearer pwf_',
      'Bearer pwf_0000000000000000000000000000000000000000',
      `Bearer pwf_${'a'.repeat(5_000)}`,
      'Bearer a b',
      'Basic dXNlcjpwYXNz',
      'bearer\tpwf_x',
      'Token pwf_x',
      '',
    )
    .map((authorization) => ({ authorization })),
  fc
    .constantFrom(
      'better-auth.session_token=',
      'better-auth.session_token=forged.sig',
      `better-auth.session_token=${'x'.repeat(4_000)}`,
      'better-auth.session_token=%00',
      'a=b; better-auth.session_token="quoted"',
    )
    .map((cookie) => ({ cookie, origin: 'http://localhost:3000' })),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((token) => ({ authorization: `Bearer ${token}` })),
);

// Mostly JSON, now and then a type the route does not take.
const contentTypes = fc.oneof(
  { arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'), weight: 9 },
  {
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-16',
      'text/plain',
      'application/x-www-form-urlencoded',
    ),
    weight: 1,
  },
);

/** Requests to one route: its path filled with real ids or odd values, its query and body from its schemas. */
export function requestsTo(route: FuzzRoute, pools: IdPools): fc.Arbitrary<FuzzRequest> {
  const ids = idsFor(pools);
  const valid = (schema: Schema) => acceptedArbitrary(schema as Parsable, { idsFor: ids });
  const mutated = (schema: Schema) => zodArbitrary(schema, { idsFor: ids, hostility: 0.08 });
  const segments = route.url.split('/');

  const pathParts = segments.map((segment, i) => {
    if (!segment.startsWith(':') && segment !== '*') return fc.constant(segment);
    // better-auth's catch-all: its endpoints, and a few it does not have.
    if (segment === '*') return AUTH_ENDPOINTS;
    const name = segment.slice(1);
    const fromSchema = route.params?._zod.def.shape?.[name];
    const fromPool = pools.pick(segments[i - 1] ?? '');
    const choices: fc.WeightedArbitrary<string>[] = [{ arbitrary: hostilePathSegment, weight: 1 }];
    if (fromPool) choices.push({ arbitrary: fromPool.map(encodeSegment), weight: 12 });
    if (fromSchema)
      choices.push({ arbitrary: mutated(fromSchema).map(encodeSegment), weight: fromPool ? 2 : 12 });
    return fc.oneof(...choices);
  });
  const path = fc.tuple(...pathParts).map((parts) => parts.join('/'));

  const query = route.querystring
    ? fc.oneof(
        { arbitrary: valid(route.querystring).map(queryText), weight: 5 },
        { arbitrary: mutated(route.querystring).map(queryText), weight: 4 },
        { arbitrary: hostileQuery, weight: 1 },
      )
    : fc.constant('');

  const body: fc.Arbitrary<{ payload?: string | Buffer; contentType?: string }> = route.multipart
    ? photoUploads
    : route.body
      ? fc
          .oneof(
            { arbitrary: valid(route.body).map((v) => JSON.stringify(v)), weight: 5 },
            { arbitrary: mutated(route.body).map((v) => JSON.stringify(v)), weight: 4 },
            { arbitrary: hostileBodyText, weight: 1 },
          )
          .chain((text) => contentTypes.map((contentType) => ({ contentType, payload: text })))
      : fc.option(
          hostileBodyText.map((payload) => ({ payload, contentType: 'application/json' })),
          { freq: 10, nil: {} },
        );

  const caller: fc.Arbitrary<Caller> = route.url.startsWith('/api/auth/')
    ? fc.constant('anonymous')
    : route.url.startsWith('/api/v1/admin/')
      ? fc.constant('admin')
      : fc.constantFrom('token', 'token', 'token', 'cookie', 'cookie', 'forged');

  return fc
    .record({ path, query, body, caller, credentials: forgedCredentials })
    .map(({ path, query, body, caller, credentials }) => ({
      route: `${route.method} ${route.url}`,
      method: route.method,
      url: query ? `${path}?${query}` : path,
      ...(body.payload === undefined ? {} : { payload: body.payload }),
      ...(body.contentType === undefined ? {} : { contentType: body.contentType }),
      caller,
      ...(caller === 'forged' ? { credentials } : {}),
    }));
}

/** A request as a failure shows it: long bodies cut. */
export function describeRequest(request: FuzzRequest): string {
  const payload =
    request.payload === undefined
      ? ''
      : ` ${request.contentType ?? ''} ${JSON.stringify(String(request.payload).slice(0, 300))}${
          request.payload.length > 300 ? ` …(${request.payload.length} bytes)` : ''
        }`;
  return `${request.method} ${request.url.slice(0, 300)} as ${request.caller}${payload}`;
}
