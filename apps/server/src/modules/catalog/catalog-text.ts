// Names, brands and the words that catalog search matches; the same normalization serves the
// search text (import) and the query (search), so both spell "16 GB", "16GB" and "16G" as "16gb".

/** Brands of more than one word; any other brand is the first word of the name. */
const MULTI_WORD_BRANDS = [
  'Athena Power',
  'be quiet!',
  'Broadway Com Corp',
  'Club 3D',
  'Cooler Master',
  'DAN Cases',
  'Deco Gear',
  'Edge Tech',
  'Empire Gaming',
  'Fantom Drives',
  'Fractal Design',
  'FSP Group',
  'Gelid Solutions',
  'Geometric Future',
  'Golden Field',
  'Iceberg Thermal',
  'In Win',
  'Lian Li',
  'Mars Gaming',
  'Neo Forza',
  'PC Cooler',
  'PC Power & Cooling',
  'Silicon Power',
  'SK Hynix',
  'Solid Gear',
  'Super Flower',
  'Super Talent',
  'Titanium Micro',
  'Western Digital',
];

/** Short names people use for a brand. */
const BRAND_ALIASES: Record<string, string[]> = {
  'western digital': ['wd'],
  'cooler master': ['cm'],
};

/** Words that finish a model number ("3070 Ti", "5700 XT"): also indexed glued on. */
const MODEL_SUFFIXES = new Set(['ti', 'xt', 'xtx', 'super', 'gre', 'x3d']);
/** Endings that some type apart from a model number ("5600 x", "1000 gt"): glued on in both texts. */
export const MODEL_NUMBER_ENDINGS = new Set([
  ...MODEL_SUFFIXES,
  'x',
  'k',
  'kf',
  'ks',
  'f',
  'g',
  'ge',
  'gt',
  't',
  's',
]);
/** Words that start a model number ("RTX 3070", "RX 580"): also indexed glued on. */
const SERIES_PREFIXES = new Set(['rtx', 'gtx', 'gt', 'gts', 'rx', 'hd', 'r5', 'r7', 'r9', 'arc']);

