import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type MemorySpecs, parseCsv } from '@partwise/shared';

// Specs the dataset lacks, filled at import from data the project can cite: the curated tables in
// apps/server/catalog/ (case clearances, cooler heights and sockets, each row with its source page) and
// board memory types that a board's name or socket states. See apps/server/catalog/README.md.

export interface CaseClearance {
  maxGpuLengthMm: number;
  maxCoolerHeightMm: number | null;
}

export interface CoolerFit {
  /** null for liquid coolers: the height check does not apply to them. */
  heightMm: number | null;
  sockets: string[];
}

export interface CatalogFill {
  /** By lower-cased catalog name: every colour of a model has its name. */
  cases: Map<string, CaseClearance>;
  coolers: Map<string, CoolerFit>;
  /** Board memory type from the board's name or socket where the dataset left it unknown. */
  boardMemory: boolean;
}

/** The dataset's own specs only: what the catalog had before the fill (kept to measure the fill). */
export const NO_FILL: CatalogFill = { cases: new Map(), coolers: new Map(), boardMemory: false };

export const CASE_CLEARANCES_FILE = 'case-clearances.csv';
export const COOLER_SPECS_FILE = 'cooler-specs.csv';

const positive = (text: string | undefined): number | null => {
  const n = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isInteger(n) && n > 0 ? n : null;
};

/** The rows of a curated table by column name; a row without a name or an https source is refused. */
function readTable(file: string): Array<Record<string, string>> {
  if (!existsSync(file)) return [];
  const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return rows
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row, i) => {
      const record = Object.fromEntries(header.map((column, j) => [column, row[j]?.trim() ?? '']));
      if (!record.name || !record.source_url?.startsWith('https://')) {
        throw new Error(`${path.basename(file)} row ${i + 2}: a name and an https source_url are required`);
      }
      return record;
    });
}

/** Loads the curated tables beside the dataset files; a directory without them fills nothing. */
export function loadCatalogFill(dir: string): CatalogFill {
  const cases = new Map<string, CaseClearance>();
  for (const row of readTable(path.join(dir, CASE_CLEARANCES_FILE))) {
    const maxGpuLengthMm = positive(row.max_gpu_length_mm);
    if (maxGpuLengthMm === null) throw new Error(`${CASE_CLEARANCES_FILE}: ${row.name} has no GPU length`);
    cases.set(row.name?.toLowerCase() ?? '', {
      maxGpuLengthMm,
      maxCoolerHeightMm: positive(row.max_cooler_height_mm),
    });
  }
  const coolers = new Map<string, CoolerFit>();
  for (const row of readTable(path.join(dir, COOLER_SPECS_FILE))) {
    const sockets = (row.sockets ?? '').split(/\s+/).filter(Boolean);
    if (sockets.length === 0) throw new Error(`${COOLER_SPECS_FILE}: ${row.name} has no sockets`);
    coolers.set(row.name?.toLowerCase() ?? '', { heightMm: positive(row.height_mm), sockets });
  }
  return { cases, coolers, boardMemory: true };
}

/** Sockets whose boards take one DDR generation that the dataset's socket rule does not list. */
const SOCKET_MEMORY: Record<string, MemorySpecs['memoryType']> = {
  // AM3 boards take DDR3 only (AM2+ boards, listed "AM3/AM2+", take DDR2 and stay unknown).
  'AM3+/AM3': 'DDR3',
  AM3: 'DDR3',
  // Opteron 6100/6200/6300.
  G34: 'DDR3',
};

/**
 * A board's memory type from its name or socket, where it says so: a chipset with the generation glued
 * on ("Z790D5", "G41D3C"). Gigabyte uses "D3" for a model tier and ASRock Rack "D4U" for a product line
 * (the B650D4U takes DDR5), so their names are not read this way.
 */
export function boardMemoryFromNameOrSocket(name: string, socket: string | null): MemorySpecs['memoryType'] {
  const bySocket = socket === null ? undefined : SOCKET_MEMORY[socket];
  if (bySocket) return bySocket;
  if (/^(gigabyte|asrock)\b/i.test(name)) return null;
  const glued = /\b[A-Z]\d{2,3}[A-Z]?D([345])(?:[A-Z]\w*)?\b/.exec(name);
  return glued ? (`DDR${glued[1]}` as MemorySpecs['memoryType']) : null;
}
