import { z } from 'zod';
import { BuildCompatibility, BuildId } from './builds/build';
import { Category } from './parts/enums';
import { Cents } from './parts/part';
import { longText } from './text';

/** What the build is for: an office PC may use the CPU's own graphics, the others need a graphics card. */
export const USE_CASES = ['gaming', 'office', 'workstation'] as const;
export const UseCase = z.enum(USE_CASES);
export type UseCase = z.infer<typeof UseCase>;

/** The structured request: what the search runs on, and what is shown back to the user. */
export const BuildSuggestionFields = z.strictObject({
  targetPriceCents: Cents.optional().describe('What the build should sell for; shown against each option'),
  budgetCents: Cents.optional().describe(
    'The most all the parts of one build may cost (stock and purchases)',
  ),
  useCase: UseCase.optional(),
  mustInclude: z.array(z.number().int().positive()).max(8).optional().describe('Your parts that must be in'),
  allowPurchases: z.boolean().optional().describe('Catalog parts may be bought at their listed price'),
  purchaseBudgetCents: Cents.optional().describe('The most the parts to buy may cost together'),
});
export type BuildSuggestionFields = z.infer<typeof BuildSuggestionFields>;

/** `POST /api/v1/ai/build-suggestions`: free text, fields, or both (fields win over what the text says). */
export const BuildSuggestionRequest = BuildSuggestionFields.extend({
  request: longText()
    .min(1, 'say what to build')
    .max(500, 'must be at most 500 characters')
    .optional()
    .describe('What to build, in your words'),
});
export type BuildSuggestionRequest = z.infer<typeof BuildSuggestionRequest>;

export const SuggestedItem = z.object({
  partId: z.number().int().optional(),
  catalogPartId: z.string().optional(),
  category: Category,
  name: z.string(),
  costCents: z.number().int(),
  expectedValueCents: z.number().int(),
});
export type SuggestedItem = z.infer<typeof SuggestedItem>;

export const BuildOption = z.object({
  rank: z.number().int(),
  items: z.array(SuggestedItem),
  costCents: z.number().int(),
  /** The part of costCents that is still to buy (catalog parts). */
  purchaseCents: z.number().int(),
  expectedValueCents: z.number().int(),
  expectedProfitCents: z.number().int(),
  compatibility: BuildCompatibility,
  /** The assistant's few sentences on the figures; null without a model. */
  rationale: z.string().nullable(),
});
export type BuildOption = z.infer<typeof BuildOption>;

export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected', 'expired'] as const;
export const SuggestionStatus = z.enum(SUGGESTION_STATUSES);
export type SuggestionStatus = z.infer<typeof SuggestionStatus>;

export const BuildSuggestion = z.object({
  id: z.number().int(),
  status: SuggestionStatus,
  /** The structured request the search ran on (read from the free text where one was given). */
  request: BuildSuggestionFields,
  /** How the free text was read: by the model, by the built-in reader (no model), or there was none. */
  readBy: z.enum(['model', 'rules', 'none']),
  options: z.array(BuildOption),
});
export type BuildSuggestion = z.infer<typeof BuildSuggestion>;

export const SuggestionAccept = z.strictObject({
  option: z
    .number()
    .int()
    .min(1)
    .max(5)
    .optional()
    .describe(
      'For a build suggestion, the rank of the option to build; 1 when absent. Other kinds have one change.',
    ),
});
export type SuggestionAccept = z.infer<typeof SuggestionAccept>;

/** What accepting made: the build (a build, or a part added to one) or the listing repriced. */
export const SuggestionAccepted = z.union([
  z.object({ buildId: z.number().int() }),
  z.object({ listingId: z.number().int() }),
]);
export type SuggestionAccepted = z.infer<typeof SuggestionAccepted>;
export const SuggestionRejected = z.object({ id: z.number().int(), status: SuggestionStatus });

/** The `:id` of a suggestion (the same form as every numeric id). */
export const SuggestionId = BuildId;
