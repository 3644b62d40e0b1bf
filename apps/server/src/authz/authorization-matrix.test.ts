import { ERROR_STATUS, type ErrorCode, isErrorBody } from '@partwise/shared';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/clock';
import { createTestApp, TEST_ORIGIN, type TestContext } from '../test/app';
import { seedCatalog } from '../test/catalog';
import { createSnapshotter, type DataSnapshot, snapshotDifferences } from '../test/data-snapshot';
import { SAMPLE_PNG } from '../test/sample-data';
import { bearerFor, signUp, type TestUser } from '../test/users';
import { BODY_REFERENCES, uncoveredBodyIds } from './body-references';
import { fillPath, type OpenApiDocument, type Operation, operationsOf } from './openapi-operations';
import { type OwnedObjects, seedOwnedObjects } from './owner-seed';
import { type ResolvedParam, resolveParams } from './path-params';

// The authorization matrix (issue 8): every /api/v1 operation of the app's own OpenAPI document, asked by
// someone not signed in, by a plain user on admin routes and by another user with the owner's ids. A new
// route is in it the day it appears; one whose path parameter the matrix cannot fill fails, naming it.

type Headers = Record<string, string>;

/** Bodies the document cannot describe well enough to make one (a multipart upload). */
const BODIES: Record<string, () => InjectOptions['payload']> = {
  'POST /api/v1/parts/{id}/photos': () => {
    const form = new FormData();
    form.append('file', new Blob([SAMPLE_PNG], { type: 'image/png' }), 'photo.png');
    return form;
  },
  // A planned item needs a name or a catalog part, which the document cannot say.
  'POST /api/v1/builds/{id}/planned': () => ({ category: 'psu', name: '650 W PSU' }),
};

/** Lists and the owner's ids they must never show to another user. */
const LIST_IDS: Record<string, (o: OwnedObjects) => (string | number)[]> = {
  '/api/v1/parts': (o) => [o.partId, o.buildPartId, o.soldPartId, ...o.lotPartIds],
  '/api/v1/lots': (o) => [o.lotId],
  '/api/v1/builds': (o) => [o.buildId],
  '/api/v1/listings': (o) => [o.listingId],
  '/api/v1/sales': (o) => [o.saleId],
  '/api/v1/expenses': (o) => [o.expenseId],
  '/api/v1/tokens': (o) => [o.tokenId],
};

let ctx: TestContext;
let owner: TestUser;
let other: TestUser;
let otherToken: Headers;
let ownerObjects: OwnedObjects;
let otherObjects: OwnedObjects;
let doc: OpenApiDocument;
let operations: Operation[];
let params: Map<string, ResolvedParam[]>;
const unseeded: string[] = [];
let ownerData: () => Promise<DataSnapshot>;
let ownerDataBefore: DataSnapshot;
/** What the other user's reads answered before the owner had any data. */
let otherViewsBefore: Map<string, string>;

const send = (op: Operation, values: Record<string, string>, headers: Headers, body?: object) =>
  ctx.app.inject({
    method: op.method,
    url: fillPath(op.path, values) + op.query,
    headers,
    ...(op.method === 'GET' || op.method === 'DELETE'
      ? {}
      : { payload: (body ?? BODIES[op.name]?.() ?? op.jsonBody ?? undefined) as InjectOptions['payload'] }),
  });

const valuesFor = (op: Operation, objects: OwnedObjects) =>
  Object.fromEntries((params.get(op.name) ?? []).map((p) => [p.name, p.valueFor(objects)]));

const describeReply = (reply: LightMyRequestResponse) => `${reply.statusCode} ${reply.body.slice(0, 300)}`;

/** null when the reply is `code` in the one error shape, else what is wrong. */
function refusedWith(reply: LightMyRequestResponse, code: ErrorCode): string | null {
  let body: unknown = null;
  try {
    body = reply.json();
  } catch {}
  if (reply.statusCode !== ERROR_STATUS[code] || !isErrorBody(body) || body.error.code !== code)
    return `expected ${ERROR_STATUS[code]} ${code}, got ${describeReply(reply)}`;
  return null;
}

