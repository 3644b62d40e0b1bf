// npm run analytics:reconcile -- --from YYYY-MM-DD [--to YYYY-MM-DD]: what the nightly job does, for the days
// asked: compares every owner's aggregates of those days with the ledger and repairs any difference with the
// writes' own function, and folds the days' platform rows into one per day, in one transaction. For a missed
// night, or to time the job (bench/scale.ts).
import { parseArgs } from 'node:util';
import { IsoDate } from '@partwise/shared';
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open-configured';
import { repairDrift } from '../modules/analytics/reconcile';
import { CommandError, runCommand } from './run-command';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });

await runCommand(async () => {
  const from = IsoDate.safeParse(values.from);
  const to = IsoDate.safeParse(values.to ?? values.from);
  if (!from.success || !to.success || from.data > to.data)
    throw new CommandError('Usage: npm run analytics:reconcile -- --from YYYY-MM-DD [--to YYYY-MM-DD]');
  const database = await openConfiguredDatabase(loadConfig(), console.log);
  try {
    const started = performance.now();
    const drift = await database.db.transaction((tx) => repairDrift(tx, from.data, to.data));
    const ms = Math.round(performance.now() - started);
    console.log(
      `Reconciled ${from.data}..${to.data} in ${ms} ms: ${drift.owners.length} owner-day(s) repaired, ${drift.platform.length} platform day(s) repaired, ${drift.activity} activity day(s) repaired.`,
    );
  } finally {
    await database.close();
  }
});
