import type { Operation } from './openapi-operations';
import type { OwnedObjects } from './owner-seed';

/**
 * What a path parameter names:
 * - `owned`: one user's record: another user gets 404, the same answer as for an id that does not exist;
 * - `setting`: a key of the caller's own settings (a platform, a year): each user acts on their own;
 * - `shared`: a record every signed-in user may read (the parts catalog).
 */
export type ParamKind = 'owned' | 'setting' | 'shared';

interface ParamSeed {
  kind: ParamKind;
  value(objects: OwnedObjects, catalogPartId: string): string | number;
}

const owned = (value: (o: OwnedObjects) => string | number): ParamSeed => ({ kind: 'owned', value });
const setting = (value: string): ParamSeed => ({ kind: 'setting', value: () => value });

/**
 * Every path parameter of the API, by the segment before it and its name (`builds/{id}`). A new route
 * whose parameter is not here fails the matrix with a message naming it: add a line, and to
 * seedOwnedObjects whatever the line needs.
 */
export const PATH_PARAMS: Record<string, ParamSeed> = {
  'parts/{id}': owned((o) => o.partId),
  // A part of a build (`/builds/{id}/parts/{partId}`).
  'parts/{partId}': owned((o) => o.buildPartId),
  'lots/{id}': owned((o) => o.lotId),
  'builds/{id}': owned((o) => o.buildId),
  'planned/{itemId}': owned((o) => o.plannedItemId),
  'listings/{id}': owned((o) => o.listingId),
  'sales/{id}': owned((o) => o.saleId),
  'expenses/{id}': owned((o) => o.expenseId),
  'photos/{photoId}': owned((o) => o.photoId),
  'tokens/{id}': owned((o) => o.tokenId),
  'sessions/{id}': owned((o) => o.sessionId),
  'deals/{id}': owned((o) => o.dealId),
  'suggestions/{id}': owned((o) => o.suggestionId),
  'conversations/{id}': owned((o) => o.conversationId),
  // Admin routes: the matrix only checks that a plain user cannot reach them.
  'users/{id}': owned((o) => o.userId),
  'jobs/{name}': setting('reconcile-analytics'),
  'catalog/{id}': { kind: 'shared', value: (_, catalogPartId) => catalogPartId },
  'fee-presets/{platform}': setting('ebay'),
  '{platform}/{delivery}': setting('shipped'),
  'mileage-rates/{year}': setting('2025'),
};

export interface ResolvedParam {
  name: string;
  kind: ParamKind;
  /** The value for the user whose objects are given. */
  valueFor(objects: OwnedObjects): string;
  /** A value of the same form that names nothing. */
  missing: string;
}

/** The seeds of an operation's path parameters; throws, naming each, when one has none. */
export function resolveParams(op: Operation, catalogPartId: string): ResolvedParam[] {
  const segments = op.path.split('/');
  const unknown: string[] = [];
  const resolved = op.pathParams.map(({ name, schema }) => {
    const at = segments.indexOf(`{${name}}`);
    const key = `${segments[at - 1]}/{${name}}`;
    const seed = PATH_PARAMS[key];
    if (!seed) {
      unknown.push(key);
      return null;
    }
    const missing =
      schema.type === 'integer'
        ? '987654321'
        : schema.format === 'uuid'
          ? '3f1e4c8a-2b7d-4e6f-9a1b-5c3d2e1f0a9b'
          : 'no-such-id';
    return {
      name,
      kind: seed.kind,
      valueFor: (objects: OwnedObjects) => String(seed.value(objects, catalogPartId)),
      missing,
    };
  });
  if (unknown.length > 0)
    throw new Error(
      `${op.name}: no seed for path parameter ${unknown.join(', ')}: add it to PATH_PARAMS in ` +
        'apps/server/src/authz/path-params.ts (and the object to seedOwnedObjects)',
    );
  return resolved.filter((p): p is ResolvedParam => p !== null);
}
