import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { MIGRATIONS_DIR, openDatabase, PGLITE_EXTENSIONS } from '../db/client';
import { adminClient, dropDatabase } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a migrated data dir dump that each test file starts from. */
    pgliteTemplate: string;
    /** PostgreSQL (TEST_DATABASE_URL): a migrated template database that each test file copies. */
    postgresTemplate: string;
  }
}

/** Migrates once; every test file then starts from a copy of this database (fast and isolated). */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `pwf_test_tpl_${process.pid}`;
    const admin = await adminClient(url);
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 1 });
    await database.migrate();
    await database.close();
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      await dropDatabase(admin, name);
      await admin.end();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'pwf-test-'));
  const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
  const dump = await client.dumpDataDir('none');
  await client.close();
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  return () => rmSync(dir, { recursive: true, force: true });
}
