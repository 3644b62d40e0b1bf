/** How a series groups days: by day, ISO week (from Monday), month or year of the user's calendar. */
export const GRANULARITIES = ['day', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
