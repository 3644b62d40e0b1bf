import {
  type CatalogPart,
  type Category,
  type Confidence,
  catalogName,
  type DealItemOrigin,
  familyKey,
  type ParsedItem,
} from '@partwise/shared';
import type { CatalogService } from '../catalog/catalog.service';

/** A part of a deal with its catalog match, ready to value and check. */
export interface MatchedItem {
  category: Category;
  name: string;
  source: string;
  origin: DealItemOrigin;
  specs: Record<string, unknown>;
  catalog: CatalogPart | null;
  matchConfidence: Confidence;
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
/** Whether a catalog match is surer than another. */
export const surer = (a: Confidence, b: Confidence) => RANK[a] > RANK[b];

const known = (specs: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(specs).filter(([, v]) => v !== null && v !== undefined));

/**
 * The catalog part a parsed item most likely is: the catalog's best match for its words. High confidence
 * when that part is the same model family as read ("RTX 3070 Ti" of any brand), medium when the catalog
 * found something else, low when it found nothing.
 */
export async function matchItem(
  catalog: CatalogService,
  item: ParsedItem,
  origin: DealItemOrigin = 'parser',
): Promise<MatchedItem> {
  const found = await catalog.search({ q: item.query, category: item.category, page: 1, pageSize: 3 });
  const best = found.items[0] ?? null;
  const read = { category: item.category, name: item.name, source: item.source, origin };
  if (!best) return { ...read, specs: item.specs, catalog: null, matchConfidence: 'low' };
  const readAs = familyKey(item);
  const same = readAs !== null && familyKey({ ...best, name: catalogName(best) }) === readAs;
  return {
    ...read,
    // The listing's own specs (memory size, drive size) win over the catalog part's.
    specs: { ...best.specs, ...known(item.specs) },
    catalog: best,
    matchConfidence: same ? 'high' : 'medium',
  };
}

/** A part picked by hand from the catalog: a sure match. */
export function pickedItem(entry: CatalogPart): MatchedItem {
  return {
    category: entry.category,
    name: catalogName(entry),
    source: '',
    origin: 'picked',
    specs: entry.specs,
    catalog: entry,
    matchConfidence: 'high',
  };
}
