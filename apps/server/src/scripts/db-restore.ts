// npm run db:restore -- FILE [--force]: puts a backup back into the configured database and photo folder.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreTargetFor } from '../backup/configured';
import { restoreBackup } from '../backup/restore-backup';
import { totalRows } from '../backup/table-stats';
import { invocationDir, loadConfig } from '../config';
import { describeConfiguredDatabase } from '../db/open-configured';
import { CommandError, runCommand } from './run-command';

const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean' } },
  allowPositionals: true,
});

await runCommand(async () => {
  if (positionals.length !== 1) throw new CommandError('Usage: npm run db:restore -- FILE [--force]');
  const config = loadConfig();
  const file = path.resolve(invocationDir(), positionals[0] ?? '');
  console.log(`Database: ${describeConfiguredDatabase(config)}`);
  console.log(`Restoring ${file}...`);
  const report = await restoreBackup(file, restoreTargetFor(config), {
    force: values.force === true,
    uploads: true,
  });
  const { manifest } = report;
  console.log(
    `Restored the backup of ${manifest.createdAt} (${manifest.database}): ` +
      `${Object.keys(manifest.tables).length} tables, ${totalRows(manifest.tables).toLocaleString('en-US')} rows ` +
      `and ${manifest.uploads.length} photos, each table checked against the backup's row count and checksum.`,
  );
  const newer = report.migrations - manifest.migrations;
  if (newer > 0) console.log(`Applied ${newer} newer migration${newer === 1 ? '' : 's'}.`);
  for (const kept of report.keptAside) console.log(`What was there before is kept in ${kept}`);
});
