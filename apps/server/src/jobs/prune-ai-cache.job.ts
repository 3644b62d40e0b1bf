import { CACHE_DAYS, pruneAiCache } from '../modules/ai/cache';
import type { Job } from './runner';

/** Nightly: removes the assistant's kept answers that are past reuse, so the cache stays small. */
export const pruneAiCacheJob = (): Job => ({
  name: 'prune-ai-cache',
  schedule: '45 3 * * *',
  async run({ tx, now }) {
    const rows = await pruneAiCache(tx, now);
    return { rows, detail: `Removed ${rows} kept assistant answer(s) older than ${CACHE_DAYS} days` };
  },
});
