import {
  type AssistantStatus,
  type ChatConversation,
  type ChatConversationList,
  type ChatRequest,
  type ChatStreamEvents,
  toolSentence,
} from '@partwise/shared';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Config } from '../../config';
import { acting, type Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { aiSuggestion, chatConversation, chatMessage } from '../../db/schema';
import { recordUsage } from '../billing/usage';
import { checkAllowance } from './allowance';
import { SYSTEM, titleOf } from './chat.prompt';
import { CHAT_TOOL_SPECS, type ChatTools } from './chat-tools';
import { type ConcurrencyGate, notConfigured, type ToolChatModel, type TurnMessage } from './provider';
import { toChatSuggestion } from './suggestions/view';
import { countMessageTokens, countTokens } from './tokens';

/** Model rounds in one answer (each tool use is a round); the last one is offered no tools. */
const MAX_ROUNDS = 6;
/** Earlier messages of the conversation given to the model with a new one. */
const HISTORY = 20;

export type Emit = <K extends keyof ChatStreamEvents>(event: K, data: ChatStreamEvents[K]) => void;

export interface ChatTurn {
  conversationId: number;
  /** Runs the answer, sending its events; a failure is an `error` event (an unexpected one is rethrown for the log). */
  run(emit: Emit, signal: AbortSignal): Promise<void>;
}

export interface ChatServiceDeps extends ServiceDeps {
  config: Config;
  model: ToolChatModel | null;
  gate: ConcurrencyGate;
  tools: ChatTools;
}

const iso = (d: Date) => d.toISOString();

export function createChatService({ db, clock, config, model, gate, tools }: ChatServiceDeps) {
  async function findConversation(ownerId: string, id: number) {
    const [row] = await db
      .select()
      .from(chatConversation)
      .where(and(eq(chatConversation.ownerId, ownerId), eq(chatConversation.id, id)));
    if (!row) throw notFound('Conversation');
    return row;
  }

  /** The user and assistant messages the model sees again (tool answers are looked up afresh). */
  async function history(ownerId: string, conversationId: number): Promise<TurnMessage[]> {
    const rows = await db
      .select({ role: chatMessage.role, content: chatMessage.content })
      .from(chatMessage)
      .where(
        and(
          eq(chatMessage.ownerId, ownerId),
          eq(chatMessage.conversationId, conversationId),
          inArray(chatMessage.role, ['user', 'assistant']),
        ),
      )
      .orderBy(desc(chatMessage.id))
      .limit(HISTORY);
    return rows.reverse().map((r) => ({ role: r.role as 'user' | 'assistant', content: r.content }));
  }

  async function answer(
    caller: Caller,
    conversationId: number,
    transcript: TurnMessage[],
    emit: Emit,
    signal: AbortSignal,
    chat: ToolChatModel,
  ): Promise<void> {
    const { ownerId } = caller;
    const usage = { inputTokens: 0, outputTokens: 0 };
    let text = '';
    for (let round = 1; ; round += 1) {
      if (round > 1)
        await checkAllowance(db, config, ownerId, clock.now(), await countMessageTokens(transcript));
      let streamed = '';
      const onToken = (piece: string) => {
        streamed += piece;
        emit('token', { text: piece });
      };
      const offered = round < MAX_ROUNDS ? CHAT_TOOL_SPECS : [];
      const result = await chat.round(transcript, offered, onToken, signal).catch(async (error: unknown) => {
        // The client went away mid-answer: the server did work it will not report; count it, marked estimated.
        if (signal.aborted)
          await recordUsage(
            db,
            {
              ownerId,
              feature: 'chat',
              model: chat.model,
              inputTokens: await countMessageTokens(transcript),
              outputTokens: await countTokens(streamed),
              estimated: true,
            },
            clock.now(),
          );
        throw error;
      });
      await recordUsage(
        db,
        {
          ownerId,
          feature: 'chat',
          model: chat.model,
          inputTokens: result.inputTokens,
          outputTokens: result.outputTokens,
          estimated: result.estimated,
        },
        clock.now(),
      );
      usage.inputTokens += result.inputTokens;
      usage.outputTokens += result.outputTokens;
      text += result.text;
      if (!result.toolCalls.length) break;
      transcript.push({ role: 'assistant', content: result.text, toolCalls: result.toolCalls });
      for (const call of result.toolCalls) {
        const { ok, result: output, suggestion } = await tools.call(caller, call.name, call.args);
        transcript.push({ role: 'tool', content: output, toolCallId: call.id });
        await db.insert(chatMessage).values({
          ownerId,
          conversationId,
          role: 'tool',
          content: toolSentence(call.name),
          toolName: call.name,
          toolArgs: call.args,
          suggestionId: suggestion?.id ?? null,
          createdAt: clock.now(),
        });
        emit('tool', { name: call.name, sentence: toolSentence(call.name), ok });
        if (suggestion) emit('suggestion', suggestion);
      }
    }
    const now = clock.now();
    const [saved] = await db
      .insert(chatMessage)
      .values({ ownerId, conversationId, role: 'assistant', content: text, createdAt: now })
      .returning({ id: chatMessage.id });
    await db
      .update(chatConversation)
      .set({ updatedAt: now })
      .where(and(eq(chatConversation.ownerId, ownerId), eq(chatConversation.id, conversationId)));
    emit('done', { conversationId, messageId: saved?.id ?? 0, usage });
  }

  return {
    status: (): AssistantStatus => ({
      configured: model !== null,
      model: model?.model ?? null,
      howToConfigure: model ? null : notConfigured().message,
    }),

    async list(caller: Caller, q: { page: number; pageSize: number }): Promise<ChatConversationList> {
      const where = eq(chatConversation.ownerId, caller.ownerId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(chatConversation)
          .where(where)
          .orderBy(desc(chatConversation.updatedAt), desc(chatConversation.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(chatConversation).where(where),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          createdAt: iso(r.createdAt),
          updatedAt: iso(r.updatedAt),
        })),
        total: Number(total?.n ?? 0),
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async get(caller: Caller, id: number): Promise<ChatConversation> {
      const row = await findConversation(caller.ownerId, id);
      const messages = await db
        .select({ m: chatMessage, suggestion: aiSuggestion })
        .from(chatMessage)
        .leftJoin(
          aiSuggestion,
          and(eq(aiSuggestion.id, chatMessage.suggestionId), eq(aiSuggestion.ownerId, caller.ownerId)),
        )
        .where(and(eq(chatMessage.ownerId, caller.ownerId), eq(chatMessage.conversationId, id)))
        .orderBy(asc(chatMessage.id));
      const now = clock.now();
      return {
        id: row.id,
        title: row.title,
        createdAt: iso(row.createdAt),
        updatedAt: iso(row.updatedAt),
        messages: messages.map(({ m, suggestion }) => ({
          id: m.id,
          role: m.role as 'user' | 'assistant' | 'tool',
          content: m.content,
          tool: m.toolName,
          suggestion: suggestion && toChatSuggestion(suggestion, now),
          createdAt: iso(m.createdAt),
        })),
      };
    },

    /**
     * Everything that can refuse happens here, before the stream opens: an unknown conversation (404), no
     * model (503), the allowance (429), no free slot (429 busy). Then the user's message is stored and the
     * answer is left to `run`, which holds the slot until it ends.
     */
    async start(caller: Caller, request: ChatRequest): Promise<ChatTurn> {
      const who = acting(caller, clock);
      const existing =
        request.conversationId !== undefined
          ? await findConversation(who.ownerId, request.conversationId)
          : null;
      if (!model) throw notConfigured();
      const chat = model;
      const transcript: TurnMessage[] = [
        { role: 'system', content: SYSTEM },
        ...(existing ? await history(who.ownerId, existing.id) : []),
        { role: 'user', content: request.message },
      ];
      await checkAllowance(db, config, who.ownerId, who.now, await countMessageTokens(transcript));
      const release = gate.acquire(who.ownerId);
      let conversationId: number;
      try {
        conversationId = await db.transaction(async (tx) => {
          let id = existing?.id;
          if (id === undefined) {
            const [created] = await tx
              .insert(chatConversation)
              .values({
                ownerId: who.ownerId,
                title: titleOf(request.message),
                createdAt: who.now,
                updatedAt: who.now,
              })
              .returning({ id: chatConversation.id });
            if (!created) throw new AppError('INTERNAL', 'The conversation was not created');
            id = created.id;
          }
          await tx.insert(chatMessage).values({
            ownerId: who.ownerId,
            conversationId: id,
            role: 'user',
            content: request.message,
            createdAt: who.now,
          });
          return id;
        });
      } catch (error) {
        release();
        throw error;
      }
      return {
        conversationId,
        async run(emit, signal) {
          try {
            await answer(caller, conversationId, transcript, emit, signal, chat);
          } catch (error) {
            if (signal.aborted) return;
            const known = error instanceof AppError;
            emit('error', {
              conversationId,
              error: {
                code: known ? error.code : 'INTERNAL',
                message: known ? error.message : 'The assistant failed; try again.',
              },
            });
            if (!known) throw error;
          } finally {
            release();
          }
        },
      };
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
