import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';

/** The committed document: every API change shows in review as a change of this file. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../../../docs/openapi.json', import.meta.url));
export const OPENAPI_PATH = '/api/openapi.json';

/**
 * JSON with the keys of every object sorted and two-space indents, so the file is the same whatever order
 * routes and fields were registered in (branches that each add routes merge without reordering noise).
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

/**
 * The document the app serves, from an app on an empty in-memory database: building the app runs no
 * query, and the document depends on the routes only, not on configuration or data.
 */
export async function servedOpenApiDocument(): Promise<unknown> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-openapi-'));
  const database = await openDatabase({ kind: 'pglite' });
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      AUTH_SECRET: 'openapi-document-only-openapi-document-only',
      WEB_DIST_DIR: dataDir,
    });
    const app = await buildApp({ config, database });
    try {
      const response = await app.inject({ method: 'GET', url: OPENAPI_PATH });
      if (response.statusCode !== 200) throw new Error(`${OPENAPI_PATH} answered ${response.statusCode}`);
      return response.json();
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
