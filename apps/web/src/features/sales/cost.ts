import { useQuery } from '@tanstack/react-query';
import { buildQueries } from '../builds/queries';
import { partQueries } from '../inventory/queries';
import type { SoldTarget } from './SoldTarget';

/**
 * The cost of goods a sale would fix: a part's cost, or a build's owned parts (planned purchases are not
 * goods). The same queries as the part and build pages, so an open page's data is reused.
 */
export function useCostOfGoods(target: SoldTarget): number | null {
  const partId = target.partId ?? 0;
  const buildId = target.buildId ?? 0;
  const part = useQuery({ ...partQueries.detail(partId), enabled: partId > 0 });
  const build = useQuery({ ...buildQueries.detail(buildId), enabled: buildId > 0 });
  if (partId > 0) return part.data?.costCents ?? null;
  if (buildId > 0) return build.data?.money.ownedCostCents ?? null;
  return null;
}
