import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './exec';
import { ROOT_DIR } from './paths';

/**
 * Runs one of the product's built commands (`apps/server/dist/<entry>.js`: migrate, analytics-rebuild…) on
 * the database at `url`, as production would (NODE_ENV=production, a throwaway DATA_DIR); output shown.
 */
export async function runServerCommand(url: string, entry: string, args: string[] = []): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `pwf-bench-${entry}-`));
  try {
    await run(process.execPath, [path.join(ROOT_DIR, `apps/server/dist/${entry}.js`), ...args], {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
