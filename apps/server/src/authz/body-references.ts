import type { ErrorCode } from '@partwise/shared';
import type { OpenApiDocument } from './openapi-operations';
import type { OwnedObjects } from './owner-seed';

interface BodyReference {
  /** The owner's record the field names. */
  id(objects: OwnedObjects): number;
  /** A body that passes validation with `id` in the field. */
  body(id: number): Record<string, unknown>;
  /** How the route refuses it, the same for an id that does not exist: NOT_FOUND unless said. */
  refusal?: ErrorCode;
}

/**
 * Every request body field that names a user's record, by operation and field path (`items[].partId`): another
 * user who puts the owner's id there gets the answer an id that does not exist gets. Catalog ids are shared.
 */
export const BODY_REFERENCES: Record<string, Record<string, BodyReference>> = {
  'POST /api/v1/ai/listing-drafts': {
    partId: { id: (o) => o.partId, body: (partId) => ({ partId, platform: 'ebay' }) },
    buildId: { id: (o) => o.buildId, body: (buildId) => ({ buildId, platform: 'ebay' }) },
  },
  'POST /api/v1/ai/build-suggestions': {
    mustInclude: { id: (o) => o.partId, body: (partId) => ({ mustInclude: [partId] }) },
  },
  'POST /api/v1/ai/chat': {
    conversationId: {
      id: (o) => o.conversationId,
      body: (conversationId) => ({ conversationId, message: 'hi' }),
    },
  },
  'POST /api/v1/builds/{id}/parts': { partId: { id: (o) => o.partId, body: (partId) => ({ partId }) } },
  'POST /api/v1/compatibility/check': {
    'items[].partId': { id: (o) => o.partId, body: (partId) => ({ items: [{ partId }] }) },
  },
  'POST /api/v1/listings': {
    partId: { id: (o) => o.partId, body: (partId) => ({ partId, platform: 'ebay', priceCents: 100 }) },
    buildId: { id: (o) => o.buildId, body: (buildId) => ({ buildId, platform: 'ebay', priceCents: 100 }) },
  },
  'PATCH /api/v1/lots/{id}': {
    // Not a part of the caller's lot, whoever's part it is.
    'weights[].partId': {
      id: (o) => o.lotPartIds[0] ?? 0,
      body: (partId) => ({ weights: [{ partId, weight: 1 }] }),
      refusal: 'RULE_VIOLATION',
    },
  },
  'POST /api/v1/parts/bulk': {
    ids: { id: (o) => o.partId, body: (id) => ({ ids: [id], action: 'archive' }) },
  },
  'POST /api/v1/sales': {
    partId: { id: (o) => o.partId, body: (partId) => ({ partId, priceCents: 100, platform: 'ebay' }) },
    buildId: {
      id: (o) => o.buildId,
      body: (buildId) => ({ buildId, priceCents: 100, platform: 'ebay', overrideReason: 'as is' }),
    },
    listingId: { id: (o) => o.listingId, body: (listingId) => ({ listingId, priceCents: 100 }) },
  },
};

/** Fields that hold an id of a record every user shares. */
const SHARED_ID_FIELDS = new Set(['catalogPartId', 'catalogPartIds']);

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

/** Field paths of a JSON schema whose name says they hold ids (`partId`, `ids`, `weights[].partId`). */
function idFields(schema: SchemaNode, doc: OpenApiDocument, prefix = '', depth = 0): string[] {
  if (depth > 6) return [];
  const node = schema.$ref
    ? ((doc.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] as SchemaNode | undefined) ?? {})
    : schema;
  const found: string[] = [];
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (/(^id|Id|Ids|^ids)$/.test(key) && !SHARED_ID_FIELDS.has(key)) found.push(path);
    found.push(...idFields(value, doc, path, depth + 1));
  }
  if (node.items) found.push(...idFields(node.items, doc, `${prefix}[]`, depth + 1));
  for (const inner of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])])
    found.push(...idFields(inner, doc, prefix, depth + 1));
  return [...new Set(found)];
}

/** `POST /api/v1/x: field` for each id field of a body that BODY_REFERENCES does not cover. */
export function uncoveredBodyIds(doc: OpenApiDocument): string[] {
  const missing: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const schema = op?.requestBody?.content['application/json']?.schema as SchemaNode | undefined;
      if (!schema || !path.startsWith('/api/v1/') || path.startsWith('/api/v1/admin/')) continue;
      const name = `${method.toUpperCase()} ${path}`;
      for (const field of idFields(schema, doc))
        if (!BODY_REFERENCES[name]?.[field]) missing.push(`${name}: ${field}`);
    }
  }
  return missing;
}
