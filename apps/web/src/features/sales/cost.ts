import type { Build, Part } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { SoldTarget } from './SoldTarget';

/**
 * The cost of goods a sale would fix: a part's cost, or a build's owned parts (planned purchases are not
 * goods). Uses the same query keys as the part and build pages, so an open page's data is reused.
 */
export function useCostOfGoods(target: SoldTarget): number | null {
  const partId = target.partId ?? 0;
  const buildId = target.buildId ?? 0;
  const part = useQuery({
    queryKey: ['parts', 'detail', partId],
    queryFn: () => api.get<Part>(`/api/v1/parts/${partId}`),
    enabled: partId > 0,
  });
  const build = useQuery({
    queryKey: ['builds', 'detail', buildId],
    queryFn: () => api.get<Build>(`/api/v1/builds/${buildId}`),
    enabled: buildId > 0,
  });
  if (partId > 0) return part.data?.costCents ?? null;
  if (buildId > 0) return build.data?.money.ownedCostCents ?? null;
  return null;
}
