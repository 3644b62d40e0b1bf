/**
 * The model writes; the record decides what is true. Every number (with its unit) and every claim word in the
 * model's text must be found in the record's own text, or it is cut out and reported.
 */

const UNITS = 'GB|TB|MB|GHz|MHz|MT/s|W|mm|Hz|RPM|cores?|threads?|years?|months?|%|inch|in|"';
const NUMBER = new RegExp(`\\$?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:${UNITS})(?![A-Za-z]))?`, 'gi');

/** Claims a seller must be able to back: said only when the record says them. */
const CLAIMS = [
  'tested',
  'fully tested',
  'stress tested',
  'warranty',
  'original box',
  'boxed',
  'brand new',
  'new in box',
  'sealed',
  'unopened',
  'mint',
  'like new',
  'never used',
  'overclocked',
  'no issues',
  'works perfectly',
];

export interface RemovedClaim {
  text: string;
  reason: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[\s,$]/g, '');

/** The numbers of a text in their normalized form ("10 GB" → "10gb", and the bare "10"). */
function numbersOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const n = norm(m[0]);
    found.add(n);
    const bare = n.match(/^\d+(?:\.\d+)?/);
    if (bare) found.add(bare[0]);
  }
  return found;
}

/**
 * The numbers of `modelText` that `recordText` never states, as written ("3080", "16 GB"). Compared without
 * their units: "16 GB" is supported by "16gb ram" and by "16 gigs"; "3080" by nothing but a 3080.
 */
export function numbersNotIn(modelText: string, recordText: string): string[] {
  const supported = numbersOf(recordText);
  return [...modelText.matchAll(NUMBER)]
    .map((m) => m[0].trim())
    .filter((n) => !supported.has(norm(n).match(/^\d+(?:\.\d+)?/)?.[0] ?? norm(n)));
}

/** The model's text with unsupported numbers and claims removed, and what was removed. */
export function checkAgainstRecord(
  modelText: string,
  recordText: string,
): { text: string; removed: RemovedClaim[] } {
  const supportedNumbers = numbersOf(recordText);
  const record = recordText.toLowerCase();
  const removed: RemovedClaim[] = [];
  let text = modelText.replace(NUMBER, (match) => {
    if (supportedNumbers.has(norm(match))) return match;
    removed.push({ text: match.trim(), reason: 'This figure is not in the record.' });
    return '';
  });
  // Longest claims first, so "fully tested" goes whole rather than leaving "fully".
  for (const claim of [...CLAIMS].sort((a, b) => b.length - a.length)) {
    if (record.includes(claim)) continue;
    const pattern = new RegExp(`\\b${claim.replace(/ /g, '\\s+')}\\b`, 'gi');
    text = text.replace(pattern, (match) => {
      removed.push({ text: match, reason: 'The record does not say this.' });
      return '';
    });
  }
  text = text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/\s+([,.;:!?])/g, '$1')
        .replace(/\(\s*\)/g, '')
        .trimEnd(),
    )
    .join('\n')
    .trim();
  return { text, removed };
}
