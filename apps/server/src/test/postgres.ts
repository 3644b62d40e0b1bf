import pg from 'pg';

/** A connection to the server's maintenance database, for creating and dropping test databases. */
export async function adminClient(url: string): Promise<pg.Client> {
  const target = new URL(url);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  return client;
}

/**
 * Drops a test database once its connections have closed (a pool's sockets can linger a moment after
 * end()); only then, and only if they never do, are they terminated.
 */
export async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await admin.query(`drop database if exists ${name}`);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '55006') throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await admin.query(`drop database if exists ${name} with (force)`);
}

/**
 * A new database on the TEST_DATABASE_URL server, a copy of `template` (the migrated test template) or empty;
 * `drop` removes it.
 */
export async function createTestDatabase(
  url: string,
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pwf_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = await adminClient(url);
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  let dropped = false;
  return {
    url: target.toString(),
    /** Drops it (once: a test may drop it early, and its afterAll again). */
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await dropDatabase(admin, name);
      await admin.end();
    },
  };
}
