import type { ChatSuggestion, ChatSuggestionKind, ProposalToolName } from '@partwise/shared';
import type { z } from 'zod';
import { acting, type Caller } from '../../../core/caller';
import { AppError } from '../../../core/errors';
import type { ServiceDeps } from '../../../core/service-deps';
import type { DbOrTx } from '../../../db/client';
import { aiSuggestion } from '../../../db/schema';
import { ProposeAddPartArgs, proposeAddPart } from './add-part';
import { Refused } from './locked';
import { ProposeRepriceArgs, proposeReprice } from './reprice-listing';
import { toChatSuggestion } from './view';

interface ProposalTool<A extends z.ZodType> {
  kind: ChatSuggestionKind;
  description: string;
  args: A;
  propose(
    tx: DbOrTx,
    ownerId: string,
    args: z.output<A>,
  ): Promise<{ change: unknown; proposedOn: Record<string, unknown> }>;
}

const tool = <A extends z.ZodType>(t: ProposalTool<A>) => t;

/** The chat's proposal tools: each writes nothing but a pending suggestion for the caller to accept or reject. */
export const PROPOSAL_TOOLS = {
  propose_add_part_to_build: tool({
    kind: 'add_part_to_build',
    description:
      "Propose putting one of the user's parts in stock into one of their open builds (optionally in place of a part of the build). It changes nothing: the user sees the proposal and accepts or rejects it.",
    args: ProposeAddPartArgs,
    propose: proposeAddPart,
  }),
  propose_reprice_listing: tool({
    kind: 'reprice_listing',
    description:
      "Propose a new asking price for one of the user's active listings. It changes nothing: the user sees the proposal and accepts or rejects it.",
    args: ProposeRepriceArgs,
    propose: proposeReprice,
  }),
} satisfies Record<ProposalToolName, ProposalTool<z.ZodType>>;

export const isProposalTool = (name: string): name is ProposalToolName => name in PROPOSAL_TOOLS;

/** What the model is told after proposing: the proposal, and that nothing has changed. */
export const proposalResult = (s: ChatSuggestion) => ({
  suggestionId: s.id,
  status: s.status,
  proposed: s.summary,
  note: 'Nothing has changed. The user sees this proposal with Accept and Reject buttons and decides.',
});

export function createChatProposals({ db, clock }: ServiceDeps) {
  return {
    /**
     * Checks the proposal against the caller's own data and stores it as a pending suggestion. A proposal
     * that cannot be made (another user's id, a part not in stock, a clash) throws its reason, and no row is
     * written.
     */
    async propose(caller: Caller, name: ProposalToolName, raw: unknown): Promise<ChatSuggestion> {
      const who = acting(caller, clock);
      const spec: ProposalTool<z.ZodType> = PROPOSAL_TOOLS[name];
      const parsed = spec.args.safeParse(raw);
      if (!parsed.success) throw new AppError('VALIDATION_FAILED', `Bad arguments: ${parsed.error.message}`);
      const checked = await spec.propose(db, who.ownerId, parsed.data).catch((error: unknown) => {
        if (error instanceof Refused) throw new AppError('CONFLICT', error.message);
        throw error;
      });
      const [row] = await db
        .insert(aiSuggestion)
        .values({
          ownerId: who.ownerId,
          kind: spec.kind,
          input: { tool: name, args: parsed.data },
          proposal: checked,
          createdAt: who.now,
        })
        .returning();
      const suggestion = row && toChatSuggestion(row, who.now);
      if (!suggestion) throw new Error('ai_suggestion insert returned no chat suggestion');
      return suggestion;
    },
  };
}

export type ChatProposals = ReturnType<typeof createChatProposals>;
