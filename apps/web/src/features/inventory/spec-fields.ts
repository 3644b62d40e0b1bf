import { type Category, SPEC_SCHEMAS } from '@partwise/shared';
import { z } from 'zod';

export type SpecKind = 'int' | 'number' | 'text' | 'enum' | 'boolean' | 'list';

export interface SpecField {
  key: string;
  label: string;
  kind: SpecKind;
  /** For enums: the values, and how to say them. */
  options: readonly string[];
  optionLabels: Record<string, string>;
  /** For lists: what may go in them. */
  hint?: string;
}

/** Labels in plain words, with units; keys are shared across categories where they mean the same. */
const LABELS: Record<string, string> = {
  socket: 'Socket',
  microarchitecture: 'Microarchitecture',
  cores: 'Cores',
  baseClockGhz: 'Base clock (GHz)',
  boostClockGhz: 'Boost clock (GHz)',
  tdpW: 'Power draw (W)',
  integratedGraphics: 'Integrated graphics',
  chipset: 'Chipset',
  vramGb: 'Video memory (GB)',
  lengthMm: 'Length (mm)',
  formFactor: 'Form factor',
  memoryType: 'Memory type',
  memorySlots: 'Memory slots',
  maxMemoryGb: 'Max memory (GB)',
  m2Slots: 'M.2 slots',
  sataPorts: 'SATA ports',
  speedMts: 'Speed (MT/s)',
  modules: 'Sticks',
  moduleGb: 'Per stick (GB)',
  totalGb: 'Total (GB)',
  casLatency: 'CAS latency',
  kind: 'Kind',
  capacityGb: 'Capacity (GB)',
  bus: 'Connection',
  wattageW: 'Wattage (W)',
  efficiency: '80 Plus rating',
  modular: 'Modular cables',
  type: 'Case type',
  boardFormFactors: 'Motherboards it fits',
  maxGpuLengthMm: 'Longest graphics card (mm)',
  maxCoolerHeightMm: 'Tallest CPU cooler (mm)',
  psuFormFactor: 'Power supply size',
  includedPsuW: 'Included power supply (W)',
  liquid: 'Liquid cooled',
  radiatorMm: 'Radiator (mm)',
  heightMm: 'Height (mm)',
  sockets: 'Sockets',
  ratedTdpW: 'Rated for (W)',
};

const OPTION_LABELS: Record<string, string> = {
  ssd: 'SSD',
  hdd: 'Hard drive',
  nvme: 'NVMe (M.2)',
  sata: 'SATA',
  sas: 'SAS',
  pata: 'IDE (PATA)',
  pcie_aic: 'PCIe card',
  plus: '80 Plus',
  bronze: 'Bronze',
  silver: 'Silver',
  gold: 'Gold',
  platinum: 'Platinum',
  titanium: 'Titanium',
  full: 'Fully modular',
  semi: 'Semi-modular',
  none: 'Not modular',
};

function describe(key: string, schema: z.ZodType): SpecField {
  const inner = schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema;
  const base = { key, label: LABELS[key] ?? key, options: [] as string[], optionLabels: OPTION_LABELS };
  if (inner instanceof z.ZodNumber) return { ...base, kind: inner.isInt ? 'int' : 'number' };
  if (inner instanceof z.ZodBoolean) return { ...base, kind: 'boolean' };
  if (inner instanceof z.ZodEnum) return { ...base, kind: 'enum', options: inner.options.map(String) };
  if (inner instanceof z.ZodArray) {
    const element = inner.element;
    const hint =
      element instanceof z.ZodEnum
        ? `Separate with commas: ${element.options.join(', ')}`
        : 'Separate with commas';
    return { ...base, kind: 'list', hint };
  }
  return { ...base, kind: 'text' };
}

const cache = new Map<Category, SpecField[]>();

/** The spec fields of a category, read from the shared schema so the form follows it. */
export function specFields(category: Category): SpecField[] {
  let fields = cache.get(category);
  if (!fields) {
    const shape = SPEC_SCHEMAS[category].shape as Record<string, z.ZodType>;
    fields = Object.entries(shape).map(([key, schema]) => describe(key, schema));
    cache.set(category, fields);
  }
  return fields;
}

/** Specs as the form holds them: every value a string, '' for unknown. */
export type SpecInputs = Record<string, string>;

export function specsToInputs(specs: Record<string, unknown>): SpecInputs {
  const inputs: SpecInputs = {};
  for (const [key, value] of Object.entries(specs)) {
    if (value === null || value === undefined) inputs[key] = '';
    else if (Array.isArray(value)) inputs[key] = value.join(', ');
    else inputs[key] = String(value);
  }
  return inputs;
}

/**
 * The category's specs from the form's strings; what cannot be read becomes a field error ("specs.x").
 * Range and enum rules are left to the shared schema (parseSpecs), so they are stated once.
 */
export function inputsToSpecs(
  category: Category,
  inputs: SpecInputs,
): { specs: Record<string, unknown>; errors: Record<string, string> } {
  const specs: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of specFields(category)) {
    const raw = (inputs[field.key] ?? '').trim();
    if (raw === '') {
      specs[field.key] = null;
      continue;
    }
    if (field.kind === 'int' || field.kind === 'number') {
      const n = Number(raw.replace(/,/g, ''));
      if (!Number.isFinite(n)) errors[`specs.${field.key}`] = 'must be a number';
      else if (field.kind === 'int' && !Number.isInteger(n))
        errors[`specs.${field.key}`] = 'must be a whole number';
      else specs[field.key] = n;
    } else if (field.kind === 'boolean') specs[field.key] = raw === 'true';
    else if (field.kind === 'list') {
      specs[field.key] = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else specs[field.key] = raw;
  }
  return { specs, errors };
}
