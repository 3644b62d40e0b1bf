import type { SampleDataStatus } from '@partwise/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const PATH = '/api/v1/sample-data';

export const sampleDataQueries = {
  all: ['sample-data'] as const,
  status: () =>
    queryOptions({
      queryKey: [...sampleDataQueries.all, 'status'] as const,
      queryFn: () => api.get<SampleDataStatus>(PATH),
    }),
};

/**
 * Loading or removing the sample changes every list, number and chart, so the whole cache is refreshed;
 * after a refusal too, as the account changed elsewhere (another tab loaded it, or added a part).
 */
function useSampleDataChange(change: () => Promise<SampleDataStatus>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => queryClient.invalidateQueries() });
}

export const useLoadSampleData = () => useSampleDataChange(() => api.post<SampleDataStatus>(PATH));
export const useRemoveSampleData = () => useSampleDataChange(() => api.delete<SampleDataStatus>(PATH));
