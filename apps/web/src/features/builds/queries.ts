import type {
  Build,
  BuildCreate,
  BuildStatus,
  BuildSummary,
  BuildUpdate,
  BuildValuation,
  CatalogList,
  Category,
  PartList,
} from '@partwise/shared';
import { problemsNotOverridden } from '@partwise/shared';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api';
import { catalogQueries, partQueries } from '../inventory/queries';
import { withMoney } from './build-items';

export const BUILDS_PAGE_SIZE = 25;

export interface BuildsView {
  status: BuildStatus | '';
  q: string;
  page: number;
}

interface BuildPage {
  items: BuildSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export const buildQueries = {
  all: ['builds'] as const,
  lists: () => [...buildQueries.all, 'list'] as const,
  list: (view: BuildsView) =>
    queryOptions({
      queryKey: [...buildQueries.lists(), view] as const,
      queryFn: () => api.get<BuildPage>(withQuery('/api/v1/builds', { ...view, pageSize: BUILDS_PAGE_SIZE })),
      placeholderData: keepPreviousData,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...buildQueries.all, 'detail', id] as const,
      queryFn: () => api.get<Build>(`/api/v1/builds/${id}`),
    }),
  /** Under the build's key: whatever refreshes the build refreshes its value. */
  valuation: (id: number) =>
    queryOptions({
      queryKey: [...buildQueries.all, 'detail', id, 'valuation'] as const,
      queryFn: () => api.get<BuildValuation>(`/api/v1/builds/${id}/valuation`),
    }),
};

/**
 * Parts in stock of one category, to pick from. Kept under the parts lists, so whatever changes a part
 * (here or in the inventory) refreshes it.
 */
export const stockQueries = {
  category: (category: Category, q: string) =>
    queryOptions({
      queryKey: [...partQueries.lists(), 'stock', { category, q }] as const,
      queryFn: () =>
        api.get<PartList>(
          withQuery('/api/v1/parts', { status: 'in_stock', category, q, sort: 'name', pageSize: 50 }),
        ),
      placeholderData: keepPreviousData,
    }),
};

/** Catalog parts of one category, for planning a purchase: more of them than the name autocomplete shows. */
export const catalogPicks = {
  search: (category: Category, q: string) =>
    queryOptions({
      queryKey: [...catalogQueries.all, 'picks', { category, q }] as const,
      queryFn: () => api.get<CatalogList>(withQuery('/api/v1/catalog', { category, q, pageSize: 20 })),
      placeholderData: keepPreviousData,
      staleTime: 5 * 60_000,
    }),
};

/**
 * The problems that stop a build from being listed or sold, none of them covered by its override, as the
 * browser reads its report: for a page that learns of them from the server's refusal (the listings page).
 */
export function useBuildProblems() {
  const queryClient = useQueryClient();
  return async (buildId: number): Promise<string[]> => {
    const build = await queryClient.fetchQuery({ ...buildQueries.detail(buildId), staleTime: 0 });
    return problemsNotOverridden(build.compatibility.findings, build.override).map((f) => f.message);
  };
}

/** Builds appear in lists and tie up parts: both are refreshed after any change. */
export function useInvalidateAround() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: buildQueries.lists() }),
      queryClient.invalidateQueries({ queryKey: partQueries.all }),
    ]);
}

export function useCreateBuild() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAround();
  return useMutation({
    mutationFn: (body: BuildCreate) => api.post<Build>('/api/v1/builds', body),
    onSuccess: (build) => {
      queryClient.setQueryData(buildQueries.detail(build.id).queryKey, build);
      return invalidate();
    },
  });
}

export function useDeleteBuild(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAround();
  return useMutation({
    mutationFn: () => api.delete(`/api/v1/builds/${id}`),
    // The deleted build's page stays on screen until the next page's code arrives: its query is kept
    // (and left to expire) rather than dropped, which would make that page ask again and get a 404.
    onSuccess: () =>
      Promise.all([queryClient.cancelQueries({ queryKey: buildQueries.detail(id).queryKey }), invalidate()]),
  });
}

/** The key every change to one build shares: the page shows "checking…" while any is on its way. */
export const buildChangeKey = (id: number) => [...buildQueries.all, 'change', id] as const;

/**
 * A change to one build. The page shows `optimistic(build)` at once (with the browser's compatibility
 * report), and the server's answer (the authority) replaces it when the last pending change returns.
 */
export function useBuildChange<V>(
  id: number,
  request: (variables: V) => Promise<Build>,
  optimistic?: (build: Build, variables: V) => Build,
) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAround();
  const key = buildQueries.detail(id).queryKey;
  const mutationKey = buildChangeKey(id);
  return useMutation({
    mutationKey,
    mutationFn: request,
    onMutate: async (variables: V) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData(key);
      if (before && optimistic) queryClient.setQueryData(key, optimistic(before, variables));
    },
    onSuccess: (build) => {
      if (queryClient.isMutating({ mutationKey }) <= 1) queryClient.setQueryData(key, build);
    },
    // The server refused: what it holds now is the truth, whatever was shown meanwhile.
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
    // Not awaited: a change must stop counting as pending once its answer is in, or the next change's answer
    // (which then sees two pending) would be dropped while the lists refresh, leaving the page on its guess.
    onSettled: () => {
      void invalidate();
    },
  });
}

export function useUpdateBuild(id: number) {
  return useBuildChange(
    id,
    (patch: BuildUpdate) => api.patch<Build>(`/api/v1/builds/${id}`, patch),
    (build, patch) =>
      withMoney(
        {
          ...build,
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.notes === undefined ? {} : { notes: patch.notes }),
          ...(patch.status === undefined ? {} : { status: patch.status }),
        },
        patch.targetPriceCents === undefined ? build.money.targetPriceCents : patch.targetPriceCents,
      ),
  );
}

export function usePartOut(id: number) {
  return useBuildChange(id, () => api.post<Build>(`/api/v1/builds/${id}/part-out`));
}
