// npm run admin:create -- --email E --password P [--name N]
// Creates an admin account, or promotes (and sets the password of) an existing account.
import { parseArgs } from 'node:util';
import { SignUp } from '@partwise/shared';
import { loadConfig } from '../config';
import { systemClock } from '../core/clock';
import { openConfiguredDatabase } from '../db/open-configured';
import { ensureAdmin } from '../modules/admin/ensure-admin';
import { createAuth } from '../modules/auth/auth';
import { runCommand } from './run-command';

const { values } = parseArgs({
  options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
});
const input = SignUp.safeParse({
  email: values.email,
  password: values.password,
  name: values.name ?? 'Admin',
});
if (!input.success) {
  console.error('Usage: npm run admin:create -- --email E --password P [--name N]');
  for (const issue of input.error.issues) console.error(`  --${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}

const account = input.data;
await runCommand(async () => {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config, console.log);
  try {
    const { db } = database;
    const outcome = await ensureAdmin({ db, clock: systemClock }, createAuth(db, config), account);
    console.log(`${outcome === 'created' ? 'Created' : 'Promoted'} admin ${account.email}`);
  } finally {
    await database.close();
  }
});
