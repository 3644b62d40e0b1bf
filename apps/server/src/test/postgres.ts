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
