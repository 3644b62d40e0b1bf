import { z } from 'zod';
import { Delivery, Platform } from './sales/fees';

/** What the assistant's tokens were spent on. */
export const AI_FEATURES = ['listing_draft', 'build_suggestion', 'chat'] as const;
export type AiFeature = (typeof AI_FEATURES)[number];

const FeatureTokens = z.object({ inputTokens: z.number().int(), outputTokens: z.number().int() });

/** `GET /api/v1/ai/usage`: this calendar month's (UTC) tokens against the plan's allowance. */
export const AiUsage = z.object({
  month: z.string().describe('YYYY-MM'),
  usedTokens: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  limitTokens: z.number().int(),
  resetsAt: z.string().describe('When the allowance starts again (ISO instant)'),
  byFeature: z.object({
    listing_draft: FeatureTokens,
    build_suggestion: FeatureTokens,
    chat: FeatureTokens,
  }),
});
export type AiUsage = z.infer<typeof AiUsage>;

/** `POST /api/v1/ai/listing-drafts`: a part or a build (exactly one) and the platform. */
export const ListingDraftRequest = z
  .strictObject({
    partId: z.number().int().positive().optional(),
    buildId: z.number().int().positive().optional(),
    platform: Platform,
    delivery: Delivery.optional().describe(
      "How it will reach the buyer, for the suggested price's fee and shipping; the platform's usual way by default",
    ),
  })
  .refine((v) => (v.partId === undefined) !== (v.buildId === undefined), {
    message: 'Give either partId or buildId',
    path: ['partId'],
  });
export type ListingDraftRequest = z.infer<typeof ListingDraftRequest>;

export const ListingDraft = z.object({
  title: z.string(),
  description: z.string(),
  itemSpecifics: z.record(z.string(), z.string()),
  suggestedPriceCents: z
    .number()
    .int()
    .nullable()
    .describe(
      'The estimated value, or more when your target margin needs more after the fee, shipping and cost (as the listing editor suggests); null when there is nothing to value (a build without parts)',
    ),
  estimatedNetCents: z
    .number()
    .int()
    .nullable()
    .describe("What the platform's fee leaves of the suggested price (before shipping and cost)"),
  removedClaims: z.array(z.object({ text: z.string(), reason: z.string() })),
  usage: z.object({ inputTokens: z.number().int(), outputTokens: z.number().int(), cached: z.boolean() }),
});
export type ListingDraft = z.infer<typeof ListingDraft>;
