// npm run db:export-to-postgres -- --url postgres://... [--force]: moves the embedded database to PostgreSQL.
import { parseArgs } from 'node:util';
import { exportToPostgres } from '../backup/configured';
import { totalRows } from '../backup/table-stats';
import { loadConfig } from '../config';
import { describePostgresUrl, embeddedDbDir } from '../db/open-configured';
import { CommandError, runCommand } from './run-command';

const { values } = parseArgs({ options: { url: { type: 'string' }, force: { type: 'boolean' } } });

await runCommand(async () => {
  const url = values.url;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new CommandError(
      'Usage: npm run db:export-to-postgres -- --url postgres://user:pass@host:5432/db [--force]',
    );
  }
  const config = loadConfig();
  console.log(
    `Copying the embedded database in ${embeddedDbDir(config)} to PostgreSQL ${describePostgresUrl(url)}...`,
  );
  const { manifest } = await exportToPostgres(config, url, { force: values.force === true });
  console.log(
    `Copied ${Object.keys(manifest.tables).length} tables and ${totalRows(manifest.tables).toLocaleString('en-US')} ` +
      'rows, each checked by row count and checksum. The embedded database is left as it was.\n' +
      'Start the server on PostgreSQL with the same DATA_DIR (photos and the sign-in secret stay there):\n' +
      '  DATABASE_URL=<that url> npm start',
  );
});
