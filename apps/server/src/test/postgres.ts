import pg from 'pg';

/** A connection to the server's maintenance database, for creating and dropping test databases. */
export async function adminClient(url: string): Promise<pg.Client> {
  const target = new URL(url);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  return client;
}

export async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  await admin.query(`drop database if exists ${name} with (force)`);
}
