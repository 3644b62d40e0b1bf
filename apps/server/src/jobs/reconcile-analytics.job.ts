import { addDays, dateIn } from '@partwise/shared';
import { type Figures, isMonthDrift, repairDrift } from '../modules/analytics/reconcile';
import { pruneAiCacheJob } from './prune-ai-cache.job';
import type { Job } from './runner';

/**
 * Nightly: recomputes the last days of every owner from the ledger, compares with what the writes kept,
 * repairs and records any difference. Owners' dates run up to a day either side of UTC, so the window is
 * the three UTC days before today: every owner's yesterday is in it.
 */
export const reconcileAnalyticsJob = (days = 3): Job => ({
  name: 'reconcile-analytics',
  schedule: '15 3 * * *',
  async run({ tx, now }) {
    const today = dateIn('UTC', now);
    const {
      owners: drift,
      platform,
      activity,
    } = await repairDrift(tx, addDays(today, -days), addDays(today, -1));
    if (drift.length === 0 && platform.length === 0 && activity === 0)
      return { rows: 0, detail: 'No drift: every aggregate equals the ledger' };
    const figures = (f: Figures) =>
      Object.entries(f)
        .map(([k, v]) => `${k} ${v.kept} → ${v.expected}`)
        .join(', ');
    const shown = [
      ...drift.map((d) => `${d.day} owner ${d.ownerId}: ${figures(d.figures)}`),
      ...platform.map((d) => `${d.day} platform: ${figures(d.figures)}`),
    ];
    const rows = drift.length + platform.length + activity;
    const months = drift.filter(isMonthDrift).length;
    const ownerDays = drift.length - months;
    const what = [
      ownerDays > 0 ? `${ownerDays} owner-day(s) that differed from the ledger` : '',
      months > 0 ? `${months} owner-month(s) that differed from their days` : '',
      platform.length > 0 ? `${platform.length} platform day(s) that differed from their owners' sum` : '',
      activity > 0 ? `${activity} activity day(s) whose previous active day was stale` : '',
    ].filter(Boolean);
    // Which days and figures (a stale activity day is only counted).
    const listed =
      shown.length > 0 ? `: ${shown.slice(0, 20).join('; ')}${shown.length > 20 ? '; …' : ''}` : '';
    return { rows, detail: `Repaired ${what.join(' and ')}${listed}` };
  },
});

/** Every job the server runs. */
export const serverJobs = (): Job[] => [reconcileAnalyticsJob(), pruneAiCacheJob()];
