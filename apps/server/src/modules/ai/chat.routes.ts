import {
  AssistantStatus,
  ChatConversation,
  ChatConversationList,
  ChatRequest,
  type ChatStreamEvents,
  ConversationId,
  PageQuery,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { callerOf } from '../../http/auth-guard';
import type { ChatService, Emit } from './chat.service';

const tags = ['assistant'];

export const chatRoutes: FastifyPluginAsyncZod<{ chat: ChatService }> = async (app, { chat }) => {
  app.post(
    '/ai/chat',
    {
      schema: {
        tags,
        summary:
          'Ask the tech assistant; the answer streams as Server-Sent Events: `token` {text}, `tool` {name, sentence, ok}, `suggestion` {id, kind, status, summary, change, createdAt, decidedAt} after a tool that proposed a change, then `done` {conversationId, messageId, usage} or `error` {conversationId, error}. The model may only read your data and propose changes: a proposal is stored as a pending suggestion and nothing changes until you accept it (`POST /api/v1/ai/suggestions/{id}/accept`). Refusals (404, 429 limit or busy, 503) come as a status before the stream opens.',
        body: ChatRequest,
        produces: ['text/event-stream'],
        response: { 200: z.string().describe('text/event-stream') },
      },
    },
    async (request, reply) => {
      const turn = await chat.start(callerOf(request), request.body);
      // The client went away: stop the model call (the stream's work ends with it).
      const gone = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableEnded) gone.abort();
      });
      // The stream opens with the first event: a model server that fails before saying anything (down,
      // timing out) is answered with a status (503) like any refusal, not a 200 carrying an error.
      let opened = false;
      const early: { event: ChatStreamEvents['error'] | null } = { event: null };
      const open = () => {
        opened = true;
        reply.hijack();
        for (const [name, value] of Object.entries(reply.getHeaders()))
          if (value !== undefined) reply.raw.setHeader(name, value);
        reply.raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          'x-accel-buffering': 'no',
        });
      };
      const emit: Emit = (event, data) => {
        if (!opened && event === 'error') {
          early.event = data as ChatStreamEvents['error'];
          return;
        }
        if (!opened) open();
        if (!reply.raw.writableEnded && !reply.raw.destroyed)
          reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      try {
        await turn.run(emit, gone.signal);
      } catch (error) {
        request.log.error({ err: error }, 'chat answer failed');
      }
      if (opened) reply.raw.end();
      else if (early.event) throw new AppError(early.event.error.code, early.event.error.message);
      else if (!gone.signal.aborted) throw new AppError('INTERNAL', 'The assistant failed; try again.');
    },
  );

  app.get(
    '/ai/status',
    {
      schema: {
        tags,
        summary: 'Whether the assistant is configured on this server, and its model',
        response: { 200: AssistantStatus },
      },
    },
    async () => chat.status(),
  );

  app.get(
    '/ai/conversations',
    {
      schema: {
        tags,
        summary: 'Your conversations with the tech assistant, the most recent first',
        querystring: PageQuery,
        response: { 200: ChatConversationList },
      },
    },
    async (request) => chat.list(callerOf(request), request.query),
  );

  app.get(
    '/ai/conversations/:id',
    {
      schema: {
        tags,
        summary:
          'One of your conversations with its messages (and the tools the assistant used), oldest first',
        params: ConversationId,
        response: { 200: ChatConversation },
      },
    },
    async (request) => chat.get(callerOf(request), request.params.id),
  );
};