/** Param-less reads that are not admin routes: what a user sees of their own data (lists, `/me`, totals). */
/** The only /api/v1 operations that need no signed-in user, and why. */
const PUBLIC_OPERATIONS = new Map([
  ['GET /api/v1/billing/plans', 'the plans and their prices are public'],
  ['POST /api/v1/billing/webhook', "Stripe's call, authenticated by its signature"],
]);

/** Views that answer what the request came with (the session list marks "this device"): not the same by token. */
const BY_CREDENTIAL = new Set(['/api/v1/sessions']);

const ownViews = () =>
  operations.filter((op) => op.method === 'GET' && op.pathParams.length === 0 && !op.admin);

async function readViews(headers: Headers): Promise<Map<string, string>> {
  const views = new Map<string, string>();
  for (const op of ownViews()) views.set(op.name, describeReply(await send(op, {}, headers)));
  return views;
}

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock('2025-06-15T12:00:00Z') });
  doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
  operations = operationsOf(doc);
  const [catalogPartId = ''] = Object.keys(await seedCatalog(ctx.database.db, ['cpu-00009']));
  params = new Map();
  for (const op of operations) {
    try {
      params.set(op.name, resolveParams(op, catalogPartId));
    } catch (err) {
      unseeded.push((err as Error).message);
    }
  }
  // A route the matrix cannot fill fails the coverage test below; the others still run.
  operations = operations.filter((op) => params.has(op.name));

  other = await signUp(ctx.app, { name: 'Other' });
  otherObjects = await seedOwnedObjects(ctx.app, other, 'other-8c41e7', ctx.database.db);
  otherToken = await bearerFor(ctx.app, other);
  otherViewsBefore = await readViews(otherToken);

  owner = await signUp(ctx.app, { name: 'Owner' });
  ownerObjects = await seedOwnedObjects(ctx.app, owner, 'owner-5d93a2', ctx.database.db);
  ownerData = await createSnapshotter(ctx.database.db, owner.id);
  ownerDataBefore = await ownerData();
}, 120_000);
afterAll(() => ctx.close());

async function expectOwnerDataUnchanged() {
  expect(snapshotDifferences(ownerDataBefore, await ownerData()), "the owner's stored data changed").toEqual(
    [],
  );
}

