// npm run db:backup [-- --out FILE]: a backup of the configured database and the photos, in one .tar.gz.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupConfigured } from '../backup/configured';
import { totalRows } from '../backup/table-stats';
import { invocationDir, loadConfig } from '../config';
import { systemClock } from '../core/clock';
import { describeConfiguredDatabase } from '../db/open-configured';
import { runCommand } from './run-command';

const { values } = parseArgs({ options: { out: { type: 'string' } } });

await runCommand(async () => {
  const config = loadConfig();
  const stamp = systemClock.now().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const target = path.resolve(
    invocationDir(),
    values.out ?? path.join('backups', `partwise-forge-${stamp}.tar.gz`),
  );
  console.log(`Database: ${describeConfiguredDatabase(config)}`);
  const { file, bytes, manifest, byServer } = await backupConfigured(config, target);
  const tables = Object.keys(manifest.tables).length;
  console.log(
    `Backup written${byServer ? ' by the running server' : ''}: ${file} (${(bytes / 1_048_576).toFixed(1)} MB)\n` +
      `  ${tables} tables, ${totalRows(manifest.tables).toLocaleString('en-US')} rows, ` +
      `${manifest.uploads.length} photos, ${manifest.migrations} migrations applied.\n` +
      `  Restore it with: npm run db:restore -- ${file}`,
  );
});
