import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer, stopServer } from './server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    /** System tests: a data directory the built server has started in once (database created, catalog imported). */
    seededDataDir: string;
  }
}

/**
 * A first start creates the embedded database and imports the parts catalog (half a minute or more): done once
 * here, and each test starts from a copy (test/seeded-data-dir.ts) unless a cold start is what it tests.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pwf-seeded-'));
  const server = await startServer({ DATA_DIR: dir });
  await stopServer(server);
  project.provide('seededDataDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
