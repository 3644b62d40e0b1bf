import type { AiUsage, AssistantStatus, ChatConversation, ChatConversationList } from '@partwise/shared';
import { queryOptions } from '@tanstack/react-query';
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
