import { queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { buildQueries } from '../builds/queries';
import { listingQueries } from '../listings/queries';
import { lotQueries } from '../lots/queries';
import { saleQueries } from '../sales/queries';

/**
 * Whether a list has anything in it, asked for one row only. Each key sits under its feature's own
 * prefix, so whatever refreshes that feature's lists (a new lot, a build deleted) refreshes it too.
 */
function anyIn(prefix: readonly string[], path: string) {
  return queryOptions({
    queryKey: [...prefix, 'any'] as const,
    queryFn: async () => (await api.get<{ total: number }>(withQuery(path, { pageSize: 1 }))).total > 0,
  });
}

export const startedQueries = {
  lots: () => anyIn(lotQueries.all, '/api/v1/lots'),
  builds: () => anyIn(buildQueries.lists(), '/api/v1/builds'),
  listings: () => anyIn(listingQueries.all, '/api/v1/listings'),
  sales: () => anyIn(saleQueries.all, '/api/v1/sales'),
};
