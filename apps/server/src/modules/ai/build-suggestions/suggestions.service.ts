import {
  type BuildOption,
  type BuildSuggestion,
  type BuildSuggestionFields,
  type BuildSuggestionRequest,
  type OptimizerOption,
  optimizeBuilds,
  type SuggestedItem,
} from '@partwise/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../../config';
import { acting, type Caller } from '../../../core/caller';
import { AppError, notFound } from '../../../core/errors';
import type { ServiceDeps } from '../../../core/service-deps';
import { aiSuggestion, part } from '../../../db/schema';
import { cacheKey, createAiCache } from '../cache';
import { createMeter } from '../metering';
import { type ChatModel, type ConcurrencyGate, createChatModel, createConcurrencyGate } from '../provider';
import { catalogCandidates, parseCandidateId, soldPartsSince, stockCandidates } from './candidates';
import { figuresText, parseRationales, RATIONALE_VERSION, rationaleMessages } from './rationale';
import { fromModel, type NamedPart, READING_PROMPT, readWithRules } from './request-text';

const CachedRationales = z.array(z.string().nullable());

export interface BuildSuggestionsDeps extends ServiceDeps {
  config: Config;
  /** The model server; by default the one AI_PROVIDER names (null when the assistant is off). */
  model?: ChatModel | null;
  /** Model calls at once, per user and per process; shared with the other assistant features. */
  gate?: ConcurrencyGate;
}

function toOption(o: OptimizerOption): Omit<BuildOption, 'rationale'> {
  const items: SuggestedItem[] = o.items.map((c) => ({
    ...parseCandidateId(c.id),
    category: c.item.category,
    name: c.item.name,
    costCents: c.costCents,
    expectedValueCents: c.expectedValueCents,
  }));
  const { rank, costCents, purchaseCents, expectedValueCents, expectedProfitCents, compatibility } = o;
  return { rank, items, costCents, purchaseCents, expectedValueCents, expectedProfitCents, compatibility };
}

const explicitFields = ({ request: _text, ...fields }: BuildSuggestionRequest): BuildSuggestionFields =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));

/**
 * Build suggestions: the exact search (packages/shared/src/optimizer) over the owner's stock and, when
 * allowed, catalog parts; the model only reads free text into the structured request and writes a short
 * rationale from the figures. Stored as a pending ai_suggestion; nothing else changes until it is accepted.
 */
export function createBuildSuggestionsService({
  db,
  clock,
  config,
  model = createChatModel(config.ai),
  gate = createConcurrencyGate(config.ai.concurrencyPerUser, config.ai.concurrencyPerProcess),
}: BuildSuggestionsDeps) {
  const meter = createMeter({ db, config, model, gate });
  const cache = createAiCache(db);

  /** The parts the request names must be the caller's (else 404, as for any id) and in stock. */
  async function checkMustInclude(ownerId: string, ids: readonly number[]) {
    if (ids.length === 0) return;
    const rows = await db
      .select({ id: part.id, name: part.name, status: part.status })
      .from(part)
      .where(and(eq(part.ownerId, ownerId), inArray(part.id, [...ids])));
    for (const id of ids) {
      const row = rows.find((r) => r.id === id);
      if (!row) throw notFound('Part');
      if (row.status !== 'in_stock')
        throw new AppError('CONFLICT', `“${row.name}” is not in stock (${row.status.replaceAll('_', ' ')}).`);
    }
  }

  async function rationales(
    who: { ownerId: string; now: Date },
    fields: BuildSuggestionFields,
    options: Array<Omit<BuildOption, 'rationale'>>,
    signal?: AbortSignal,
  ): Promise<Array<string | null>> {
    if (!meter.model || options.length === 0) return options.map(() => null);
    const figures = figuresText(fields, options);
    const messages = rationaleMessages(figures);
    const key = cacheKey('build_suggestion', meter.model.model, RATIONALE_VERSION, messages);
    const kept = await cache.get(who, key, CachedRationales);
    if (kept?.length === options.length) return kept;
    const answer = await meter.call(who, 'build_suggestion', messages, signal);
    const written = parseRationales(answer.text, options.length, figures);
    await cache.put(who, 'build_suggestion', key, written);
    return written;
  }

  return {
    async suggest(
      caller: Caller,
      body: BuildSuggestionRequest,
      signal?: AbortSignal,
    ): Promise<BuildSuggestion> {
      const who = acting(caller, clock);
      const explicit = explicitFields(body);
      await checkMustInclude(who.ownerId, explicit.mustInclude ?? []);
      const sold = await soldPartsSince(db, who.ownerId, who.today);
      const stock = await stockCandidates(db, who.ownerId, who.today, sold);

      let fields = explicit;
      let readBy: BuildSuggestion['readBy'] = 'none';
      if (body.request) {
        const named: NamedPart[] = stock.map((c) => ({ id: Number(c.id.slice(5)), name: c.item.name }));
        let reading: BuildSuggestionFields | null = null;
        if (meter.model) {
          const messages = [
            { role: 'system' as const, content: READING_PROMPT },
            { role: 'user' as const, content: body.request },
          ];
          const answer = await meter.call(who, 'build_suggestion', messages, signal);
          reading = fromModel(answer.text, named);
        }
        readBy = reading ? 'model' : 'rules';
        // What the fields say wins over what the text says.
        fields = { ...(reading ?? readWithRules(body.request, named)), ...explicit };
      }

      const catalog = fields.allowPurchases ? await catalogCandidates(db, who.today, sold) : [];
      const found = optimizeBuilds({
        candidates: [...stock, ...catalog],
        mustInclude: fields.mustInclude?.map((id) => `part:${id}`),
        allowPurchases: fields.allowPurchases === true,
        budgetCents: fields.budgetCents,
        purchaseBudgetCents: fields.purchaseBudgetCents,
        allowIntegratedGraphics: fields.useCase === 'office',
        limit: 5,
      }).map(toOption);
      const written = await rationales(who, fields, found, signal);
      const options: BuildOption[] = found.map((o, i) => ({ ...o, rationale: written[i] ?? null }));

      const [row] = await db
        .insert(aiSuggestion)
        .values({
          ownerId: who.ownerId,
          kind: 'build',
          input: { request: body.request ?? null, fields, readBy },
          proposal: { options },
          createdAt: who.now,
        })
        .returning({ id: aiSuggestion.id });
      if (!row) throw new Error('ai_suggestion insert returned no row');
      return { id: row.id, status: 'pending', request: fields, readBy, options };
    },
  };
}

export type BuildSuggestionsService = ReturnType<typeof createBuildSuggestionsService>;
