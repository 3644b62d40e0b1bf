// npm run catalog:import: (re)imports the parts catalog into the configured database.
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open-configured';
import { importCatalog } from '../modules/catalog/catalog-import';
import { runCommand } from './run-command';

await runCommand(async () => {
  const database = await openConfiguredDatabase(loadConfig(), console.log);
  try {
    const result = await importCatalog(database.db);
    const unchanged = result.total - result.inserted - result.updated;
    console.log(
      `Parts catalog imported in ${(result.ms / 1000).toFixed(1)} s: ${result.total.toLocaleString('en-US')} parts ` +
        `(${result.inserted} new, ${result.updated} updated, ${unchanged} unchanged, ${result.skipped} lines skipped).`,
    );
    console.log(
      Object.entries(result.byCategory)
        .map(([category, n]) => `${category} ${n}`)
        .join(', '),
    );
  } finally {
    await database.close();
  }
});
