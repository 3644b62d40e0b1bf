import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Removes the data of earlier runs; this run's folder (set in playwright.config.ts) is kept. */
export default function globalSetup(): void {
  const current = process.env.PWF_E2E_DATA_DIR;
  if (!current) return;
  const parent = path.dirname(current);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(parent, entry);
    if (full !== current) rmSync(full, { recursive: true, force: true });
  }
}
