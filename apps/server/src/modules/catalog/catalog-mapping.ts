import {
  BOARD_FORM_FACTORS,
  type CaseSpecs,
  type Category,
  type CoolerSpecs,
  type CpuSpecs,
  type GpuSpecs,
  MEMORY_TYPES,
  type MemorySpecs,
  type MotherboardSpecs,
  PSU_FORM_FACTORS,
  type PsuSpecs,
  type StorageSpecs,
} from '@partwise/shared';
import { boardMemoryFromNameOrSocket, type CatalogFill, NO_FILL } from './catalog-fill';
import { specWords } from './catalog-spec-words';
import { brandOf, chipWordsOf, cleanName, modelWordsOf, searchTextOf, wordsOf } from './catalog-text';
import { inferGpuBoardPowerW } from './gpu-power';

/** Dataset file name (without .jsonl.gz) → our category. */
export const DATASET_CATEGORIES = {
  cpu: 'cpu',
  motherboard: 'motherboard',
  memory: 'memory',
  'video-card': 'gpu',
  'power-supply': 'psu',
  case: 'case',
  'cpu-cooler': 'cooler',
  'internal-hard-drive': 'storage',
} as const satisfies Record<string, Category>;

export type DatasetCategory = keyof typeof DATASET_CATEGORIES;
export const DATASET_FILES = Object.keys(DATASET_CATEGORIES) as DatasetCategory[];

/** One row of the catalog_part table. */
export interface CatalogRow {
  id: string;
  category: Category;
  name: string;
  brand: string | null;
  priceCents: number | null;
  specs: Record<string, unknown>;
  searchText: string;
  /** The row's place in its dataset file, which lists the most popular parts first. */
  popularity: number;
  /** The model's words and their spellings (see modelWordsOf), and how many words it has. */
  modelText: string;
  modelWords: number;
  /** Likewise for a GPU's chip (see chipWordsOf); empty for other parts. */
  chipText: string;
  chipWords: number;
}

type Row = Record<string, unknown>;