// Invisible marks (left-to-right marks, zero-width spaces) that some scraped names carry.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g;
/** Punctuation around a word that is never part of it: "(2x8GB)," is 2x8gb. */
const EDGE_PUNCTUATION = /^[()[\]{},;:!?'`*|]+|[()[\]{},;:!?'`*|.]+$/g;

/** The name as shown: invisible marks removed, spaces collapsed. */
export function cleanName(name: string): string {
  return name.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

export function brandOf(name: string): string | null {
  const brand = MULTI_WORD_BRANDS.find((b) => name === b || name.startsWith(`${b} `));
  return brand ?? (name.split(' ')[0] || null);
}

/**
 * Lower case, accents folded, and units written one way: "16 GB" and "16G" → 16gb, "650 W" → 650w,
 * "3200MHz" → 3200, "DDR4-3200" → ddr4 3200, "2x8 GB" → 2x8gb, "CL 16" → cl16, "80 Plus" → 80+.
 */
export function normalizeText(text: string): string {
  const plain = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text.replace(INVISIBLE, '').normalize('NFKD').replace(/\p{M}/gu, '');
  return plain
    .toLowerCase()
    .replace(/["″”]/g, '')
    .replace(/\bddr([2-5])[-_\s]?(\d{3,4})\b/g, 'ddr$1 $2')
    .replace(/\b(\d{3,4})\s?(?:mhz|mt\/s|mts)\b/g, '$1')
    .replace(/\b(\d{1,2})x(\d{1,3})\s?gb?\b/g, '$1x$2gb')
    .replace(/\b(\d+(?:\.\d+)?)\s?(gb|tb|mb|w|mm)\b/g, '$1$2')
    .replace(/\b(\d+)g\b/g, '$1gb')
    .replace(/\b(?:cl|cas)\s?(\d{1,2})\b/g, 'cl$1')
    .replace(/\b80\s?(?:\+|plus\b)/g, '80+');
}

/** The words of a text, normalized, without punctuation around them. */
export function wordsOf(text: string): string[] {
  return normalizeText(text)
    .split(/\s+/)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word !== '' && /[\p{L}\p{N}+]/u.test(word));
}

/** Spellings of one word that should also find it: "g.skill" → gskill, g, skill; "980ti" → 980, ti. */
function variants(word: string): string[] {
  if (/^[a-z]+$/.test(word)) return [word];
  const out = [word];
  const pieces = word.split(/[.\-/()+,!&_]+/).filter(Boolean);
  if (pieces.length > 1) out.push(pieces.join(''), ...pieces);
  const suffix = /^(\d+)([a-z][a-z0-9]*)$/.exec(word);
  if (suffix?.[1] && suffix[2] && MODEL_SUFFIXES.has(suffix[2])) out.push(suffix[1], suffix[2]);
  const prefix = /^([a-z][a-z0-9]*?)(\d+)$/.exec(word);
  if (prefix?.[1] && prefix[2] && SERIES_PREFIXES.has(prefix[1])) out.push(prefix[1], prefix[2]);
  return out;
}

/** Spellings of two words in a row: "3070 ti" → 3070ti, "rtx 3070" → rtx3070, "ryzen 5" → r5. */
function pairVariants(word: string, next: string): string[] {
  const out: string[] = [];
  if (
    (/\d/.test(word) && MODEL_SUFFIXES.has(next)) ||
    (/^\d{3,5}$/.test(word) && MODEL_NUMBER_ENDINGS.has(next))
  )
    out.push(word + next);
  if (/^\d+$/.test(word) && next === 'super') out.push(`${word}s`);
  if (SERIES_PREFIXES.has(word) && /^\d/.test(next)) out.push(word + next);
  if (word === 'ryzen' && /^\d$/.test(next)) out.push(`r${next}`);
  return out;
}

/** The brand's own spellings: "Cooler Master" → coolermaster, cm. */
function brandVariants(brand: string | null): string[] {
  if (brand === null) return [];
  const lower = normalizeText(brand);
  const glued = lower.replace(/[^\p{L}\p{N}]+/gu, '');
  return [glued, ...(BRAND_ALIASES[lower] ?? [])];
}

/**
 * The searchable text of some words (normalized, see wordsOf): every word and its variants once, each
 * between spaces, so that a query word can be matched at the start of a word (`like '% ti%'`) or as a
 * whole word (`like '% ti %'`), and "3070 ti" does not find "3070 ... Edition".
 */
export function searchTextOf(words: string[], brand: string | null = null): string {
  const all = words.flatMap(variants);
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (next !== undefined) all.push(...pairVariants(word, next));
  });
  all.push(...brandVariants(brand));
  return ` ${[...new Set(all)].join(' ')} `;
}

/**
 * The search text of a part: its name, and `extras`, words that the name does not spell out (the GPU
 * chip, the socket, spec words such as "16gb" or "ddr4").
 */
export function buildSearchText(
  name: string,
  brand: string | null,
  extras: ReadonlyArray<string | null> = [],
): string {
  return searchTextOf(wordsOf([name, ...extras.filter((e) => e !== null)].join(' ')), brand);
}

/**
 * The words of the model: the name's words (see wordsOf) without brand, capacity and GPU chip
 * ("Samsung 970 Evo Plus" → 970 evo plus; "MSI GeForce RTX 3060 Ventus 2X 12G" → ventus 2x). Among
 * parts that match a search equally well, the one with the fewest model words the person did not type
 * is the closest: "970 evo" ranks the 970 Evo before the 970 Evo Plus, and "rtx 3060" ranks cards by
 * popularity alone.
 */
export function modelWordsOf(nameWords: string[], brandWords: number, chipWords: string[] = []): string[] {
  const chip = new Set(chipWords);
  const words = nameWords
    .slice(brandWords)
    .filter((word) => !chip.has(word) && !/^\d+(?:\.\d+)?(?:gb|tb)$/.test(word));
  return [...new Set(words)];
}

const GENERIC_CHIP_WORDS = new Set([
  'geforce',
  'radeon',
  'rtx',
  'gtx',
  'gt',
  'rx',
  'hd',
  'arc',
  'nvidia',
  'amd',
  'intel',
]);

/** Words of a GPU chip that tell it from others: "GeForce RTX 3060 Ti LHR" → 3060 ti lhr. */
export function chipWordsOf(chipWords: string[]): string[] {
  return chipWords.filter((word) => !GENERIC_CHIP_WORDS.has(word) && !/^\d+(?:\.\d+)?(?:gb|mb)$/.test(word));
}
