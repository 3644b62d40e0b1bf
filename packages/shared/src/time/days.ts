const DAY_MS = 86_400_000;
const utc = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

/** The calendar date `days` after (or before, when negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  return new Date(utc(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}
