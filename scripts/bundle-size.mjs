// `npm run size`: the JavaScript a browser downloads to show each page first, in the compressed bytes
// the server sends (the .gz and .br copies the web build wrote). Reads the built app in apps/web/dist
// and its Vite manifest; fails when a first page is over the budget.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * Where people land, with the most each may weigh in gzipped JavaScript. A signed-in user opens the
 * dashboard every day; the sign-in page also carries react-hook-form (about 17 kB), which every later form
 * takes from the cache. Its schema, and zod with it, load when the form first checks a field.
 */
const FIRST_PAGES = {
  dashboard: { module: 'src/features/dashboard/DashboardPage.tsx', budget: 150_000 },
  'sign-in': { module: 'src/features/auth/SignInPage.tsx', budget: 150_000 },
};

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
const manifestFile = path.join(dist, '.vite/manifest.json');
if (!existsSync(manifestFile)) {
  console.error('No built web app: run `npm run build -w @partwise/web` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** A chunk and every chunk it imports statically (they load before it runs). */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

/** Bytes on the wire for one encoding: the copy the build wrote, or the file compressed here when it has none. */
function sizes(file) {
  const full = path.join(dist, file);
  const copy = (ext, compress) =>
    existsSync(full + ext) ? statSync(full + ext).size : compress(readFileSync(full)).length;
  return { raw: statSync(full).size, gzip: copy('.gz', gzipSync), br: copy('.br', brotliCompressSync) };
}

// Classic scripts in index.html run on every page too (the theme is set before the first paint).
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const classicScripts = [...html.matchAll(/<script src="\/([^"]+)"/g)].map((m) => m[1]);
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const overBudget = [];
for (const [name, { module, budget }] of Object.entries(FIRST_PAGES)) {
  if (!manifest[module]) throw new Error(`${module} is not a chunk of its own: is its route still lazy?`);
  const files = [...classicScripts, ...closure(module, closure(entry))];
  const total = { raw: 0, gzip: 0, br: 0 };
  console.log(`\nFirst page: ${name} (${files.length} files)`);
  for (const file of files) {
    const size = sizes(file);
    for (const key of Object.keys(total)) total[key] += size[key];
    console.log(`  ${file.padEnd(40)} ${kB(size.gzip).padStart(9)} gzip ${kB(size.br).padStart(9)} br`);
  }
  console.log(
    `  ${'total'.padEnd(40)} ${kB(total.gzip).padStart(9)} gzip ${kB(total.br).padStart(9)} br` +
      `  (${kB(total.raw)} uncompressed; budget ${kB(budget)} gzip)`,
  );
  if (total.gzip > budget) overBudget.push(`${name}: ${kB(total.gzip)} > ${kB(budget)}`);
}
if (overBudget.length > 0) {
  console.error(`\nOver budget (gzipped JavaScript): ${overBudget.join('; ')}`);
  process.exit(1);
}