describe('the authorization matrix, from the OpenAPI document', () => {
  it('covers the API: every /api/v1 operation, with a seed for each path parameter', () => {
    expect(unseeded).toEqual([]);
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.filter((op) => op.admin).length).toBeGreaterThan(0);
  });

  it('answers 401 to every operation when no one is signed in, or with a forged token or cookie', async () => {
    const anonymous: Record<string, Headers> = {
      'no credentials': {},
      'a forged token': { authorization: 'Bearer pwf_forged0000000000000000000000' },
      'a forged cookie': { cookie: 'better-auth.session_token=forged.signature', origin: TEST_ORIGIN },
    };
    const failures: string[] = [];
    for (const op of operations.filter((o) => !PUBLIC_OPERATIONS.has(o.name))) {
      for (const [who, headers] of Object.entries(anonymous)) {
        const wrong = refusedWith(await send(op, valuesFor(op, ownerObjects), headers), 'UNAUTHENTICATED');
        if (wrong) failures.push(`${op.name} with ${who}: ${wrong}`);
      }
    }
    expect(failures).toEqual([]);
    await expectOwnerDataUnchanged();
  });

  it('answers 403 to a plain user on every admin operation, by cookie and by token', async () => {
    const failures: string[] = [];
    for (const op of operations.filter((o) => o.admin)) {
      for (const [how, headers] of Object.entries({ cookie: other.cookie, token: otherToken })) {
        const wrong = refusedWith(await send(op, valuesFor(op, ownerObjects), headers), 'FORBIDDEN');
        if (wrong) failures.push(`${op.name} by ${how}: ${wrong}`);
      }
    }
    expect(failures).toEqual([]);
    await expectOwnerDataUnchanged();
  });

  it("answers 404 to another user for each of the owner's ids, exactly as for an id that does not exist", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const op of operations.filter((o) => !o.admin)) {
      const opParams = params.get(op.name) ?? [];
      // One owner's id at a time, the other parameters the caller's own: a mixed path is no way in either.
      for (const target of opParams.filter((p) => p.kind === 'owned')) {
        const own = valuesFor(op, otherObjects);
        const ownerValue = target.valueFor(ownerObjects);
        for (const [how, headers] of Object.entries({ cookie: other.cookie, token: otherToken })) {
          const what = `${op.name} by ${how}, {${target.name}} the owner's`;
          const reply = await send(op, { ...own, [target.name]: ownerValue }, headers);
          const missing = await send(op, { ...own, [target.name]: target.missing }, headers);
          checked += 1;
          const wrong = refusedWith(reply, 'NOT_FOUND');
          if (wrong) failures.push(`${what}: ${wrong}`);
          else if (
            reply.body.replaceAll(ownerValue, '{id}') !== missing.body.replaceAll(target.missing, '{id}')
          )
            failures.push(`${what}: ${reply.body} differs from a missing id's ${missing.body}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(30);
    await expectOwnerDataUnchanged();
  });

  it("shows another user's lists, account and totals exactly as before the owner had any data", async () => {
    const failures: string[] = [];
    const after = await readViews(otherToken);
    const byCookie = await readViews(other.cookie);
    const secrets = [ownerObjects.marker, owner.id, owner.email, ownerObjects.photoId, ownerObjects.tokenId];
    for (const op of ownViews()) {
      const seen = after.get(op.name) ?? '';
      if (seen !== otherViewsBefore.get(op.name))
        failures.push(`${op.name}: ${otherViewsBefore.get(op.name)} became ${seen}`);
      if (byCookie.get(op.name) !== seen && !BY_CREDENTIAL.has(op.path))
        failures.push(`${op.name}: by cookie ${byCookie.get(op.name)}`);
      for (const secret of secrets) if (seen.includes(secret)) failures.push(`${op.name} shows ${secret}`);
      const ownerIds = LIST_IDS[op.path]?.(ownerObjects);
      if (ownerIds) {
        const reply = await send(op, {}, otherToken);
        const items = (reply.json() as { items?: { id: string | number }[] }).items ?? [];
        if (items.length === 0)
          failures.push(`${op.name}: the other user's list is empty, so it proves nothing`);
        for (const item of items)
          if (ownerIds.includes(item.id)) failures.push(`${op.name} lists the owner's ${item.id}`);
      }
    }
    expect(failures).toEqual([]);
    await expectOwnerDataUnchanged();
  });
  it("answers another user who names the owner's records in a body as if they did not exist", async () => {
    expect(
      uncoveredBodyIds(doc),
      'body fields holding ids: add each to BODY_REFERENCES (body-references.ts)',
    ).toEqual([]);
    const failures: string[] = [];
    const missingId = 987_654_321;
    for (const [name, fields] of Object.entries(BODY_REFERENCES)) {
      const op = operations.find((o) => o.name === name);
      if (!op) {
        failures.push(`${name} is no longer in the API: remove it from BODY_REFERENCES`);
        continue;
      }
      for (const [field, reference] of Object.entries(fields)) {
        const ownerId = reference.id(ownerObjects);
        const own = valuesFor(op, otherObjects);
        for (const [how, headers] of Object.entries({ cookie: other.cookie, token: otherToken })) {
          const what = `${name} by ${how}, ${field} the owner's`;
          const reply = await send(op, own, headers, reference.body(ownerId));
          const missing = await send(op, own, headers, reference.body(missingId));
          const wrong = refusedWith(reply, reference.refusal ?? 'NOT_FOUND');
          if (wrong) failures.push(`${what}: ${wrong}`);
          else if (
            reply.body.replaceAll(String(ownerId), '{id}') !==
            missing.body.replaceAll(String(missingId), '{id}')
          )
            failures.push(`${what}: ${reply.body} differs from a missing id's ${missing.body}`);
        }
      }
    }
    expect(failures).toEqual([]);
    await expectOwnerDataUnchanged();
  });

  it("lets another user act on their own settings and read the shared catalog, never the owner's", async () => {
    const failures: string[] = [];
    for (const op of operations.filter((o) => !o.admin)) {
      const opParams = params.get(op.name) ?? [];
      if (opParams.length === 0 || opParams.some((p) => p.kind === 'owned')) continue;
      const reply = await send(op, valuesFor(op, otherObjects), otherToken);
      if (reply.statusCode >= 300) failures.push(`${op.name}: ${describeReply(reply)}`);
    }
    expect(failures).toEqual([]);
    await expectOwnerDataUnchanged();
  });
});
