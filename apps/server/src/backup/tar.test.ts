import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractTarGz, writeTarGz } from './tar';

const dir = mkdtempSync(path.join(tmpdir(), 'pwf-tar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Buffer): { name: string; source: string; size: number } {
  const source = path.join(dir, 'src', name.replaceAll('/', '_'));
  mkdirSync(path.dirname(source), { recursive: true });
  writeFileSync(source, content);
  return { name, source, size: statSync(source).size };
}

describe('backup archives', () => {
  it('round-trips files of any size and long paths, and standard tar reads them', async () => {
    const long = `uploads/${'a'.repeat(60)}/${'b'.repeat(80)}.png`;
    const entries = [
      file('manifest.json', Buffer.from('{"ok":true}')),
      file('empty', Buffer.alloc(0)),
      file(long, Buffer.from([1, 2, 3])),
      file('big.bin', Buffer.alloc(1_000_003, 7)),
    ];
    const archive = path.join(dir, 'a.tar.gz');
    await writeTarGz(archive, entries);
    const out = path.join(dir, 'out');
    expect(await extractTarGz(archive, out)).toEqual(entries.map((e) => e.name));
    for (const entry of entries) {
      expect(readFileSync(path.join(out, entry.name)).equals(readFileSync(entry.source))).toBe(true);
    }
    const listed = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(entries.map((e) => e.name));
  });

  it('refuses entries that would land outside the target directory', async () => {
    const archive = path.join(dir, 'evil.tar.gz');
    await writeTarGz(archive, [file('../outside.txt', Buffer.from('x'))]);
    await expect(extractTarGz(archive, path.join(dir, 'evil'))).rejects.toThrow(/Unsafe path/);
  });

  it('says when an archive is cut short', async () => {
    const archive = path.join(dir, 'whole.tar.gz');
    await writeTarGz(archive, [file('data.bin', Buffer.alloc(100_000, 1))]);
    const cut = path.join(dir, 'cut.tar.gz');
    const { gzipSync, gunzipSync } = await import('node:zlib');
    writeFileSync(cut, gzipSync(gunzipSync(readFileSync(archive)).subarray(0, 50_000)));
    await expect(extractTarGz(cut, path.join(dir, 'cut'))).rejects.toThrow(/cut short/);
  });
});
