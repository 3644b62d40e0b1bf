/** Money is integer cents everywhere; these helpers are the only place it becomes text or is parsed. */

/** Formatters made once per locale and currency: making one costs far more than using it (lists format many). */
const currencyFormats = new Map<string, Intl.NumberFormat>();

export function formatCents(cents: number, currency = 'USD', locale?: string): string {
  const key = `${locale ?? ''}|${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    currencyFormats.set(key, format);
  }
  return format.format(cents / 100);
}

/** "1234.56", "-0.05": decimal dollars from integer cents, without floating point (inputs, CSV cells). */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Parses what a person types or a spreadsheet exports ("$1,234.56", "1234.5", "-12", "(12.00)")
 * into integer cents without floating point. Returns null when the text is not an amount.
 */
export function parseMoneyToCents(text: string): number | null {
  let s = text.trim().replace(/^\$|\s/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  s = s.replace(/^\$/, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{0,2})?$|^\.\d{1,2}$/.test(s)) return null;
  const [whole = '', fraction = ''] = s.replace(/,/g, '').split('.');
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

/**
 * Splits `totalCents` across shares in proportion to `weights`, so that the parts sum to the total exactly:
 * each gets the floor of its exact share, and the cents left over go to the largest remainders (ties: first).
 * Exact for any size, in integer arithmetic (weights may have up to 6 decimals).
 */
export function allocateCents(totalCents: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0)
    throw new RangeError('total must be whole cents >= 0');
  if (weights.length === 0) return [];
  const scaled = weights.map((w) => {
    if (!(w > 0) || !Number.isFinite(w)) throw new RangeError('weights must be > 0');
    return BigInt(Math.max(1, Math.round(w * 1_000_000)));
  });
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const total = BigInt(totalCents);
  const shares = scaled.map((w, index) => ({
    index,
    floor: (total * w) / sum,
    remainder: (total * w) % sum,
  }));
  let left = total - shares.reduce((a, s) => a + s.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index,
  );
  for (const share of byRemainder) {
    if (left === 0n) break;
    share.floor += 1n;
    left -= 1n;
  }
  return shares.map((s) => Number(s.floor));
}
