import type {
  AiUsage,
  AssistantStatus,
  ChatConversation,
  ChatConversationList,
  SuggestionAccepted,
  SuggestionStatus,
} from '@partwise/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';

export const assistantQueries = {
  all: ['assistant'] as const,
  status: () =>
    queryOptions({
      queryKey: [...assistantQueries.all, 'status'] as const,
      queryFn: () => api.get<AssistantStatus>('/api/v1/ai/status'),
      staleTime: 5 * 60_000,
    }),
  usage: () =>
    queryOptions({
      queryKey: [...assistantQueries.all, 'usage'] as const,
      queryFn: () => api.get<AiUsage>('/api/v1/ai/usage'),
    }),
  conversations: () =>
    queryOptions({
      queryKey: [...assistantQueries.all, 'conversations'] as const,
      queryFn: () => api.get<ChatConversationList>(withQuery('/api/v1/ai/conversations', { pageSize: 50 })),
    }),
  conversation: (id: number) =>
    queryOptions({
      queryKey: [...assistantQueries.all, 'conversation', id] as const,
      queryFn: () => api.get<ChatConversation>(`/api/v1/ai/conversations/${id}`),
    }),
};

export type SuggestionDecision = 'accept' | 'reject';
export type DecisionResult = SuggestionAccepted | { id: number; status: SuggestionStatus };

/**
 * Accepts or rejects a suggestion of the chat. Accepting moves parts, builds or listings, and the card's status
 * lives on the conversation: whatever is cached may be stale after it (or after a 409), so all of it is.
 */
export function useDecideSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: SuggestionDecision }) =>
      api.post<DecisionResult>(`/api/v1/ai/suggestions/${id}/${decision}`),
    onSettled: () => queryClient.invalidateQueries(),
  });
}
