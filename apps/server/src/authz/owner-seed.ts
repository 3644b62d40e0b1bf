import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { aiSuggestion, chatConversation, chatMessage } from '../db/schema';
import { SAMPLE_PNG } from '../test/sample-data';
import type { TestUser } from '../test/users';

/** One of each thing a user owns, made through the real routes: what the matrix fills path parameters with. */
export interface OwnedObjects {
  userId: string;
  /** A part in stock, with a photo and a draft listing. */
  partId: number;
  /** A part inside the build. */
  buildPartId: number;
  /** A part that was sold, then partly refunded. */
  soldPartId: number;
  lotId: number;
  lotPartIds: number[];
  buildId: number;
  plannedItemId: number;
  listingId: number;
  saleId: number;
  expenseId: number;
  photoId: string;
  tokenId: string;
  /** A deal check (not bought). */
  dealId: number;
  /** A pending build suggestion of the assistant (the optimizer runs without a model). */
  suggestionId: number;
  /**
   * A tech-chat conversation with a message and a proposal of the model shown on it (written to the database:
   * the chat needs a model).
   */
  conversationId: number;
  /** The user's sign-in session. */
  sessionId: string;
  /** Text written into every name, note and description, so that a leak shows in any answer. */
  marker: string;
}

type Json = Record<string, unknown>;

/**
 * Creates one part, lot, build (with a part and a planned item), listing, sale, refund, expense, photo, API
 * token, fee preset, mileage rate and chat conversation for `user`, each carrying `marker` where it has text.
 */
export async function seedOwnedObjects(
  app: FastifyInstance,
  user: TestUser,
  marker: string,
  db: Db,
): Promise<OwnedObjects> {
  const headers = user.cookie;
  const send = async (
    method: 'POST' | 'PUT',
    url: string,
    payload: Json | FormData,
    expected = [200, 201],
  ) => {
    const reply = await app.inject({ method, url, headers, payload });
    if (!expected.includes(reply.statusCode))
      throw new Error(`seeding ${method} ${url} for ${marker}: ${reply.statusCode} ${reply.body}`);
    return reply.json() as Json;
  };
  const part = (name: string, extra: Json = {}) =>
    send('POST', '/api/v1/parts', {
      name: `${name} ${marker}`,
      category: 'gpu',
      costCents: 12_345,
      acquiredAt: '2025-03-01',
      notes: `notes ${marker}`,
      serial: `SN-${marker}`,
      ...extra,
    });
  const idOf = (json: Json) => json.id as number;

  const partId = idOf(await part('RTX 3070'));
  const buildPartId = idOf(await part('Ryzen 5 5600X', { category: 'cpu' }));
  const soldPartId = idOf(await part('RX 6600'));
  const lot = await send('POST', '/api/v1/lots', {
    name: `Whole PC ${marker}`,
    totalCostCents: 50_001,
    acquiredAt: '2025-02-03',
    notes: `lot ${marker}`,
    parts: [
      { name: `B550 board ${marker}`, category: 'motherboard', weight: 2 },
      { name: `16 GB DDR4 ${marker}`, category: 'memory' },
    ],
  });
  const buildId = idOf(await send('POST', '/api/v1/builds', { name: `Gaming PC ${marker}` }));
  await send('POST', `/api/v1/builds/${buildId}/parts`, { partId: buildPartId });
  const planned = await send('POST', `/api/v1/builds/${buildId}/planned`, {
    category: 'psu',
    name: `650 W PSU ${marker}`,
    expectedCostCents: 4_500,
  });
  const listing = await send('POST', '/api/v1/listings', {
    partId,
    platform: 'ebay',
    title: `RTX 3070 ${marker}`,
    description: `description ${marker}`,
    priceCents: 30_000,
  });
  const sale = await send('POST', '/api/v1/sales', {
    partId: soldPartId,
    priceCents: 20_000,
    platform: 'ebay',
  });
  await send('POST', `/api/v1/sales/${idOf(sale)}/refund`, { amountCents: 1_000, restock: false });
  const expense = await send('POST', '/api/v1/expenses', {
    description: `Bubble wrap ${marker}`,
    amountCents: 899,
    spentAt: '2025-02-04',
    category: 'shipping_supplies',
  });
  const form = new FormData();
  form.append('file', new Blob([SAMPLE_PNG], { type: 'image/png' }), 'photo.png');
  const photo = await send('POST', `/api/v1/parts/${partId}/photos`, form);
  const token = await send('POST', '/api/v1/tokens', { name: `script ${marker}` });
  await send('PUT', '/api/v1/fee-presets/ebay/shipped', { percentBasisPoints: 1_234, fixedCents: 30 });
  await send('PUT', '/api/v1/mileage-rates/2025', { ratePerMileTenthCents: 777 });
  const deal = await send('POST', '/api/v1/deals/check', {
    text: `Gaming PC i7-8700K GTX 1080 16GB RAM 500GB SSD 650W - $450 ${marker}`,
  });
  const suggestion = await send('POST', '/api/v1/ai/build-suggestions', {});

  const [conversation] = await db
    .insert(chatConversation)
    .values({ ownerId: user.id, title: `Which PSU ${marker}` })
    .returning({ id: chatConversation.id });
  if (!conversation) throw new Error('seeding: no conversation');
  await db.insert(chatMessage).values({
    ownerId: user.id,
    conversationId: conversation.id,
    role: 'user',
    content: `Which PSU ${marker}`,
  });
  // A proposal of the chat's model, shown on the conversation (as the chat's proposal tool stores one).
  const [proposal] = await db
    .insert(aiSuggestion)
    .values({
      ownerId: user.id,
      kind: 'reprice_listing',
      input: { tool: 'propose_reprice_listing', args: { listingId: idOf(listing), priceCents: 29_000 } },
      proposal: {
        change: {
          kind: 'reprice_listing',
          listingId: idOf(listing),
          title: `RTX 3070 ${marker}`,
          fromCents: 30_000,
          toCents: 29_000,
        },
        proposedOn: { listingStatus: 'active', priceCents: 30_000 },
      },
    })
    .returning({ id: aiSuggestion.id });
  await db.insert(chatMessage).values({
    ownerId: user.id,
    conversationId: conversation.id,
    role: 'tool',
    content: 'Proposed a new price for a listing',
    toolName: 'propose_reprice_listing',
    suggestionId: proposal?.id ?? null,
  });

  const plannedItemId = (planned.planned as { id: number }[] | undefined)?.at(-1)?.id;
  if (plannedItemId === undefined) throw new Error(`seeding: no planned item in ${JSON.stringify(planned)}`);
  return {
    userId: user.id,
    partId,
    buildPartId,
    soldPartId,
    lotId: idOf(lot),
    lotPartIds: (lot.parts as { id: number }[]).map((p) => p.id),
    buildId,
    plannedItemId,
    listingId: idOf(listing),
    saleId: idOf(sale),
    expenseId: idOf(expense),
    photoId: photo.id as string,
    tokenId: token.id as string,
    dealId: idOf(deal),
    suggestionId: idOf(suggestion),
    conversationId: conversation.id,
    sessionId: await sessionOf(app, user),
    marker,
  };
}

async function sessionOf(app: FastifyInstance, user: TestUser): Promise<string> {
  const reply = await app.inject({ method: 'GET', url: '/api/v1/sessions', headers: user.cookie });
  const [session] = (reply.json() as { items: { id: string }[] }).items;
  if (!session) throw new Error(`no session for ${user.email}: ${reply.body}`);
  return session.id;
}
