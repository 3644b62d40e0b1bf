import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * A gzipped tar (ustar) of regular files, written and read as streams so that a large database dump or many
 * photos never sit in memory. Readable by any `tar -xzf`.
 */
export interface TarEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  /** The file on disk to store under that name. */
  source: string;
  size: number;
}

const BLOCK = 512;

function header(name: string, size: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
    if (cut <= 0 || Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155) {
      throw new Error(`Path too long for a tar archive: ${name}`);
    }
  }
  block.write(base, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'ascii'); // mode
  block.write('0000000\0', 108, 'ascii'); // uid
  block.write('0000000\0', 116, 'ascii'); // gid
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  block.write(
    `${Math.floor(Date.now() / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136,
    'ascii',
  );
  block.write('        ', 148, 'ascii'); // checksum counted as spaces
  block.write('0', 156, 'ascii'); // regular file
  block.write('ustar\x0000', 257, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

async function* tarStream(entries: TarEntry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield header(entry.name, entry.size);
    let written = 0;
    for await (const chunk of createReadStream(entry.source)) {
      written += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
    if (written !== entry.size) throw new Error(`${entry.source} changed size while being archived`);
    const padding = (BLOCK - (entry.size % BLOCK)) % BLOCK;
    if (padding) yield Buffer.alloc(padding);
  }
  yield Buffer.alloc(BLOCK * 2);
}

export async function writeTarGz(file: string, entries: TarEntry[]): Promise<void> {
  await pipeline(Readable.from(tarStream(entries)), createGzip(), createWriteStream(file, { mode: 0o600 }));
}

/** Refuses names that would land outside the target directory (absolute, `..`, backslashes). */
function safeRelative(name: string): string {
  const parts = name.split('/').filter((part) => part !== '' && part !== '.');
  if (
    name.startsWith('/') ||
    name.includes('\\') ||
    parts.some((part) => part === '..') ||
    parts.length === 0
  ) {
    throw new Error(`Unsafe path in the archive: ${name}`);
  }
  return parts.join(path.sep);
}

const text = (block: Buffer, start: number, length: number) =>
  block
    .subarray(start, start + length)
    .toString('utf8')
    .replace(/\0.*$/s, '');

/** Extracts the regular files of a .tar.gz into `dir`; returns their archive names. */
export async function extractTarGz(file: string, dir: string): Promise<string[]> {
  const names: string[] = [];
  let pending = Buffer.alloc(0);
  let current:
    | { handle: Awaited<ReturnType<typeof open>> | undefined; left: number; padding: number }
    | undefined;
  let ended = false;
  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    pending = Buffer.concat([pending, chunk as Buffer]);
    while (!ended) {
      if (current) {
        const take = Math.min(current.left, pending.length);
        if (take > 0 && current.handle) await current.handle.write(pending.subarray(0, take));
        pending = pending.subarray(take);
        current.left -= take;
        if (current.left > 0) break;
        if (pending.length < current.padding) break;
        pending = pending.subarray(current.padding);
        await current.handle?.close();
        current = undefined;
        continue;
      }
      if (pending.length < BLOCK) break;
      const block = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      if (block.every((byte) => byte === 0)) {
        ended = true;
        break;
      }
      const prefix = text(block, 345, 155);
      const name = (prefix ? `${prefix}/` : '') + text(block, 0, 100);
      const size = Number.parseInt(text(block, 124, 12).trim() || '0', 8);
      const type = text(block, 156, 1) || '0';
      const padding = (BLOCK - (size % BLOCK)) % BLOCK;
      if (type !== '0') {
        current = { handle: undefined, left: size, padding }; // directories and links are skipped
        continue;
      }
      const target = path.join(dir, safeRelative(name));
      await mkdir(path.dirname(target), { recursive: true });
      current = { handle: await open(target, 'w', 0o600), left: size, padding };
      names.push(name);
    }
  }
  if (current) {
    await current.handle?.close();
    throw new Error('The archive is cut short');
  }
  return names;
}
