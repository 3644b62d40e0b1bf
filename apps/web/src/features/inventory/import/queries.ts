import type { CsvDryRunResult, CsvImportRequest, CsvImportResult } from '@partwise/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { partQueries } from '../queries';

export function useDryRun() {
  return useMutation({
    mutationFn: (body: CsvImportRequest) => api.post<CsvDryRunResult>('/api/v1/parts/import/dry-run', body),
  });
}

export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CsvImportRequest) => api.post<CsvImportResult>('/api/v1/parts/import', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partQueries.all }),
  });
}
