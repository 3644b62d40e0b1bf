import type { BuildSuggestion, BuildSuggestionRequest } from '@partwise/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useInvalidateAround } from './queries';

/** Asks the assistant's optimizer for builds; stored on the server as a pending suggestion. */
export function useSuggestBuild() {
  return useMutation({
    mutationFn: (body: BuildSuggestionRequest) =>
      api.post<BuildSuggestion>('/api/v1/ai/build-suggestions', body),
  });
}

/** Builds one option: its parts move into a new build, so builds and parts lists refresh. */
export function useAcceptSuggestion() {
  const invalidate = useInvalidateAround();
  return useMutation({
    mutationFn: ({ id, option }: { id: number; option: number }) =>
      api.post<{ buildId: number }>(`/api/v1/ai/suggestions/${id}/accept`, { option }),
    onSuccess: () => invalidate(),
  });
}

export function useRejectSuggestion() {
  return useMutation({
    mutationFn: (id: number) => api.post(`/api/v1/ai/suggestions/${id}/reject`),
  });
}
