import {
  CATEGORIES,
  type Category,
  CONDITIONS,
  type Condition,
  PART_SORT_FIELDS,
  PART_STATUSES,
  type PartStatus,
} from '@partwise/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 50;
export const DEFAULT_SORT = '-acquiredAt';

/** What the inventory page shows; all of it lives in the URL so a view can be bookmarked and shared. */
export interface InventoryView {
  q: string;
  status: PartStatus[];
  category: Category[];
  condition: Condition | '';
  acquiredFrom: string;
  acquiredTo: string;
  lotId: string;
  /** Only parts whose estimated value is above their cost. */
  worthMore: boolean;
  sort: string;
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SORTS = new Set(PART_SORT_FIELDS.flatMap((f) => [f, `-${f}`]));

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  const words = (raw ?? '').split(',');
  return allowed.filter((value) => words.includes(value));
}

/** Reads the view from the URL, ignoring whatever is malformed instead of failing on it. */
export function parseView(params: URLSearchParams): InventoryView {
  const condition = params.get('condition') ?? '';
  const sort = params.get('sort') ?? DEFAULT_SORT;
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    q: params.get('q') ?? '',
    status: listOf(params.get('status'), PART_STATUSES),
    category: listOf(params.get('category'), CATEGORIES),
    condition: (CONDITIONS as readonly string[]).includes(condition) ? (condition as Condition) : '',
    acquiredFrom: date('acquiredFrom'),
    acquiredTo: date('acquiredTo'),
    lotId: /^\d+$/.test(params.get('lotId') ?? '') ? (params.get('lotId') ?? '') : '',
    worthMore: params.get('worthMore') === 'true',
    sort: SORTS.has(sort) ? sort : DEFAULT_SORT,
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
  };
}

/** The filters as query parameters: for the list, the CSV export and the URL alike. */
export function filterParams(view: InventoryView): Record<string, string | undefined> {
  return {
    q: view.q.trim() || undefined,
    status: view.status.join(',') || undefined,
    category: view.category.join(',') || undefined,
    condition: view.condition || undefined,
    acquiredFrom: view.acquiredFrom || undefined,
    acquiredTo: view.acquiredTo || undefined,
    lotId: view.lotId || undefined,
    worthMore: view.worthMore ? 'true' : undefined,
  };
}

export function listParams(view: InventoryView): Record<string, string | number | undefined> {
  return { ...filterParams(view), sort: view.sort, page: view.page, pageSize: PAGE_SIZE };
}

export function hasFilters(view: InventoryView): boolean {
  return Object.values(filterParams(view)).some((value) => value !== undefined);
}

export function searchOf(view: InventoryView): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterParams(view))) if (value) params.set(key, value);
  if (view.sort !== DEFAULT_SORT) params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** The view and a way to change it; any change other than paging goes back to page 1. */
export function useInventoryView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const update = useCallback(
    (change: Partial<InventoryView>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const base = parseView(current);
          return searchOf({ ...base, page: 1, ...change });
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );
  return { view, update };
}
