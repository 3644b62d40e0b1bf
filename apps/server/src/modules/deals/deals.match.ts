import {
  type CatalogPart,
  type Category,
  type Confidence,
  catalogName,
  familyKey,
  type ParsedItem,
  type ParsedListing,
  parseListing,
} from '@partwise/shared';
import type { CatalogService } from '../catalog/catalog.service';

/**
 * How a listing's text becomes parts. The deterministic parser is the default; the assistant may later wrap
 * it (parse, then ask the model to fill gaps), provided it never replaces an item whose catalog match is
 * high-confidence and is metered like every assistant call. Services take a parser, so that change is local.
 */
export type DealParser = (text: string) => Promise<ParsedListing>;
export const deterministicParser: DealParser = async (text) => parseListing(text);

/** A part of a deal with its catalog match, ready to value and check. */
export interface MatchedItem {
  category: Category;
  name: string;
  source: string;
  specs: Record<string, unknown>;
  catalog: CatalogPart | null;
  matchConfidence: Confidence;
}

const known = (specs: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(specs).filter(([, v]) => v !== null && v !== undefined));

/**
 * The catalog part a parsed item most likely is: the catalog's best match for its words. High confidence
 * when that part is the same model family as read ("RTX 3070 Ti" of any brand), medium when the catalog
 * found something else, low when it found nothing.
 */
export async function matchItem(catalog: CatalogService, item: ParsedItem): Promise<MatchedItem> {
  const found = await catalog.search({ q: item.query, category: item.category, page: 1, pageSize: 3 });
  const best = found.items[0] ?? null;
  if (!best) return { ...item, catalog: null, matchConfidence: 'low' };
  const readAs = familyKey(item);
  const same = readAs !== null && familyKey({ ...best, name: catalogName(best) }) === readAs;
  return {
    category: item.category,
    name: item.name,
    source: item.source,
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
    specs: entry.specs,
    catalog: entry,
    matchConfidence: 'high',
  };
}
