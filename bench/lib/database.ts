import pg from 'pg';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/pwf_bench';

/** BENCH_DATABASE_URL or the default; the database is dropped and recreated, so its name must say "bench". */
export function benchDatabaseUrl(env = process.env): string {
  const url = env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const name = databaseName(url);
  if (!name.includes('bench')) {
    throw new Error(`Refusing to recreate database "${name}": a bench database's name must contain "bench".`);
  }
  return url;
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`Unexpected database name in ${url}`);
  return name;
}

/** Runs `statements` on the server's maintenance database (postgres): creating or dropping a database. */
async function onMaintenanceDatabase(url: string, statements: string[]): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Drops the bench database (closing its connections) and creates it empty. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await onMaintenanceDatabase(url, [
    `drop database if exists "${name}" with (force)`,
    `create database "${name}"`,
  ]);
}

/** Drops the bench database, closing its connections. */
export async function dropDatabase(url: string): Promise<void> {
  await onMaintenanceDatabase(url, [`drop database if exists "${databaseName(url)}" with (force)`]);
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Deletes the parts that R3 created, so every run starts from the loaded dataset, and vacuums the table so
 * their dead rows do not weigh on the next run (autovacuum may be off or late).
 */
export async function deleteCreatedParts(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query(`delete from part where source = 'bench'`);
    if (result.rowCount) await client.query('vacuum part');
    return result.rowCount ?? 0;
  });
}

const REPORTED_SETTINGS = ['shared_buffers', 'synchronous_commit', 'autovacuum', 'max_connections'];

/** PostgreSQL's version, e.g. "PostgreSQL 15.20 (…)", and the settings that matter to the numbers. */
export async function serverVersion(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const version = await client.query<{ server_version: string }>('show server_version');
    const settings = await client.query<{ name: string; setting: string }>(
      'select name, current_setting(name) as setting from pg_settings where name = any($1) order by name',
      [REPORTED_SETTINGS],
    );
    const shown = settings.rows.map((r) => `${r.name}=${r.setting}`).join(', ');
    return `PostgreSQL ${version.rows[0]?.server_version ?? 'unknown'} (${shown})`;
  });
}