// Readers that turn anything unexpected into null (unknown) instead of failing the whole import.
function str(row: Row, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
function num(row: Row, key: string): number | null {
  const value = row[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
function int(row: Row, key: string): number | null {
  const value = num(row, key);
  return value !== null && Number.isInteger(value) ? value : null;
}
function bool(row: Row, key: string): boolean | null {
  const value = row[key];
  return typeof value === 'boolean' ? value : null;
}
function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return allowed.find((a) => a === value) ?? null;
}

function cpuSpecs(row: Row): CpuSpecs {
  return {
    socket: str(row, 'socket_inferred'),
    microarchitecture: str(row, 'microarchitecture'),
    cores: int(row, 'core_count'),
    baseClockGhz: num(row, 'core_clock_ghz'),
    boostClockGhz: num(row, 'boost_clock_ghz'),
    tdpW: int(row, 'tdp_w'),
    integratedGraphics: bool(row, 'has_igpu'),
  };
}

/** "2 x LGA2011-3" and "LGA2011-3 Narrow" take the same CPUs as "LGA2011-3". */
export function boardSocket(socket: string | null): string | null {
  return socket?.replace(/^\d+\s*x\s+/i, '').replace(/\s+Narrow$/i, '') ?? null;
}

function motherboardSpecs(row: Row, fill: CatalogFill, name: string): MotherboardSpecs {
  const socket = boardSocket(str(row, 'socket'));
  const given = oneOf(MEMORY_TYPES, row.memory_type_inferred);
  return {
    socket,
    chipset: str(row, 'chipset_inferred'),
    formFactor: oneOf(BOARD_FORM_FACTORS, row.form_factor),
    memoryType: given ?? (fill.boardMemory ? boardMemoryFromNameOrSocket(name, socket) : null),
    memorySlots: int(row, 'memory_slots'),
    maxMemoryGb: int(row, 'max_memory_gb'),
    m2Slots: null,
    sataPorts: null,
  };
}

function memorySpecs(row: Row): MemorySpecs {
  return {
    // DDR and DDR2 modules are outside our enum: unknown to the compatibility engine.
    memoryType: oneOf(MEMORY_TYPES, row.memory_type),
    speedMts: int(row, 'speed_mts'),
    modules: int(row, 'module_count'),
    moduleGb: int(row, 'module_gb'),
    totalGb: int(row, 'total_gb'),
    casLatency: int(row, 'cas_latency'),
  };
}

function gpuSpecs(row: Row): GpuSpecs {
  const chipset = str(row, 'chipset');
  const vramGb = num(row, 'memory_gb');
  return { chipset, vramGb, lengthMm: int(row, 'length_mm'), tdpW: inferGpuBoardPowerW(chipset, vramGb) };
}

function psuSpecs(row: Row): PsuSpecs {
  const modular = row.modular === 'full_side' ? 'full' : row.modular;
  return {
    wattageW: int(row, 'wattage_w'),
    formFactor: oneOf(PSU_FORM_FACTORS, row.form_factor),
    efficiency: oneOf(['plus', 'bronze', 'silver', 'gold', 'platinum', 'titanium'] as const, row.efficiency),
    modular: oneOf(['full', 'semi', 'none'] as const, modular),
  };
}

/** Case types that certainly take a standard ATX power supply; smaller ones vary (SFX, TFX, Flex). */
const ATX_PSU_CASE_TYPES = new Set(['ATX Mid Tower', 'ATX Full Tower']);

function caseSpecs(row: Row, fill: CatalogFill, name: string): CaseSpecs {
  const type = str(row, 'type');
  const clearance = fill.cases.get(name.toLowerCase());
  const boards = row.mobo_form_factors_inferred;
  const boardFormFactors = Array.isArray(boards)
    ? boards.map((b) => oneOf(BOARD_FORM_FACTORS, b)).filter((b) => b !== null)
    : [];
  return {
    type,
    boardFormFactors: boardFormFactors.length > 0 ? boardFormFactors : null,
    maxGpuLengthMm: clearance?.maxGpuLengthMm ?? null,
    maxCoolerHeightMm: clearance?.maxCoolerHeightMm ?? null,
    psuFormFactor: type !== null && ATX_PSU_CASE_TYPES.has(type) ? 'ATX' : null,
    includedPsuW: int(row, 'included_psu_w'),
  };
}

function coolerSpecs(row: Row, fill: CatalogFill, name: string): CoolerSpecs {
  const fit = fill.coolers.get(name.toLowerCase());
  return {
    liquid: bool(row, 'liquid'),
    radiatorMm: int(row, 'radiator_mm'),
    heightMm: fit?.heightMm ?? null,
    sockets: fit ? [...fit.sockets] : null,
    ratedTdpW: null,
  };
}

function storageSpecs(row: Row): StorageSpecs {
  const capacity = num(row, 'capacity_gb');
  return {
    kind: oneOf(['ssd', 'hdd'] as const, str(row, 'kind')?.toLowerCase()),
    // A few old SAS drives are 73.4 GB.
    capacityGb: capacity === null ? null : Math.round(capacity),
    bus: oneOf(['nvme', 'sata', 'sas', 'pata', 'pcie_aic'] as const, row.bus),
    formFactor: str(row, 'form_factor'),
  };
}

const SPECS: Record<DatasetCategory, (row: Row, fill: CatalogFill, name: string) => Record<string, unknown>> =
  {
    cpu: cpuSpecs,
    motherboard: motherboardSpecs,
    memory: memorySpecs,
    'video-card': gpuSpecs,
    'power-supply': psuSpecs,
    case: caseSpecs,
    'cpu-cooler': coolerSpecs,
    'internal-hard-drive': storageSpecs,
  };

/** Extra words that make a part findable by what people type ("am5", "rtx 3070"), besides its specs. */
function searchExtras(file: DatasetCategory, row: Row): Array<string | null> {
  if (file === 'video-card') return [str(row, 'chipset')];
  if (file === 'cpu') return [str(row, 'socket_inferred')];
  if (file === 'motherboard') return [boardSocket(str(row, 'socket')), str(row, 'chipset_inferred')];
  return [];
}

/** "Corsair CX (2023)" of 650 W is also "cx650": people type series and wattage as one word. */
function seriesWattWords(
  file: DatasetCategory,
  modelWords: string[],
  specs: Record<string, unknown>,
): string[] {
  const watts = specs.wattageW;
  if (file !== 'power-supply' || typeof watts !== 'number') return [];
  return modelWords.filter((word) => /^[a-z]{1,4}$/.test(word)).map((word) => `${word}${watts}`);
}

/** "memory-00003" → 3: the line of the dataset file, most popular parts first. */
function popularityOf(id: string): number {
  const line = /(\d+)$/.exec(id)?.[1];
  return line === undefined ? 0 : Number(line);
}

/** Price in integer cents; the dataset has at most two decimals, so rounding is exact. */
export function priceCents(price: unknown): number | null {
  if (typeof price !== 'number' || !Number.isFinite(price) || price < 0) return null;
  return Math.round(price * 100);
}

/**
 * A dataset row as a catalog row, or null when it lacks an id or a name. `fill` adds the specs the
 * dataset lacks from the curated tables (see catalog-fill.ts); without it the row holds the dataset's.
 */
export function mapCatalogRow(
  file: DatasetCategory,
  input: unknown,
  fill: CatalogFill = NO_FILL,
): CatalogRow | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const row = input as Row;
  const id = str(row, 'id');
  const rawName = str(row, 'name');
  const name = rawName === null ? '' : cleanName(rawName);
  if (id === null || name === '') return null;
  const brand = brandOf(name);
  const category = DATASET_CATEGORIES[file];
  const specs = SPECS[file](row, fill, name);
  const nameWords = wordsOf(name);
  const chip = file === 'video-card' ? wordsOf(str(row, 'chipset') ?? '') : [];
  const extras = wordsOf(
    searchExtras(file, row)
      .filter((e) => e !== null)
      .join(' '),
  );
  const modelWords = modelWordsOf(nameWords, brand === null ? 0 : wordsOf(brand).length, chip);
  const chipWords = chipWordsOf(chip);
  return {
    id,
    category,
    name,
    brand,
    priceCents: priceCents(row.price_usd),
    specs,
    searchText: searchTextOf(
      [...nameWords, ...extras, ...specWords(category, specs), ...seriesWattWords(file, modelWords, specs)],
      brand,
    ),
    popularity: popularityOf(id),
    modelText: searchTextOf(modelWords),
    modelWords: modelWords.length,
    chipText: searchTextOf(chipWords),
    chipWords: chipWords.length,
  };
}
