import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface UploadFile {
  /** Relative to the uploads directory, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every photo file under the uploads directory (none when it does not exist yet). Half-written `.tmp` files are left out. */
export async function listUploadFiles(dir: string): Promise<UploadFile[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: UploadFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    files.push({ path: relative, bytes: (await stat(full)).size, sha256: await sha256(full) });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** The files that differ from what the backup recorded, in words; empty when all match. */
export async function uploadDifferences(dir: string, expected: UploadFile[]): Promise<string[]> {
  const actual = new Map((await listUploadFiles(dir)).map((file) => [file.path, file]));
  const differences: string[] = [];
  for (const file of expected) {
    const found = actual.get(file.path);
    if (!found) differences.push(`${file.path}: missing`);
    else if (found.sha256 !== file.sha256) differences.push(`${file.path}: different content`);
  }
  return differences;
}
