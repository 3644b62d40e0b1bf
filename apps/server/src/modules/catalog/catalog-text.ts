// Names, brands and the text that catalog search matches against.

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

/** Words that finish a model number ("3070 Ti", "5700 XT", "32 GB"): also indexed glued on. */
const MODEL_SUFFIXES = new Set(['ti', 'xt', 'xtx', 'super', 'gre', 'x3d', 'gb', 'tb']);
/** Words that start a model number ("RTX 3070", "RX 580"): also indexed glued on. */
const SERIES_PREFIXES = new Set(['rtx', 'gtx', 'gt', 'gts', 'rx', 'hd', 'r5', 'r7', 'r9', 'arc']);

// Invisible marks (left-to-right marks, zero-width spaces) that some scraped names carry.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g;

/** The name as shown: invisible marks removed, spaces collapsed. */
export function cleanName(name: string): string {
  return name.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

export function brandOf(name: string): string | null {
  const brand = MULTI_WORD_BRANDS.find((b) => name === b || name.startsWith(`${b} `));
  return brand ?? (name.split(' ')[0] || null);
}

/** The words a person types: lower case, split on whitespace. */
export function queryWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

const foldAccents = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '');

/** Spellings of one word that should also find it: "g.skill" → gskill, g, skill; "980ti" → 980, ti. */
function variants(word: string): string[] {
  const out = [word, foldAccents(word)];
  const pieces = word.split(/[.\-/()+,!&]+/).filter(Boolean);
  if (pieces.length > 1) out.push(pieces.join(''), ...pieces);
  const suffix = /^(\d+)([a-z][a-z0-9]*)$/.exec(word);
  if (suffix?.[1] && suffix[2] && MODEL_SUFFIXES.has(suffix[2])) out.push(suffix[1], suffix[2]);
  const prefix = /^([a-z][a-z0-9]*?)(\d+)$/.exec(word);
  if (prefix?.[1] && prefix[2] && SERIES_PREFIXES.has(prefix[1])) out.push(prefix[1], prefix[2]);
  return out;
}

/**
 * The searchable text: every word and its variants once, each preceded by a space, so that a query
 * word can be matched at the start of a word (`like '% ti%'`) and "3070 ti" does not find
 * "3070 ... Edition". Both "3070 ti" and "3070ti" find "GeForce RTX 3070 Ti".
 */
export function buildSearchText(parts: ReadonlyArray<string | null>): string {
  const words = queryWords(
    parts
      .filter((p) => p !== null)
      .join(' ')
      .replace(INVISIBLE, ''),
  );
  const all = words.flatMap(variants);
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (next === undefined) return;
    if (/\d/.test(word) && MODEL_SUFFIXES.has(next)) all.push(word + next);
    if (SERIES_PREFIXES.has(word) && /^\d/.test(next)) all.push(word + next);
  });
  return ` ${[...new Set(all)].join(' ')}`;
}
