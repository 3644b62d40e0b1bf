// How often the compatibility report says "could not verify" (UNVERIFIED) on builds made of catalog
// parts, with the dataset's specs alone and with the fill (curated tables, board memory from the name).
// `npm run catalog:gaps -w @partwise/server`; the numbers go into apps/server/catalog/README.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type BuildItem, type CompatFinding, checkBuild } from '@partwise/shared';
import { type CatalogFill, loadCatalogFill, NO_FILL } from '../modules/catalog/catalog-fill';
import { CATALOG_DIR } from '../modules/catalog/catalog-import';
import { type CatalogRow, DATASET_FILES, mapCatalogRow } from '../modules/catalog/catalog-mapping';
import { groupVariants } from '../modules/catalog/catalog-variants';

/** Builds are made of the most popular parts of each category: what flippers meet most. */
const POOL_SIZE = 500;
const BUILDS = 1000;
const SEED = 20_251_130;

/** mulberry32: the same builds on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The catalog as search shows it (one row per variant group), by category, most popular first. */
function catalog(fill: CatalogFill): Map<string, CatalogRow[]> {
  const byCategory = new Map<string, CatalogRow[]>();
  for (const file of DATASET_FILES) {
    const lines = gunzipSync(readFileSync(path.join(CATALOG_DIR, `${file}.jsonl.gz`)))
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const rows = lines.map((line) => mapCatalogRow(file, JSON.parse(line), fill)).filter((r) => r !== null);
    const shown = groupVariants(rows)
      .filter((row) => row.id === row.variantOf)
      .sort((a, b) => a.popularity - b.popularity);
    byCategory.set(shown[0]?.category ?? file, shown);
  }
  return byCategory;
}

type Pick = <T>(list: T[]) => T | undefined;

/** One build: a CPU, a board of its socket, memory of the board's type, and the rest at random. */
function makeBuild(parts: Map<string, CatalogRow[]>, pick: Pick): string[] | null {
  const pool = (category: string) => (parts.get(category) ?? []).slice(0, POOL_SIZE);
  const cpu = pick(pool('cpu').filter((p) => typeof p.specs.socket === 'string'));
  const board = pick(
    (parts.get('motherboard') ?? []).filter((b) => b.specs.socket === cpu?.specs.socket).slice(0, POOL_SIZE),
  );
  if (!cpu || !board) return null;
  const boardMemory = board.specs.memoryType;
  const memory = pick(
    pool('memory').filter((m) =>
      typeof boardMemory === 'string'
        ? m.specs.memoryType === boardMemory
        : ['DDR4', 'DDR5'].includes(String(m.specs.memoryType)),
    ),
  );
  const formFactor = board.specs.formFactor;
  const pcCase = pick(
    pool('case').filter(
      (c) => Array.isArray(c.specs.boardFormFactors) && c.specs.boardFormFactors.includes(formFactor),
    ),
  );
  const rest = ['gpu', 'storage', 'psu', 'cooler'].map((category) => pick(pool(category)));
  const all = [cpu, board, memory, pcCase, ...rest];
  return all.every((p) => p !== undefined) ? all.map((p) => p.id) : null;
}

function itemsOf(ids: string[], byId: Map<string, CatalogRow>): BuildItem[] {
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw new Error(`no catalog row ${id}`);
    return { id, name: row.name, category: row.category, specs: row.specs } as BuildItem;
  });
}

interface Measure {
  findings: number;
  unverified: number;
  buildsWithUnverified: number;
  byRule: Map<string, number>;
}

function measure(builds: string[][], byId: Map<string, CatalogRow>): Measure {
  const result: Measure = { findings: 0, unverified: 0, buildsWithUnverified: 0, byRule: new Map() };
  for (const ids of builds) {
    const findings: CompatFinding[] = checkBuild(itemsOf(ids, byId)).findings;
    const unverified = findings.filter((f) => f.code === 'UNVERIFIED');
    result.findings += findings.length;
    result.unverified += unverified.length;
    if (unverified.length > 0) result.buildsWithUnverified++;
    for (const f of unverified) result.byRule.set(f.rule ?? '?', (result.byRule.get(f.rule ?? '?') ?? 0) + 1);
  }
  return result;
}

const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

const before = catalog(NO_FILL);
const after = catalog(loadCatalogFill(CATALOG_DIR));
const next = random(SEED);
const pick: Pick = (list) => (list.length === 0 ? undefined : list[Math.floor(next() * list.length)]);
const builds: string[][] = [];
// Builds are drawn from the filled catalog (board memory types decide the kits) and checked both ways.
for (let tries = 0; builds.length < BUILDS && tries < BUILDS * 10; tries++) {
  const build = makeBuild(after, pick);
  if (build) builds.push(build);
}
const index = (parts: Map<string, CatalogRow[]>) =>
  new Map([...parts.values()].flat().map((row) => [row.id, row]));
const results = { before: measure(builds, index(before)), after: measure(builds, index(after)) };

console.log(
  `${builds.length} builds of 8 parts from the ${POOL_SIZE} most popular of each category (seed ${SEED})\n`,
);
console.log('| | findings | UNVERIFIED | share | builds with any UNVERIFIED |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, m] of Object.entries(results)) {
  console.log(
    `| ${label} | ${m.findings} | ${m.unverified} | ${pct(m.unverified, m.findings)} | ${pct(m.buildsWithUnverified, builds.length)} |`,
  );
}
console.log('\n| rule that could not run | before | after |');
console.log('|---|---:|---:|');
const rules = [...new Set([...results.before.byRule.keys(), ...results.after.byRule.keys()])].sort();
for (const rule of rules) {
  console.log(
    `| ${rule} | ${results.before.byRule.get(rule) ?? 0} | ${results.after.byRule.get(rule) ?? 0} |`,
  );
}
const fill = loadCatalogFill(CATALOG_DIR);
const covered = (category: string, names: Map<string, unknown>, top: number) => {
  const models = [...new Set((after.get(category) ?? []).map((row) => row.name.toLowerCase()))].slice(0, top);
  return `${models.filter((name) => names.has(name)).length} of the ${top} most popular ${category} models`;
};
console.log(
  `\nCurated table coverage: ${covered('case', fill.cases, 200)}, ${covered('cooler', fill.coolers, 100)}.`,
);
