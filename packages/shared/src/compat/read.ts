import { BOARD_FORM_FACTORS, MEMORY_TYPES, PSU_FORM_FACTORS } from '../parts/spec-values';
import type {
  CaseSpecs,
  CoolerSpecs,
  CpuSpecs,
  GpuSpecs,
  MemorySpecs,
  MotherboardSpecs,
  PsuSpecs,
  StorageSpecs,
} from '../parts/specs';
import { socketMemoryType } from './platform-memory';
import type { ItemOf } from './types';

export type BoardSize = NonNullable<MotherboardSpecs['formFactor']>;
export type PsuSize = NonNullable<PsuSpecs['formFactor']>;

// The engine is the server's authority, so it reads specs defensively: anything that is not a
// value of the right type counts as unknown (null). Inference fills a spec only where the answer
// is certain; everything else stays null and becomes an UNVERIFIED finding.

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}
function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  const wanted = text(value)?.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === wanted) ?? null;
}

/** How many of an item: a whole number ≥ 1, otherwise 1. */
export function quantityOf(item: { quantity?: number }): number {
  const q = item.quantity;
  return typeof q === 'number' && Number.isInteger(q) && q >= 1 ? q : 1;
}

/** LGA1151 boards with a 300-series or C24x chipset take DDR4 only. */
const LGA1151_DDR4_CHIPSETS = /^(H310|B360|B365|H370|Q370|Z370|Z390|C24\d)$/;

/** "LGA 1700", "Socket AM4", "FCLGA1700" → "LGA1700", "AM4". Dual-socket prefixes are dropped. */
export function normalizeSocket(socket: string): string {
  return socket
    .toUpperCase()
    .replace(/^\s*\d+\s*X\s+/, '')
    .replace(/\s+NARROW\s*$/, '')
    .replace(/^\s*SOCKET\s*/, '')
    .replace(/\s+/g, '')
    .replace(/^FCLGA/, 'LGA');
}

export function normalizeChipset(chipset: string | null): string | null {
  return chipset === null
    ? null
    : chipset
        .toUpperCase()
        .replace(/^(AMD|INTEL)\s+/, '')
        .replace(/\s+/g, '');
}

export function readCpu(item: ItemOf<'cpu'>): CpuSpecs {
  const s = item.specs;
  return {
    socket: text(s.socket),
    microarchitecture: text(s.microarchitecture),
    cores: num(s.cores),
    baseClockGhz: num(s.baseClockGhz),
    boostClockGhz: num(s.boostClockGhz),
    tdpW: num(s.tdpW),
    integratedGraphics: bool(s.integratedGraphics),
  };
}

export function readGpu(item: ItemOf<'gpu'>): GpuSpecs {
  const s = item.specs;
  return { chipset: text(s.chipset), vramGb: num(s.vramGb), lengthMm: num(s.lengthMm), tdpW: num(s.tdpW) };
}

export function readBoard(item: ItemOf<'motherboard'>): MotherboardSpecs {
  const s = item.specs;
  const socket = text(s.socket);
  const chipset = text(s.chipset);
  const key = socket === null ? null : normalizeSocket(socket);
  const inferredMemory =
    key === null
      ? null
      : key === 'LGA1151'
        ? LGA1151_DDR4_CHIPSETS.test(normalizeChipset(chipset) ?? '')
          ? 'DDR4'
          : null
        : socketMemoryType(key);
  return {
    socket,
    chipset,
    formFactor: oneOf(BOARD_FORM_FACTORS, s.formFactor),
    memoryType: oneOf(MEMORY_TYPES, s.memoryType) ?? inferredMemory,
    memorySlots: num(s.memorySlots),
    maxMemoryGb: num(s.maxMemoryGb),
    m2Slots: num(s.m2Slots),
    sataPorts: num(s.sataPorts),
  };
}

export function readMemory(item: ItemOf<'memory'>): MemorySpecs {
  const s = item.specs;
  const modules = num(s.modules);
  const moduleGb = num(s.moduleGb);
  return {
    memoryType: oneOf(MEMORY_TYPES, s.memoryType),
    speedMts: num(s.speedMts),
    modules,
    moduleGb,
    totalGb: num(s.totalGb) ?? (modules !== null && moduleGb !== null ? modules * moduleGb : null),
    casLatency: num(s.casLatency),
  };
}

export function readStorage(item: ItemOf<'storage'>): StorageSpecs {
  const s = item.specs;
  return {
    kind: oneOf(['ssd', 'hdd'] as const, s.kind),
    capacityGb: num(s.capacityGb),
    bus: oneOf(['nvme', 'sata', 'sas', 'pata', 'pcie_aic'] as const, s.bus),
    formFactor: text(s.formFactor),
  };
}

export function readPsu(item: ItemOf<'psu'>): PsuSpecs {
  const s = item.specs;
  return {
    wattageW: num(s.wattageW),
    formFactor: oneOf(PSU_FORM_FACTORS, s.formFactor),
    efficiency: oneOf(['plus', 'bronze', 'silver', 'gold', 'platinum', 'titanium'] as const, s.efficiency),
    modular: oneOf(['full', 'semi', 'none'] as const, s.modular),
  };
}

/** The dataset's rule: the leading token of the case type gives the largest board it takes. */
function boardsFromCaseType(type: string | null): BoardSize[] | null {
  if (type === null) return null;
  if (/^ATX\b/i.test(type)) return ['ATX', 'Micro ATX', 'Mini ITX'];
  if (/^MicroATX\b/i.test(type)) return ['Micro ATX', 'Mini ITX'];
  if (/^Mini ITX\b/i.test(type)) return ['Mini ITX'];
  return null;
}

/** Mid and full ATX towers take a standard ATX power supply; smaller cases vary. */
function psuFromCaseType(type: string | null): PsuSize | null {
  return type !== null && /^ATX (Mid|Full) Tower$/i.test(type) ? 'ATX' : null;
}

export function readCase(item: ItemOf<'case'>): CaseSpecs {
  const s = item.specs;
  const type = text(s.type);
  const listed = Array.isArray(s.boardFormFactors)
    ? s.boardFormFactors.map((f) => oneOf(BOARD_FORM_FACTORS, f)).filter((f) => f !== null)
    : [];
  return {
    type,
    boardFormFactors: listed.length > 0 ? listed : boardsFromCaseType(type),
    maxGpuLengthMm: num(s.maxGpuLengthMm),
    maxCoolerHeightMm: num(s.maxCoolerHeightMm),
    psuFormFactor: oneOf(PSU_FORM_FACTORS, s.psuFormFactor) ?? psuFromCaseType(type),
    includedPsuW: num(s.includedPsuW),
  };
}

export function readCooler(item: ItemOf<'cooler'>): CoolerSpecs {
  const s = item.specs;
  const radiatorMm = num(s.radiatorMm);
  const sockets = Array.isArray(s.sockets) ? s.sockets.map(text).filter((x) => x !== null) : [];
  return {
    // A cooler with a radiator is liquid, whatever else was entered.
    liquid: radiatorMm !== null && radiatorMm > 0 ? true : bool(s.liquid),
    radiatorMm,
    heightMm: num(s.heightMm),
    sockets: sockets.length > 0 ? sockets : null,
    ratedTdpW: num(s.ratedTdpW),
  };
}
