import { BackupError } from './backup-error';
import { publicTables, quoteIdent, type SqlSession } from './sql-session';

const BATCH_ROWS = 2000;

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function parentsFirst(session: SqlSession, tables: string[]): Promise<string[]> {
  const links = await session.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
     from pg_constraint c join pg_namespace n on n.oid = c.connamespace
     where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`,
  );
  const unquote = (name: string) => name.replace(/^public\./, '').replace(/^"(.*)"$/, '$1');
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const link of links) if (unquote(link.child) === table) visit(unquote(link.parent));
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered.filter((table) => tables.includes(table));
}

async function columnsOf(session: SqlSession, table: string) {
  const columns = await session.query<{ name: string; identity: boolean }>(
    `select attname as name, (attidentity <> '' or pg_get_serial_sequence($1, attname) is not null) as identity
     from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
     order by attnum`,
    [`public.${quoteIdent(table)}`],
  );
  const [key] = await session.query<{ columns: string[] | null }>(
    `select array_agg(a.attname::text order by a.attnum) as columns
     from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
     where i.indrelid = $1::regclass and i.indisprimary`,
    [`public.${quoteIdent(table)}`],
  );
  return { columns, orderBy: key?.columns?.length ? key.columns.map(quoteIdent).join(', ') : 'ctid' };
}

/**
 * Copies every row of the application's tables from one database to another of the same schema version (PGlite
 * to PostgreSQL): in batches, parents before children, inside the target's open transaction, then moves each
 * identity sequence past the copied ids. Values travel as JSON, which both ends read back to the same types.
 * The target's own triggers are off during the copy: a table they keep (platform_daily) is copied as it is,
 * as pg_restore does.
 */
export async function copyTables(source: SqlSession, target: SqlSession): Promise<void> {
  const tables = await publicTables(source);
  const targetTables = await publicTables(target);
  if (tables.join() !== targetTables.join()) {
    throw new BackupError(
      `The two databases do not have the same tables (${tables.length} and ${targetTables.length}): ` +
        'are they at the same version?',
    );
  }
  for (const table of tables)
    await target.query(`alter table public.${quoteIdent(table)} disable trigger user`);
  for (const table of await parentsFirst(target, tables)) {
    const { columns, orderBy } = await columnsOf(target, table);
    const list = columns.map((column) => quoteIdent(column.name)).join(', ');
    const qualified = `public.${quoteIdent(table)}`;
    for (let offset = 0; ; offset += BATCH_ROWS) {
      const [batch] = await source.query<{ rows: string; n: number }>(
        `select coalesce(json_agg(t), '[]')::text as rows, count(*)::int as n
         from (select ${list} from ${qualified} order by ${orderBy} limit ${BATCH_ROWS} offset ${offset}) t`,
      );
      if (!batch || batch.n === 0) break;
      await target.query(
        `insert into ${qualified} (${list}) overriding system value
         select ${list} from json_populate_recordset(null::${qualified}, $1::json)`,
        [batch.rows],
      );
      if (batch.n < BATCH_ROWS) break;
    }
    for (const column of columns.filter((c) => c.identity)) {
      await target.query(
        `select setval(pg_get_serial_sequence($1, $2), coalesce(max(${quoteIdent(column.name)}), 1),
                       max(${quoteIdent(column.name)}) is not null)
         from ${qualified}`,
        [qualified, column.name],
      );
    }
  }
  for (const table of tables)
    await target.query(`alter table public.${quoteIdent(table)} enable trigger user`);
}
