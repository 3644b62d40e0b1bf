// npm run db:migrate: applies the migrations to the configured database (the server also does at start).
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open-configured';
import { runCommand } from './run-command';

await runCommand(async () => {
  const database = await openConfiguredDatabase(loadConfig(), console.log);
  await database.close();
  console.log('Migrations applied.');
});
