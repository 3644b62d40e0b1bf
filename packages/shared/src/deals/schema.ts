import { z } from 'zod';
import { BuildCompatibility } from '../builds/build';
import { PageQuery, pageOf } from '../pagination';
import { Category, Condition } from '../parts/enums';
import { CatalogPartId, Cents, IsoDate } from '../parts/part';
import { Delivery, Platform } from '../sales/fees';
import { lineText, longText } from '../text';
import { Confidence, ValuationBasis } from '../valuation/schema';

/** The margin a deal must leave (profit ÷ sale price) when the user has not said otherwise. */
export const DEFAULT_TARGET_MARGIN_PERCENT = 25;

export const DealCheckRequest = z
  .strictObject({
    /** The listing's text as pasted: its parts and asking price are read from it. */
    text: longText().max(5000, 'must be at most 5000 characters').optional(),
    /** Catalog parts picked by hand, besides (or instead of) those read from the text. */
    catalogPartIds: z.array(CatalogPartId).max(30, 'at most 30 parts').optional(),
    /** The asking price, when the text does not say it or says it otherwise. */
    askingPriceCents: Cents.optional(),
    /** Where you would resell: its fees come from your fee presets. */
    platform: Platform.default('ebay'),
    delivery: Delivery.optional(),
    /** What shipping the resale would cost you; estimated per part when left out (0 for local pickup). */
    shippingCents: Cents.optional(),
    /** Profit ÷ sale price the deal must leave; your target margin (25 % unless you set one) when left out. */
    targetMarginPercent: z.number().int().min(0).max(90).optional(),
    useAssistant: z
      .boolean()
      .optional()
      .describe(
        "Let the assistant improve the parser's reading of the text: it may add parts the parser missed and better a weak catalog match, never a sure (high-confidence) one. On unless set to false; used only when the server has a model configured and the reading leaves something to improve. Its tokens count against your monthly allowance; when it cannot run (not configured, allowance used up, busy, not answering) the check still answers with the parser's reading and says why.",
      ),
  })
  .refine((v) => (v.text?.trim() ?? '') !== '' || (v.catalogPartIds?.length ?? 0) > 0, {
    message: 'paste a listing or pick parts',
    path: ['text'],
  });
export type DealCheckRequest = z.input<typeof DealCheckRequest>;

/** Who put an item in the deal: the deterministic parser, the assistant (added or a better match), or you. */
export const DEAL_ITEM_ORIGINS = ['parser', 'assistant', 'picked'] as const;
export const DealItemOrigin = z.enum(DEAL_ITEM_ORIGINS);
export type DealItemOrigin = z.infer<typeof DealItemOrigin>;

export const DealItem = z.object({
  category: Category,
  /** The part as read ("RTX 3070 Ti"), or the catalog part's name when picked by hand. */
  name: z.string(),
  /** The listing's words it was read from; empty when picked by hand. */
  source: z.string(),
  origin: DealItemOrigin.describe(
    'Who found it: "parser" (the deterministic reading), "assistant" (a part the parser missed, or a better catalog match than its weak one), "picked" (a catalog part you picked)',
  ),
  catalogPartId: z.string().nullable(),
  catalogName: z.string().nullable(),
  /** How sure the catalog match is: high when the catalog part is the same model as read. */
  matchConfidence: Confidence,
  specs: z.record(z.string(), z.unknown()),
  valueCents: z.number().int(),
  lowCents: z.number().int(),
  highCents: z.number().int(),
  valueConfidence: Confidence,
  basis: ValuationBasis,
});
export type DealItem = z.infer<typeof DealItem>;

/** Why the assistant did not read a listing. */
export const DEAL_ASSISTANT_SKIPS = [
  /** The request said `useAssistant: false`. */
  'off',
  'not_configured',
  /** No text, or every part read was a sure catalog match and no word was left unread. */
  'nothing_to_improve',
  'limit_reached',
  'busy',
  /** The model server did not answer, or not in time. */
  'unavailable',
] as const;
export const DealAssistantSkip = z.enum(DEAL_ASSISTANT_SKIPS);
export type DealAssistantSkip = z.infer<typeof DealAssistantSkip>;

/** What the assistant did for a deal check's reading; every call is metered (`GET /api/v1/ai/usage`, `deal_parse`). */
export const DealAssistant = z.discriminatedUnion('used', [
  z.object({
    used: z.literal(true),
    /** The tokens of the call, as recorded against your allowance. */
    usage: z.object({ inputTokens: z.number().int(), outputTokens: z.number().int() }),
    /** What it proposed that was left out, and why (a figure not in the listing, a sure match it tried to replace). */
    ignored: z.array(z.object({ name: z.string(), reason: z.string() })),
  }),
  z.object({
    used: z.literal(false),
    reason: DealAssistantSkip,
    /** The reason in plain words. */
    message: z.string(),
  }),
]);
export type DealAssistant = z.infer<typeof DealAssistant>;

export const DEAL_VERDICTS = ['buy', 'negotiate', 'pass', 'unknown'] as const;
export const DealVerdict = z.enum(DEAL_VERDICTS);
export type DealVerdict = z.infer<typeof DealVerdict>;

