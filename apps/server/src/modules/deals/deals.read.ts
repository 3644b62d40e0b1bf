import {
  type DealAssistant,
  type DealAssistantSkip,
  type ParsedListing,
  parseListing,
} from '@partwise/shared';
import { AppError } from '../../core/errors';
import type { Meter } from '../ai/metering';
import type { CatalogService } from '../catalog/catalog.service';
import { mergeReadings, proposalsFrom, readingMessages } from './deals.assistant';
import { type MatchedItem, matchItem } from './deals.match';

/** A listing's text read into parts matched to the catalog, with what the assistant did for the reading. */
export interface DealReading extends Omit<ParsedListing, 'items'> {
  items: MatchedItem[];
  assistant: DealAssistant;
}

const NOTHING: ParsedListing = {
  items: [],
  askingPriceCents: null,
  priceTerms: null,
  condition: 'used',
  unmatched: [],
};

/** The assistant's refusals that leave the parser's reading standing; anything else is a real failure. */
const SKIPPED_WHEN: Partial<Record<AppError['code'], DealAssistantSkip>> = {
  AI_NOT_CONFIGURED: 'not_configured',
  AI_LIMIT_REACHED: 'limit_reached',
  RATE_LIMITED: 'busy',
  AI_UNAVAILABLE: 'unavailable',
};

/**
 * Reads a listing: the deterministic parser first, each part matched to the catalog; then, when the assistant
 * is configured and wanted and the reading leaves something to improve (a word not understood, a match that
 * is not sure), one metered model call (`deal_parse`) whose parts are checked against the listing, matched
 * with the same matcher and merged by `mergeReadings`. The assistant never makes a check fail: when it cannot
 * run, the parser's reading is the answer, with the reason.
 */
export function createDealReader({ catalog, meter }: { catalog: CatalogService; meter: Meter }) {
  return async function read(
    who: { ownerId: string; now: Date },
    text: string,
    useAssistant: boolean,
    signal?: AbortSignal,
  ): Promise<DealReading> {
    const parsed = text ? parseListing(text) : NOTHING;
    const items = await Promise.all(parsed.items.map((item) => matchItem(catalog, item)));
    const reading = { ...parsed, items };
    const skipped = (reason: DealAssistantSkip, message: string): DealReading => ({
      ...reading,
      assistant: { used: false, reason, message },
    });
    if (!useAssistant) return skipped('off', "You asked for the parser's reading only.");
    if (!meter.model) return skipped('not_configured', 'The assistant is not configured on this server.');
    if (!text) return skipped('nothing_to_improve', 'There was no listing text to read.');
    if (parsed.unmatched.length === 0 && items.every((i) => i.matchConfidence === 'high'))
      return skipped(
        'nothing_to_improve',
        'Every part was a sure catalog match and every word was understood: nothing left to improve.',
      );

    let answer: Awaited<ReturnType<Meter['call']>>;
    try {
      answer = await meter.call(who, 'deal_parse', readingMessages(text, items, parsed.unmatched), signal);
    } catch (error) {
      const reason = error instanceof AppError ? SKIPPED_WHEN[error.code] : undefined;
      if (!reason) throw error;
      return skipped(reason, (error as AppError).message);
    }
    const usage = { inputTokens: answer.inputTokens, outputTokens: answer.outputTokens };
    const read = proposalsFrom(answer.text, text);
    if (!read)
      return {
        ...reading,
        assistant: {
          used: true,
          usage,
          ignored: [
            { name: 'Its answer', reason: "It was not the JSON asked for: the parser's reading stands." },
          ],
        },
      };
    const proposed = await Promise.all(
      read.proposals.map(async (p) => ({
        item: await matchItem(catalog, p.item, 'assistant'),
        replaces: p.replaces,
      })),
    );
    const merged = mergeReadings(items, proposed, parsed.unmatched);
    return {
      ...reading,
      items: merged.items,
      unmatched: merged.unmatched,
      assistant: { used: true, usage, ignored: [...read.ignored, ...merged.ignored] },
    };
  };
}

export type DealReader = ReturnType<typeof createDealReader>;
