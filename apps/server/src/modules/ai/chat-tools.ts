import {
  AnalyticsRange,
  BuildStatus,
  CatalogQuery,
  Category,
  CHAT_TOOLS,
  type ChatSuggestion,
  type ChatToolName,
  CompatibilityCheckItem,
  PartQuery,
  PartStatus,
  PnlQuery,
  type ProposalToolName,
} from '@partwise/shared';
import { z } from 'zod';
import type { Caller } from '../../core/caller';
import { AppError } from '../../core/errors';
import { parseJsonText } from '../../http/serializer';
import type { AnalyticsService } from '../analytics/analytics.service';
import type { BuildsService } from '../builds/builds.service';
import type { CompatibilityService } from '../builds/compatibility.service';
import type { CatalogService } from '../catalog/catalog.service';
import type { PartsService } from '../parts/parts.service';
import type { PnlService } from '../sales/pnl.service';
import type { ToolSpec } from './provider';
import { type ChatProposals, isProposalTool, PROPOSAL_TOOLS, proposalResult } from './suggestions/proposals';

/** A tool's answer is cut to this many characters: enough to reason on, not a month of tokens. */
const MAX_RESULT_CHARS = 6000;

const Id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53 - 1);
const Search = z.string().max(200);
const DateRange = z.object({
  from: z.string().optional().describe('First day, YYYY-MM-DD; default: the first of this month'),
  to: z.string().optional().describe('Last day, YYYY-MM-DD; default: today'),
});

type ReadToolName = Exclude<ChatToolName, ProposalToolName>;

const ARGS = {
  search_parts: z.object({
    q: Search.optional().describe('Words of the name, brand or model'),
    status: PartStatus.optional(),
    category: Category.optional(),
  }),
  get_part: z.object({ id: Id.describe("The part's id") }),
  search_builds: z.object({
    q: Search.optional().describe('Words of the name'),
    status: BuildStatus.optional(),
  }),
  get_build: z.object({ id: Id.describe("The build's id") }),
  check_compatibility: z.object({
    items: z
      .array(CompatibilityCheckItem)
      .min(1)
      .max(50)
      .describe('Each item is {partId} (one of your parts) or {catalogPartId} (from search_catalog)'),
  }),
  get_profit_summary: DateRange,
  search_catalog: z.object({
    q: Search.describe('Name, model number or spec words'),
    category: Category.optional(),
  }),
} satisfies Record<ReadToolName, z.ZodType>;

const DESCRIPTIONS: Record<ReadToolName, string> = {
  search_parts: "Search the user's own parts (inventory): up to 20, newest first.",
  get_part: "One of the user's parts by id, with its specs, cost and notes.",
  search_builds: "Search the user's builds: up to 20 with money and compatibility status.",
  get_build:
    "One of the user's builds by id: its parts, planned purchases, money and full compatibility report.",
  check_compatibility: "Check whether a proposed set of parts (the user's or catalog parts) work together.",
  get_profit_summary: "The user's profit and loss and sales figures for a date range.",
  search_catalog: 'Search the catalog of known PC parts (specs, price new).',
};