export const DealCheck = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  text: z.string(),
  platform: Platform,
  delivery: Delivery,
  askingPriceCents: z.number().int().nullable(),
  priceTerms: z.enum(['obo', 'firm']).nullable(),
  condition: Condition,
  items: z.array(DealItem),
  /** Words of the listing that were neither parts, a price nor filler. */
  unmatched: z.array(z.string()),
  assistant: DealAssistant.nullable().describe(
    'What the assistant did for the reading: used (its tokens, and what it proposed that was left out and why), or the reason it did not read the listing; null for checks made before it could',
  ),
  /** What the parts would bring sold one by one. */
  partOutCents: z.number().int(),
  /** What it would bring sold whole (part-out × your whole-PC factor). */
  wholeCents: z.number().int(),
  wholePcFactor: z.number(),
  /** A whole machine (a CPU with a board or a graphics card, and more): valued and checked as one. */
  wholeMachine: z.boolean(),
  /** The resale price the figures below assume: whole for a machine, part-out otherwise. */
  saleCents: z.number().int(),
  feesCents: z.number().int(),
  shippingCents: z.number().int(),
  /** Sale − fees − shipping − asking price; null without an asking price. */
  expectedProfitCents: z.number().int().nullable(),
  targetMarginPercent: z.number().int(),
  /** The most to pay and still make the target margin (0 when even free it would not). */
  maxPriceCents: z.number().int(),
  /** buy: at or under the max price; negotiate: profitable but under the margin; pass: a loss; unknown: no price. */
  verdict: DealVerdict,
  /** The compatibility engine's report for a whole machine; null for loose parts. */
  compatibility: BuildCompatibility.nullable(),
  /** The lot bought from this check ("Buy it"), or null. */
  lotId: z.number().int().nullable(),
});
export type DealCheck = z.infer<typeof DealCheck>;

export const DealList = pageOf(DealCheck);
export type DealList = z.infer<typeof DealList>;
export const DealQuery = PageQuery;
export const DealId = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

/** One part of a deal, looked at again: your own sales of the same part or model since the check. */
export const DealSinceItem = z.object({
  category: Category,
  name: z.string(),
  /** Its estimated value on the day of the check. */
  valueThenCents: z.number().int(),
  /** Your sales of the same catalog part (else the same model) since the check. */
  soldSinceCount: z.number().int(),
  /** What those sales say it is worth (recency-weighted median, adjusted to the deal's condition); null without any. */
  soldSinceCents: z.number().int().nullable(),
});

/**
 * A deal check against what happened next: for a deal you bought, what its lot has brought back; for one you
 * passed on, what its parts would have brought at the prices your own sales got since.
 */
export const DealSince = z.object({
  checkedOn: IsoDate,
  items: z.array(DealSinceItem),
  /** The parts at the prices of your sales since (their value at the check where you sold none). */
  partOutSinceCents: z.number().int(),
  /** The resale those prices give: whole for a machine (times the check's whole-PC factor), part-out otherwise. */
  saleSinceCents: z.number().int(),
  /** saleSince − the check's share of fees − its shipping − the asking price; null without an asking price. */
  profitSinceCents: z.number().int().nullable(),
  /** The check's own expected profit, to compare. */
  profitThenCents: z.number().int().nullable(),
  /** Bought: the lot and what its parts have brought back so far; null for a deal passed on (or a deleted lot). */
  lot: z
    .object({
      id: z.number().int(),
      paidCents: z.number().int(),
      broughtBackCents: z.number().int(),
      profitSoFarCents: z.number().int(),
      soldPartCount: z.number().int(),
      unsoldPartCount: z.number().int(),
    })
    .nullable(),
});
export type DealSince = z.infer<typeof DealSince>;

export const DealBuy = z.strictObject({
  /** What you paid; the asking price when left out. */
  priceCents: Cents.optional(),
  acquiredAt: IsoDate.optional(),
  source: lineText().max(100, 'must be at most 100 characters').nullable().optional(),
});
export type DealBuy = z.input<typeof DealBuy>;

/** What shipping a part of this category costs to send, when the user does not say (USD, ground). */
export const SHIPPING_ESTIMATE_CENTS: Record<Category, number> = {
  cpu: 600,
  gpu: 1500,
  motherboard: 1200,
  memory: 500,
  storage: 500,
  psu: 1500,
  case: 3000,
  cooler: 1000,
  other: 1000,
};
/** A whole PC, boxed and insured. */
export const WHOLE_PC_SHIPPING_CENTS = 6000;

/** Your settings for deal checks (`GET`/`PATCH /api/v1/deals/preferences`). */
export const DealPreferences = z.object({
  /** Profit ÷ sale price a deal must leave, in percent; 25 until you set it. */
  targetMarginPercent: z.number().int().min(0).max(90),
});
export type DealPreferences = z.infer<typeof DealPreferences>;
export const DealPreferencesUpdate = z.strictObject({
  targetMarginPercent: z
    .number({ error: 'must be a whole percentage from 0 to 90' })
    .int('must be a whole percentage from 0 to 90')
    .min(0, 'must be a whole percentage from 0 to 90')
    .max(90, 'must be a whole percentage from 0 to 90'),
});
export type DealPreferencesUpdate = z.infer<typeof DealPreferencesUpdate>;
