// npm run analytics:rebuild: recomputes every daily aggregate from the ledger (idempotent: the same ledger
// gives the same aggregates however often it runs). Writers wait for it, then recompute their days over it.
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open-configured';
import { rebuildAll } from '../modules/analytics/aggregates';
import { findDrift } from '../modules/analytics/reconcile';
import { runCommand } from './run-command';

await runCommand(async () => {
  const database = await openConfiguredDatabase(loadConfig(), console.log);
  try {
    const rows = await rebuildAll(database.db);
    const drift = await findDrift(database.db, '0001-01-01', '9999-12-31');
    console.log(`Rebuilt ${rows} owner-day aggregate(s) from the ledger; ${drift.length} differ now.`);
  } finally {
    await database.close();
  }
});
