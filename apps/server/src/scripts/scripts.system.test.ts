import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiClient, signedInClient } from '../test/http-api';
import { npmRun } from '../test/npm-command';
import { copyOfSeededDataDir } from '../test/seeded-data-dir';
import { REPO_ROOT, startServer, stopServer } from '../test/server-process';

// Relative, as the default ./data is: it must mean the same directory to the commands and to the server.
// (data/ is ignored by git.)
const DATA_DIR = `data/system-test-${process.pid}`;
const ABSOLUTE_DATA_DIR = path.join(REPO_ROOT, DATA_DIR);
const ADMIN = { email: 'owner@example.com', password: 'owner password 1' };

// Leave the repository as found: the data/ folders are removed again if this test created them.
const createdParents = [path.join(REPO_ROOT, 'data'), path.join(REPO_ROOT, 'apps/server/data')].filter(
  (dir) => !existsSync(dir),
);
afterAll(() => {
  rmSync(ABSOLUTE_DATA_DIR, { recursive: true, force: true });
  rmSync(path.join(REPO_ROOT, 'apps/server', DATA_DIR), { recursive: true, force: true });
  for (const dir of createdParents) rmSync(dir, { recursive: true, force: true });
});

describe('npm run admin:create and the server use one database', () => {
  it('creates an admin with the command, who then signs in to the server and reaches the admin API', async () => {
    copyOfSeededDataDir(ABSOLUTE_DATA_DIR); // skips the catalog import of a first start
    const created = await npmRun('admin:create', ['--email', ADMIN.email, '--password', ADMIN.password], {
      DATA_DIR,
    });
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain(`Database: embedded PGlite in ${path.join(ABSOLUTE_DATA_DIR, 'db')}`);
    expect(created.output).toContain(`Created admin ${ADMIN.email}`);

    const server = await startServer({ DATA_DIR });
    try {
      expect(server.output()).toContain(path.join(ABSOLUTE_DATA_DIR, 'db'));
      const admin = await signedInClient(server.baseUrl, ADMIN.email, ADMIN.password);
      const users = await admin('GET', '/api/v1/admin/users');
      expect(users.status).toBe(200);
      expect(JSON.stringify(users.body)).toContain(ADMIN.email);
      expect((await apiClient(server.baseUrl)('GET', '/api/v1/admin/users')).status).toBe(401);

      // While the server owns the embedded database, a command refuses rather than losing writes.
      const refused = await npmRun(
        'admin:create',
        ['--email', 'second@example.com', '--password', 'x long pw'],
        {
          DATA_DIR,
        },
      );
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/in use by the running server \(process \d+/);
    } finally {
      await stopServer(server);
    }

    const migrated = await npmRun('db:migrate', [], { DATA_DIR });
    expect(migrated.code, migrated.output).toBe(0);
    expect(migrated.output).toContain(path.join(ABSOLUTE_DATA_DIR, 'db'));

    // The nightly job's work for days asked (a missed night): nothing drifted in this database.
    const reconciled = await npmRun('analytics:reconcile', ['--from', '2025-06-14', '--to', '2025-06-15'], {
      DATA_DIR,
    });
    expect(reconciled.code, reconciled.output).toBe(0);
    expect(reconciled.output).toMatch(
      /Reconciled 2025-06-14\.\.2025-06-15 in \d+ ms: 0 owner-day\(s\) repaired/,
    );
    const wrong = await npmRun('analytics:reconcile', ['--from', '2025-06-15', '--to', '2025-06-14'], {
      DATA_DIR,
    });
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain('Usage: npm run analytics:reconcile');
  });
});
