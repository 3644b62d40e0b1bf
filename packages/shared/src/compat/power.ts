import type { StorageSpecs } from '../parts/specs';
import { type Build, buildOf, type Findings } from './context';
import type { PsuSize } from './read';
import type { BuildItem } from './types';

/** The power estimate's constants; docs/compatibility.md gives the reasoning for each. */
export const POWER = {
  /** CPU peak = TDP × 1.35: AMD's package power limit (PPT) is exactly 1.35 × TDP on AM4/AM5. */
  cpuPeakFactor: 1.35,
  /** Motherboard, chipset, fans, USB devices. */
  baseW: 50,
  perMemoryStickW: 5,
  driveW: { hdd: 10, nvme: 8, ssd: 5, unknown: 10 },
  /** PSU_LOW_HEADROOM below peak × 1.2: GPU power spikes, Intel boost above TDP × 1.35, ageing. */
  headroomFactor: 1.2,
} as const;

export interface PowerEstimate {
  /** Estimated peak draw in W, rounded up; a lower bound when `unknown` is not empty. */
  peakW: number;
  cpuW: number;
  gpuW: number;
  /** Board, memory and drives. */
  restW: number;
  /** The smallest PSU with the recommended headroom: peakW × headroomFactor, rounded up. */
  recommendedW: number;
  /** Parts whose power draw is unknown, left out of the estimate. */
  unknown: Array<{ partId: string; spec: string }>;
}

function driveW(specs: StorageSpecs): number {
  if (specs.kind === 'hdd') return POWER.driveW.hdd;
  if (specs.bus === 'nvme' || specs.bus === 'pcie_aic') return POWER.driveW.nvme;
  if (specs.kind === 'ssd') return POWER.driveW.ssd;
  return POWER.driveW.unknown;
}

export function estimateBuildPower(build: Build): PowerEstimate {
  const unknown: PowerEstimate['unknown'] = [];
  let cpuW = 0;
  if (build.cpu) {
    const tdp = build.cpu.specs.tdpW;
    if (tdp === null) unknown.push({ partId: build.cpu.id, spec: 'cpu.tdpW' });
    else cpuW = tdp * POWER.cpuPeakFactor;
  }
  let gpuW = 0;
  for (const gpu of build.gpus) {
    if (gpu.specs.tdpW === null) unknown.push({ partId: gpu.id, spec: 'gpu.tdpW' });
    else gpuW += gpu.specs.tdpW * gpu.quantity;
  }
  // A kit of unknown size counts as one stick per kit; drives of unknown kind as the largest allowance.
  const sticks = build.memory.reduce((sum, k) => sum + (k.specs.modules ?? 1) * k.quantity, 0);
  const drives = build.storage.reduce((sum, d) => sum + driveW(d.specs) * d.quantity, 0);
  const restW = POWER.baseW + sticks * POWER.perMemoryStickW + drives;
  const peakW = Math.ceil(cpuW + gpuW + restW);
  return {
    peakW,
    cpuW: Math.ceil(cpuW),
    gpuW,
    restW,
    recommendedW: Math.ceil(peakW * POWER.headroomFactor),
    unknown,
  };
}

/** Estimated peak draw of a build (see POWER); the UI shows it next to the PSU. */
export function estimatePowerDraw(items: BuildItem[]): PowerEstimate {
  return estimateBuildPower(buildOf(items));
}

export function checkPower(build: Build, out: Findings): void {
  const { psu } = build;
  if (!psu) return;
  const wattage = psu.specs.wattageW;
  const estimate = estimateBuildPower(build);
  const consumers = [...(build.cpu ? [build.cpu.id] : []), ...build.gpus.map((g) => g.id)];
  const ids = [psu.id, ...consumers];
  const partOf = (id: string) => [build.cpu, ...build.gpus].find((p) => p?.id === id) ?? { id, name: id };
  const unknown = estimate.unknown.map((u) => ({ part: partOf(u.partId), spec: u.spec }));
  if (wattage === null) {
    const all = [{ part: psu, spec: 'psu.wattageW' }, ...unknown];
    out.unverified('PSU_UNDERPOWERED', all);
    out.unverified('PSU_LOW_HEADROOM', all);
    return;
  }
  const atLeast = unknown.length > 0 ? 'at least ' : '';
  const draw =
    `Estimated peak draw ${atLeast}${estimate.peakW} W ` +
    `(CPU ${estimate.cpuW} W, graphics ${estimate.gpuW} W, rest of the build ${estimate.restW} W)`;
  if (estimate.peakW > wattage) {
    out.add('PSU_UNDERPOWERED', `${draw}; the ${wattage} W ${psu.name} is not enough.`, ids);
    return;
  }
  if (unknown.length > 0) out.unverified('PSU_UNDERPOWERED', unknown);
  if (estimate.recommendedW > wattage) {
    out.add(
      'PSU_LOW_HEADROOM',
      `${draw}; the ${wattage} W ${psu.name} leaves less than the recommended 20% headroom for power spikes. ` +
        `${estimate.recommendedW} W or more is safer.`,
      ids,
    );
  } else if (unknown.length > 0) {
    out.unverified('PSU_LOW_HEADROOM', unknown);
  }
}

/** What a case built for this PSU size also takes: SFX/SFX-L fit ATX bays with a bracket. */
const PSU_ALSO_FITS: Partial<Record<PsuSize, PsuSize[]>> = {
  ATX: ['SFX', 'SFX-L'],
  'SFX-L': ['SFX'],
};

export function checkPsuFormFactor(build: Build, out: Findings): void {
  const { psu, case: pc } = build;
  if (!psu || !pc || psu.includedWithCase) return;
  const size = psu.specs.formFactor;
  const bay = pc.specs.psuFormFactor;
  if (size === null || bay === null) {
    out.unverified('PSU_FORM_FACTOR', [
      ...(size === null ? [{ part: psu, spec: 'psu.formFactor' }] : []),
      ...(bay === null ? [{ part: pc, spec: 'case.psuFormFactor' }] : []),
    ]);
    return;
  }
  if (size === bay || PSU_ALSO_FITS[bay]?.includes(size)) return;
  out.add('PSU_FORM_FACTOR', `The ${psu.name} is ${size}; the ${pc.name} takes ${bay} power supplies.`, [
    psu.id,
    pc.id,
  ]);
}
