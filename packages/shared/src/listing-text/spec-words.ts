import type { Category } from '../parts/enums';

// Readers of a record's specs: anything not a known value is left out, so a listing never states a spec the
// record does not hold.
export const textOf = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
export const numberOf = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;

/** 1000 GB → "1TB", 500 → "500GB" (titles); `spaced` gives "1 TB" (descriptions). */
export function capacity(gb: unknown, spaced = false): string | null {
  const n = numberOf(gb);
  if (n === null) return null;
  const [value, unit] = n >= 1000 ? [n / 1000, 'TB'] : [n, 'GB'];
  return `${Number(value.toFixed(2))}${spaced ? ' ' : ''}${unit}`;
}

const EFFICIENCY: Record<string, string> = {
  plus: '80+',
  bronze: '80+ Bronze',
  silver: '80+ Silver',
  gold: '80+ Gold',
  platinum: '80+ Platinum',
  titanium: '80+ Titanium',
};
export const efficiencyOf = (v: unknown) => EFFICIENCY[textOf(v) ?? ''] ?? null;

const MODULAR: Record<string, string> = { full: 'Fully Modular', semi: 'Semi-Modular', none: 'Non-Modular' };
export const modularOf = (v: unknown) => MODULAR[textOf(v) ?? ''] ?? null;

const BUS: Record<string, string> = { nvme: 'NVMe', sata: 'SATA', sas: 'SAS', pata: 'IDE', pcie_aic: 'PCIe' };
export const busOf = (v: unknown) => BUS[textOf(v) ?? ''] ?? null;

export const kindOf = (v: unknown) => textOf(v)?.toUpperCase() ?? null;

/** "16GB DDR4", from a memory part's specs; null without a capacity. */
export function memoryShort(specs: Record<string, unknown>): string | null {
  const total = numberOf(specs.totalGb) ?? product(specs.modules, specs.moduleGb);
  if (total === null) return null;
  return [`${total}GB`, textOf(specs.memoryType)].filter(Boolean).join(' ');
}

function product(a: unknown, b: unknown): number | null {
  const x = numberOf(a);
  const y = numberOf(b);
  return x !== null && y !== null ? x * y : null;
}

/** "1TB NVMe SSD" (or "1TB SSD" when `short`), from a drive's specs; null without a capacity. */
export function storageShort(specs: Record<string, unknown>, short = false): string | null {
  const size = capacity(specs.capacityGb);
  if (size === null) return null;
  const bus = busOf(specs.bus);
  return [size, short || bus !== 'NVMe' ? null : bus, kindOf(specs.kind)].filter(Boolean).join(' ');
}

/** "6-Core" from 6 and "-Core"; null when the number is unknown. */
const suffixed = (v: unknown, suffix: string) => (numberOf(v) === null ? null : `${v}${suffix}`);

/** Words of the title after the part's name, most telling first, per category. */
export const TITLE_WORDS: Record<Category, (s: Record<string, unknown>) => (string | null)[]> = {
  cpu: (s) => [suffixed(s.cores, '-Core'), textOf(s.socket)],
  gpu: (s) => [suffixed(s.vramGb, 'GB')],
  motherboard: (s) => [textOf(s.socket), textOf(s.formFactor), textOf(s.memoryType)],
  memory: (s) => {
    const total = numberOf(s.totalGb) ?? product(s.modules, s.moduleGb);
    const kit = numberOf(s.modules) && numberOf(s.moduleGb) ? `(${s.modules}x${s.moduleGb}GB)` : null;
    return [
      total === null ? null : `${total}GB`,
      textOf(s.memoryType),
      suffixed(s.speedMts, 'MHz'),
      numberOf(s.casLatency) === null ? null : `CL${s.casLatency}`,
      kit,
    ];
  },
  storage: (s) => [capacity(s.capacityGb), busOf(s.bus), kindOf(s.kind), textOf(s.formFactor)],
  psu: (s) => [suffixed(s.wattageW, 'W'), efficiencyOf(s.efficiency), modularOf(s.modular)],
  case: (s) => [textOf(s.type)],
  cooler: (s) => [
    s.liquid === true ? [suffixed(s.radiatorMm, 'mm'), 'AIO'].filter(Boolean).join(' ') : null,
    s.liquid === false ? 'Air Cooler' : null,
  ],
  other: () => [],
};

const yesNo = (v: unknown, yes: string, no: string) => (v === true ? yes : v === false ? no : null);
const withUnit = (v: unknown, unit: string) => (numberOf(v) === null ? null : `${v} ${unit}`);

/** "Label: value" lines of a description, for the specs the record holds. */
export const SPEC_LINES: Record<Category, (s: Record<string, unknown>) => [string, string | null][]> = {
  cpu: (s) => [
    ['Socket', textOf(s.socket)],
    ['Cores', numberOf(s.cores) === null ? null : String(s.cores)],
    ['Base clock', withUnit(s.baseClockGhz, 'GHz')],
    ['Boost clock', withUnit(s.boostClockGhz, 'GHz')],
    ['TDP', withUnit(s.tdpW, 'W')],
    ['Integrated graphics', yesNo(s.integratedGraphics, 'Yes', 'No')],
  ],
  gpu: (s) => [
    ['Chipset', textOf(s.chipset)],
    ['Video memory', withUnit(s.vramGb, 'GB')],
    ['Length', withUnit(s.lengthMm, 'mm')],
  ],
  motherboard: (s) => [
    ['Socket', textOf(s.socket)],
    ['Chipset', textOf(s.chipset)],
    ['Form factor', textOf(s.formFactor)],
    ['Memory', textOf(s.memoryType)],
    ['Memory slots', numberOf(s.memorySlots) === null ? null : String(s.memorySlots)],
    ['M.2 slots', numberOf(s.m2Slots) === null ? null : String(s.m2Slots)],
  ],
  memory: (s) => [
    ['Capacity', capacity(numberOf(s.totalGb) ?? product(s.modules, s.moduleGb), true)],
    ['Modules', numberOf(s.modules) && numberOf(s.moduleGb) ? `${s.modules} × ${s.moduleGb} GB` : null],
    ['Type', textOf(s.memoryType)],
    ['Speed', withUnit(s.speedMts, 'MT/s')],
    ['CAS latency', numberOf(s.casLatency) === null ? null : `CL${s.casLatency}`],
  ],
  storage: (s) => [
    ['Capacity', capacity(s.capacityGb, true)],
    ['Type', kindOf(s.kind)],
    ['Interface', busOf(s.bus)],
    ['Form factor', textOf(s.formFactor)],
  ],
  psu: (s) => [
    ['Wattage', withUnit(s.wattageW, 'W')],
    ['Efficiency', efficiencyOf(s.efficiency)],
    ['Modular', modularOf(s.modular)],
    ['Form factor', textOf(s.formFactor)],
  ],
  case: (s) => [
    ['Type', textOf(s.type)],
    ['Motherboards', Array.isArray(s.boardFormFactors) ? s.boardFormFactors.join(', ') : null],
    ['Max graphics card length', withUnit(s.maxGpuLengthMm, 'mm')],
    ['Max CPU cooler height', withUnit(s.maxCoolerHeightMm, 'mm')],
  ],
  cooler: (s) => [
    ['Type', yesNo(s.liquid, 'Liquid (AIO)', 'Air')],
    ['Radiator', withUnit(s.radiatorMm, 'mm')],
    ['Height', withUnit(s.heightMm, 'mm')],
    ['Sockets', Array.isArray(s.sockets) && s.sockets.length > 0 ? s.sockets.join(', ') : null],
  ],
  other: () => [],
};