const specOf = (name: string, description: string, args: z.ZodType): ToolSpec => ({
  name,
  description,
  parameters: z.toJSONSchema(args, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
});

/** The tools as the model sees them: name, description, JSON schema of the arguments. */
export const CHAT_TOOL_SPECS: ToolSpec[] = [
  ...(Object.keys(ARGS) as ReadToolName[]).map((name) => specOf(name, DESCRIPTIONS[name], ARGS[name])),
  ...(Object.keys(PROPOSAL_TOOLS) as ProposalToolName[]).map((name) =>
    specOf(name, PROPOSAL_TOOLS[name].description, PROPOSAL_TOOLS[name].args),
  ),
];

const partView = (p: {
  id: number;
  name: string;
  category: string;
  brand: string | null;
  model: string | null;
  condition: string;
  grade: number | null;
  status: string;
  costCents: number;
  expectedPriceCents: number | null;
  specs: Record<string, unknown>;
  notes: string | null;
}) => ({
  id: p.id,
  name: p.name,
  category: p.category,
  brand: p.brand,
  model: p.model,
  condition: p.condition,
  grade: p.grade,
  status: p.status,
  costCents: p.costCents,
  expectedPriceCents: p.expectedPriceCents,
  specs: p.specs,
  notes: p.notes,
});

/**
 * The chat's tools over the caller's own data, through the same services as the routes (so the same owner
 * scoping). None changes the data: the read tools only read, and a proposal tool stores a pending suggestion
 * that changes nothing until the user accepts it.
 */
export interface ChatToolServices {
  parts: PartsService;
  builds: BuildsService;
  compatibility: CompatibilityService;
  catalog: CatalogService;
  pnl: PnlService;
  analytics: AnalyticsService;
  proposals: ChatProposals;
}

/** A tool's answer for the model, and the suggestion a proposal tool stored. */
export interface ToolOutcome {
  ok: boolean;
  result: string;
  suggestion?: ChatSuggestion;
}

/**
 * The app's own service instances, not new ones: the parts and analytics services name their prepared
 * statements per instance, and a second instance would reuse a name for another statement on PostgreSQL.
 */
export function createChatTools({
  parts,
  builds,
  compatibility,
  catalog,
  pnl,
  analytics,
  proposals,
}: ChatToolServices) {
  /** A tool's runner that parses the model's arguments with the tool's own schema first. */
  const tool =
    <K extends ReadToolName>(
      name: K,
      work: (caller: Caller, args: z.output<(typeof ARGS)[K]>) => Promise<unknown>,
    ) =>
    async (caller: Caller, raw: unknown): Promise<unknown> => {
      const parsed = ARGS[name].safeParse(raw);
      if (!parsed.success) throw new AppError('VALIDATION_FAILED', `Bad arguments: ${parsed.error.message}`);
      return work(caller, parsed.data as z.output<(typeof ARGS)[K]>);
    };

  const run: Record<ReadToolName, (caller: Caller, raw: unknown) => Promise<unknown>> = {
    search_parts: tool('search_parts', async (caller, args) => {
      // The list's own shape (no notes): get_part gives one part whole.
      const list = parseJsonText(await parts.list(caller, PartQuery.parse({ ...args, pageSize: 20 })));
      return { total: list.total, parts: list.items };
    }),
    get_part: tool('get_part', async (caller, { id }) => partView(await parts.get(caller, id))),
    search_builds: tool('search_builds', async (caller, args) => {
      const list = await builds.list(caller, { page: 1, pageSize: 20, ...args });
      return { total: list.total, builds: list.items };
    }),
    get_build: tool('get_build', async (caller, { id }) => {
      const b = await builds.get(caller, id);
      return { ...b, parts: b.parts.map(partView) };
    }),
    check_compatibility: tool('check_compatibility', (caller, args) => compatibility.check(caller, args)),
    get_profit_summary: tool('get_profit_summary', async (caller, range) => {
      const [profit, figures] = await Promise.all([
        pnl.get(caller, PnlQuery.parse(range)),
        analytics.summary(caller, AnalyticsRange.parse(range)),
      ]);
      return { profitAndLoss: profit, figures };
    }),
    search_catalog: tool('search_catalog', async (_caller, args) => {
      const list = await catalog.search(CatalogQuery.parse({ ...args, pageSize: 10 }));
      return { total: list.total, parts: list.items };
    }),
  };

  return {
    /**
     * Runs one tool call and returns its answer as text for the model; a bad call (unknown tool, wrong
     * arguments, a record that is not the caller's, a proposal that cannot be made) answers with the reason
     * instead of failing the chat.
     */
    async call(caller: Caller, name: string, args: unknown): Promise<ToolOutcome> {
      if (!(name in run) && !isProposalTool(name))
        return { ok: false, result: JSON.stringify({ error: `There is no tool "${name}".` }) };
      try {
        if (isProposalTool(name)) {
          const suggestion = await proposals.propose(caller, name, args);
          return { ok: true, result: JSON.stringify(proposalResult(suggestion)), suggestion };
        }
        const text = JSON.stringify(await run[name as ReadToolName](caller, args));
        return {
          ok: true,
          result: text.length > MAX_RESULT_CHARS ? `${text.slice(0, MAX_RESULT_CHARS)}... (cut)` : text,
        };
      } catch (error) {
        // PartQuery and the like throw ZodError on values the tool's own schema let through.
        if (error instanceof AppError || error instanceof z.ZodError)
          return { ok: false, result: JSON.stringify({ error: error.message }) };
        throw error;
      }
    },
  };
}

export type ChatTools = ReturnType<typeof createChatTools>;
export { CHAT_TOOLS };
