import type { ChatSuggestion } from '@partwise/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { billingQueries } from '../billing/queries';
import { streamChat } from './chat-stream';
import { assistantQueries } from './queries';

/** A tool the assistant used, and the suggestion it stored if it proposed a change. */
export interface LiveTool {
  name: string;
  sentence: string;
  ok: boolean;
  suggestion?: ChatSuggestion;
}

/** The message being answered now: what was asked, the tools used so far, the text streamed so far. */
export interface LiveTurn {
  question: string;
  tools: LiveTool[];
  text: string;
  error: string | null;
  pending: boolean;
}

/**
 * Sends a message and follows its streamed answer. When it ends, the stored conversation is fetched again
 * (it then holds the same messages) and the live turn is cleared; leaving the page stops the answer.
 */
export function useChatTurn(onConversation: (id: number) => void) {
  const queryClient = useQueryClient();
  const [turn, setTurn] = useState<LiveTurn | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const send = useCallback(
    async (conversationId: number | null, message: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setTurn({ question: message, tools: [], text: '', error: null, pending: true });
      let stored: number | null = conversationId;
      let failure: string | null = null;
      try {
        await streamChat(
          { ...(conversationId !== null ? { conversationId } : {}), message },
          (e) => {
            if (e.event === 'token') setTurn((t) => t && { ...t, text: t.text + e.data.text });
            else if (e.event === 'tool')
              setTurn(
                (t) =>
                  t && {
                    ...t,
                    tools: [...t.tools, { name: e.data.name, sentence: e.data.sentence, ok: e.data.ok }],
                  },
              );
            else if (e.event === 'suggestion') {
              // It follows the event of the tool that stored it.
              const suggestion = e.data;
              setTurn(
                (t) =>
                  t && {
                    ...t,
                    tools: t.tools.map((tool, i) =>
                      i === t.tools.length - 1 ? { ...tool, suggestion } : tool,
                    ),
                  },
              );
            } else {
              stored = e.data.conversationId;
              if (e.event === 'error') failure = e.data.error.message;
            }
          },
          abort.signal,
        );
      } catch (error) {
        if (abort.signal.aborted) return;
        failure = error instanceof Error ? error.message : 'The assistant failed; try again.';
      }
      void queryClient.invalidateQueries({ queryKey: assistantQueries.usage().queryKey });
      void queryClient.invalidateQueries({ queryKey: billingQueries.subscription().queryKey });
      if (stored !== null) {
        await queryClient.invalidateQueries({ queryKey: assistantQueries.conversations().queryKey });
        await queryClient.refetchQueries({ queryKey: assistantQueries.conversation(stored).queryKey });
        if (stored !== conversationId) onConversation(stored);
      }
      setTurn(failure ? (t) => t && { ...t, error: failure, pending: false } : null);
    },
    [queryClient, onConversation],
  );

  return { turn, send, clear: () => setTurn(null) };
}
