import {
  CATEGORIES,
  CATEGORY_LABELS,
  type Category,
  CONDITION_LABELS,
  CONDITIONS,
  type Condition,
  type IMPORTABLE_STATUSES,
  normalizeHeader,
  PART_STATUS_LABELS,
  PART_STATUSES,
  type PartStatus,
  SOURCE_LABELS,
} from '@partwise/shared';

/** Statuses a CSV may give (see the status rules); the others come only from builds, listings and sales. */
export type ImportableStatus = (typeof IMPORTABLE_STATUSES)[number];

/** Words (normalized: lower case, letters and digits) → value, including the keys and the app's labels. */
function lookup<T extends string>(
  keys: readonly T[],
  labels: Record<T, string>,
  synonyms: Partial<Record<T, string[]>>,
): Map<string, T> {
  const words = new Map<string, T>();
  for (const key of keys) {
    for (const word of [key, labels[key], ...(synonyms[key] ?? [])]) words.set(normalizeHeader(word), key);
  }
  return words;
}

function find<T>(words: Map<string, T>, text: string): T | null {
  const key = normalizeHeader(text);
  return words.get(key) ?? (key.endsWith('s') ? words.get(key.slice(0, -1)) : undefined) ?? null;
}

const CATEGORY_WORDS = lookup(CATEGORIES, CATEGORY_LABELS, {
  cpu: ['processor', 'central processing unit', 'apu'],
  gpu: ['graphics', 'video card', 'graphics adapter', 'display card', 'vga'],
  motherboard: ['mobo', 'mainboard', 'system board', 'mb'],
  memory: ['ram', 'dimm', 'sodimm', 'memory kit', 'ram kit', 'ddr3', 'ddr4', 'ddr5'],
  storage: ['ssd', 'hdd', 'hard drive', 'hard disk', 'nvme', 'm.2', 'drive', 'disk', 'solid state drive'],
  psu: ['power supply unit', 'power'],
  case: ['chassis', 'tower', 'pc case', 'computer case', 'enclosure'],
  cooler: [
    'cooler',
    'aio',
    'aio cooler',
    'heatsink',
    'cooling',
    'liquid cooler',
    'air cooler',
    'water cooler',
  ],
  other: ['misc', 'miscellaneous', 'accessory', 'accessories', 'peripheral'],
});

const CONDITION_WORDS = lookup(CONDITIONS, CONDITION_LABELS, {
  new: ['brand new', 'sealed', 'nib', 'bnib', 'new in box', 'new sealed'],
  used: ['pre-owned', 'second hand', 'open box', 'like new', 'refurbished', 'refurb', 'working', 'tested'],
  for_parts: [
    'parts',
    'parts only',
    'for parts or not working',
    'broken',
    'not working',
    'defective',
    'dead',
    'as is',
    'for repair',
    'damaged',
    'faulty',
    'doa',
  ],
});

const STATUS_WORDS = lookup(PART_STATUSES, PART_STATUS_LABELS, {
  in_stock: ['stock', 'available', 'inventory', 'on hand', 'ready'],
  testing: ['to test', 'needs testing', 'untested', 'in testing'],
  rma: ['return', 'returned', 'returning', 'warranty', 'warranty claim', 'in rma'],
  archived: ['archive', 'retired'],
  sold: ['sale'],
  listed: ['listing', 'on sale'],
  in_build: ['in build', 'build', 'used in build', 'installed'],
});

const SOURCE_WORDS = lookup(Object.keys(SOURCE_LABELS), SOURCE_LABELS, {
  facebook_marketplace: ['facebook', 'fb marketplace', 'fbm'],
  reddit_hardwareswap: ['hardwareswap', 'r hardwareswap'],
  local_pickup: ['local'],
});

const REFUSED_STATUS: Partial<Record<PartStatus, string>> = {
  sold: 'import it as In stock and record the sale in Partwise, or import it as Archived',
  listed: 'import it as In stock and create the listing in Partwise',
  in_build: 'import it as In stock and add it to the build in Partwise',
};

export const readCategory = (text: string): Category | null => find(CATEGORY_WORDS, text);
export const readCondition = (text: string): Condition | null => find(CONDITION_WORDS, text);

/** The status, or why it cannot be imported (words that follow the quoted value), or null if unknown. */
export function readStatus(text: string): { status: ImportableStatus } | { refused: string } | null {
  const status = find(STATUS_WORDS, text);
  if (!status) return null;
  const refusal = REFUSED_STATUS[status];
  if (refusal) return { refused: `cannot be imported (${PART_STATUS_LABELS[status]}): ${refusal}` };
  return { status: status as ImportableStatus };
}

/** A known marketplace by its key or name ("eBay", "FB Marketplace") becomes its key; other text stays. */
export function readSource(text: string): string {
  return find(SOURCE_WORDS, text) ?? text;
}

/** The marketplace's name for a known key, else the text as stored. */
export const sourceLabel = (source: string): string => SOURCE_LABELS[source] ?? source;

export function readGrade(text: string): number | null {
  return /^\d{1,3}$/.test(text) ? Number(text) : null;
}

/** A JSON object, or null when the text is something else. */
export function readSpecsJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

// A cell starting with = + - or @ is run as a formula by spreadsheets (CSV injection). The export puts
// a ' before such text, and before text already starting with ' then one of those, so the import can
// take exactly one ' off and every value comes back unchanged.
const FORMULA = /^'*[=+\-@]/;
const GUARDED = /^'+[=+\-@]/;

export const guardFormula = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);
export const unguardFormula = (text: string): string => (GUARDED.test(text) ? text.slice(1) : text);

/** Serials people write when there is none; they never make two parts duplicates. */
const NO_SERIAL = new Set(['', 'na', 'none', 'unknown', 'nosn', 'noserial', 'tbd', 'missing', 'null', 'nil']);
export const serialKey = (serial: string | null | undefined): string | null => {
  const key = (serial ?? '').trim().toLowerCase();
  return NO_SERIAL.has(normalizeHeader(key)) ? null : key;
};
