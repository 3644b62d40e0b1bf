import { z } from 'zod';
import { lineText } from '../text';
import type { Category } from './enums';
import { BOARD_FORM_FACTORS, MEMORY_TYPES, PSU_FORM_FACTORS } from './spec-values';

// Specs are typed per category. Every field is nullable: null means "unknown", never "none" —
// the compatibility engine reports what it could not check instead of guessing.

const int = z.number().int().min(0).max(1_000_000).nullable();
const num = z.number().min(0).max(1_000_000).nullable();
const text = lineText().max(100, 'must be at most 100 characters').nullable();

export { BOARD_FORM_FACTORS, MEMORY_TYPES, PSU_FORM_FACTORS };
export const MemoryType = z.enum(MEMORY_TYPES);
export const BoardFormFactor = z.enum(BOARD_FORM_FACTORS);
export const PsuFormFactor = z.enum(PSU_FORM_FACTORS);

export const CpuSpecs = z.object({
  socket: text,
  microarchitecture: text,
  cores: int,
  baseClockGhz: num,
  boostClockGhz: num,
  tdpW: int,
  /** true: has integrated graphics; false: needs a graphics card; null: unknown. */
  integratedGraphics: z.boolean().nullable(),
});

export const GpuSpecs = z.object({
  chipset: text,
  vramGb: num,
  lengthMm: int,
  /** Board power: the catalog has none, so it is inferred from the chipset where known. */
  tdpW: int,
});

export const MotherboardSpecs = z.object({
  socket: text,
  chipset: text,
  formFactor: BoardFormFactor.nullable(),
  memoryType: MemoryType.nullable(),
  memorySlots: int,
  maxMemoryGb: int,
  m2Slots: int,
  sataPorts: int,
});

export const MemorySpecs = z.object({
  memoryType: MemoryType.nullable(),
  speedMts: int,
  modules: int,
  moduleGb: int,
  totalGb: int,
  casLatency: int,
});

export const StorageSpecs = z.object({
  kind: z.enum(['ssd', 'hdd']).nullable(),
  capacityGb: int,
  /** How it connects: nvme needs an M.2 (or PCIe) slot, sata a SATA port. */
  bus: z.enum(['nvme', 'sata', 'sas', 'pata', 'pcie_aic']).nullable(),
  formFactor: text,
});

export const PsuSpecs = z.object({
  wattageW: int,
  formFactor: PsuFormFactor.nullable(),
  efficiency: z.enum(['plus', 'bronze', 'silver', 'gold', 'platinum', 'titanium']).nullable(),
  modular: z.enum(['full', 'semi', 'none']).nullable(),
});

export const CaseSpecs = z.object({
  type: text,
  /** Board form factors the case takes. */
  boardFormFactors: z.array(BoardFormFactor).max(20).nullable(),
  maxGpuLengthMm: int,
  maxCoolerHeightMm: int,
  psuFormFactor: PsuFormFactor.nullable(),
  includedPsuW: int,
});

export const CoolerSpecs = z.object({
  liquid: z.boolean().nullable(),
  radiatorMm: int,
  heightMm: int,
  sockets: z.array(lineText().max(30, 'must be at most 30 characters')).max(40).nullable(),
  /** Heat the cooler is rated to move. */
  ratedTdpW: int,
});

export const OtherSpecs = z.object({});

export const SPEC_SCHEMAS = {
  cpu: CpuSpecs,
  gpu: GpuSpecs,
  motherboard: MotherboardSpecs,
  memory: MemorySpecs,
  storage: StorageSpecs,
  psu: PsuSpecs,
  case: CaseSpecs,
  cooler: CoolerSpecs,
  other: OtherSpecs,
} as const;

export type CpuSpecs = z.infer<typeof CpuSpecs>;
export type GpuSpecs = z.infer<typeof GpuSpecs>;
export type MotherboardSpecs = z.infer<typeof MotherboardSpecs>;
export type MemorySpecs = z.infer<typeof MemorySpecs>;
export type StorageSpecs = z.infer<typeof StorageSpecs>;
export type PsuSpecs = z.infer<typeof PsuSpecs>;
export type CaseSpecs = z.infer<typeof CaseSpecs>;
export type CoolerSpecs = z.infer<typeof CoolerSpecs>;

export type SpecsByCategory = { [C in Category]: z.infer<(typeof SPEC_SCHEMAS)[C]> };

// Built once: a strict copy of each schema refuses fields that do not belong to the category.
const STRICT_SPEC_SCHEMAS = Object.fromEntries(
  Object.entries(SPEC_SCHEMAS).map(([category, schema]) => [category, schema.strict()]),
) as { [C in Category]: z.ZodObject };

/** Specs as sent by a client: any subset of the category's fields; missing fields are unknown. */
export const AnySpecs = z.record(z.string(), z.unknown());

/** Every field of the category's specs, unknown ones set to null. */
export function emptySpecs<C extends Category>(category: C): SpecsByCategory[C] {
  const shape = SPEC_SCHEMAS[category].shape as Record<string, unknown>;
  return Object.fromEntries(Object.keys(shape).map((key) => [key, null])) as SpecsByCategory[C];
}

/**
 * Validates specs for a category: missing fields become null, unknown fields are refused.
 * Returns the issues as field paths ("specs.socket") for the one error shape.
 */
export function parseSpecs(
  category: Category,
  specs: Record<string, unknown> | undefined,
): { ok: true; specs: Record<string, unknown> } | { ok: false; fields: Record<string, string> } {
  const schema = STRICT_SPEC_SCHEMAS[category];
  const result = schema.safeParse({ ...emptySpecs(category), ...(specs ?? {}) });
  if (result.success) return { ok: true, specs: result.data };
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key =
      issue.code === 'unrecognized_keys' ? `specs.${issue.keys[0]}` : `specs.${issue.path.join('.')}`;
    fields[key] ??= issue.code === 'unrecognized_keys' ? `is not a ${category} spec` : issue.message;
  }
  return { ok: false, fields };
}
