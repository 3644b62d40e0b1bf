// Writes the WORKLOAD.md v1 CSV files to bench/work/data and checks them against the published SHA-256 sums.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toCsv } from './lib/csv';
import { generateDataset } from './lib/dataset';
import { DATA_DIR, isMain } from './lib/paths';
import { mulberry32 } from './lib/prng';
import { CHECKSUMS, type CsvFile } from './lib/workload';

const TEST_VECTORS: [number, number[]][] = [
  [1, [2693262067, 11749833, 2265367787]],
  [1001, [606341916, 1148489751, 477154826, 1429770400, 2821583145]],
];

function checkPrng(): void {
  for (const [seed, expected] of TEST_VECTORS) {
    const next = mulberry32(seed);
    const got = expected.map(() => next());
    if (got.join() !== expected.join()) {
      throw new Error(`mulberry32 seed ${seed}: got ${got.join()} expected ${expected.join()}`);
    }
  }
}

/** Generates the CSV files into `dir`; throws when a checksum differs from WORKLOAD.md 3.1. */
export function generateFiles(dir = DATA_DIR): Record<CsvFile, string> {
  checkPrng();
  const files = toCsv(generateDataset());
  mkdirSync(dir, { recursive: true });
  const mismatches: string[] = [];
  for (const [name, text] of Object.entries(files) as [CsvFile, string][]) {
    writeFileSync(path.join(dir, name), text);
    const sum = createHash('sha256').update(text).digest('hex');
    if (sum !== CHECKSUMS[name]) mismatches.push(`${name}: ${sum} (expected ${CHECKSUMS[name]})`);
  }
  if (mismatches.length > 0)
    throw new Error(`Generated data differs from WORKLOAD.md 3.1:\n${mismatches.join('\n')}`);
  return files;
}

if (isMain(import.meta.url)) {
  const started = performance.now();
  generateFiles();
  console.log(
    `Data written to ${DATA_DIR}, checksums match (${Math.round(performance.now() - started)} ms).`,
  );
}
