/** Money is integer cents everywhere; these helpers are the only place it becomes text or is parsed. */

export function formatCents(cents: number, currency = 'USD', locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
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
