import type { Severity } from './types';

export interface RuleInfo {
  code: string;
  severity: Severity;
  /** Completes "Could not check …" in UNVERIFIED messages. */
  title: string;
  /** What the rule checks, for people (the docs table says the same). */
  checks: string;
  /** The specs it reads, as "category.field". */
  specs: readonly string[];
  /**
   * A build with such a finding is not set ready, listed or sold without an override that says why: every
   * error, and the infos that say a part is missing (information while the build is planned).
   */
  blocksSale: boolean;
}

/**
 * Every finding code the engine can report: the one table of rules. docs/compatibility.md
 * repeats it with the reasoning; a test keeps the two in step.
 */
export const RULES = [
  // Build shape
  {
    code: 'DUPLICATE_COMPONENT',
    severity: 'error',
    title: 'that the build has one of each main part',
    checks: 'More than one CPU, motherboard, case, power supply or CPU cooler (counting quantity).',
    specs: [],
    blocksSale: true,
  },
  {
    code: 'MISSING_COMPONENT',
    severity: 'info',
    title: 'that the build is complete',
    checks:
      'No CPU, motherboard, memory, storage, power supply or case yet (a case with an included PSU counts as one).',
    specs: [],
    blocksSale: true,
  },
  {
    code: 'UNVERIFIED',
    severity: 'info',
    title: 'every rule',
    checks:
      'A rule could not run because a spec is unknown; names the rules and, for each unknown spec, its part.',
    specs: [],
    blocksSale: false,
  },
  // CPU and motherboard
  {
    code: 'CPU_SOCKET_MISMATCH',
    severity: 'error',
    title: 'that the CPU fits the motherboard socket',
    checks: 'CPU socket vs motherboard socket (spacing, case and a "Socket"/"FC" prefix ignored).',
    specs: ['cpu.socket', 'motherboard.socket'],
    blocksSale: true,
  },
  {
    code: 'CPU_CHIPSET_UNSUPPORTED',
    severity: 'error',
    title: 'that the chipset supports the CPU generation',
    checks:
      'Same socket, but a chipset that cannot run that CPU generation (LGA1151 100/200 vs 300 series, Rocket Lake on H410/B460).',
    specs: ['cpu.socket', 'cpu.microarchitecture', 'motherboard.chipset'],
    blocksSale: true,
  },
  {
    code: 'CPU_CHIPSET_UNOFFICIAL',
    severity: 'warning',
    title: 'that the chipset officially supports the CPU generation',
    checks:
      'AMD does not list the CPU generation for the chipset (e.g. Ryzen 1000/2000 on B550), though some boards boot it.',
    specs: ['cpu.socket', 'cpu.microarchitecture', 'motherboard.chipset'],
    blocksSale: false,
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    severity: 'warning',
    title: 'whether the motherboard may need a BIOS update for the CPU',
    checks: 'Known chipset × CPU generation pairs where boards made before the CPU need a BIOS update.',
    specs: ['cpu.socket', 'cpu.microarchitecture', 'motherboard.chipset'],
    blocksSale: false,
  },
  {
    code: 'NO_GRAPHICS',
    severity: 'info',
    title: 'whether the build needs a graphics card',
    checks:
      'No graphics card yet, and a CPU without integrated graphics: a part still missing, like MISSING_COMPONENT.',
    specs: ['cpu.integratedGraphics'],
    blocksSale: true,
  },
  // Memory
  {
    code: 'MEMORY_TYPE_MISMATCH',
    severity: 'error',
    title: 'that the memory generation matches the motherboard and the CPU',
    checks:
      'Each kit’s DDR generation vs the motherboard’s; without a known board type, vs the generations the CPU’s platform supports (AM5 takes DDR5 only); and kits of different generations together.',
    specs: ['memory.memoryType', 'motherboard.memoryType', 'cpu.socket'],
    blocksSale: true,
  },
  {
    code: 'MEMORY_SLOTS_EXCEEDED',
    severity: 'error',
    title: 'that the memory sticks fit the motherboard slots',
    checks: 'Sticks (modules × quantity, all kits) vs motherboard memory slots.',
    specs: ['memory.modules', 'motherboard.memorySlots'],
    blocksSale: true,
  },
  {
    code: 'MEMORY_CAPACITY_EXCEEDED',
    severity: 'error',
    title: 'that the total memory is within the motherboard maximum',
    checks: 'Total GB (all kits) vs motherboard maximum memory.',
    specs: ['memory.totalGb', 'motherboard.maxMemoryGb'],
    blocksSale: true,
  },
  {
    code: 'MEMORY_SINGLE_CHANNEL',
    severity: 'warning',
    title: 'that the memory runs in dual channel',
    checks: 'An odd number of sticks (1 runs single channel, 3 unevenly).',
    specs: ['memory.modules'],
    blocksSale: false,
  },
  // Case, graphics card, cooler
  {
    code: 'CASE_FORM_FACTOR',
    severity: 'error',
    title: 'that the motherboard fits the case',
    checks: 'Motherboard form factor vs the board sizes the case takes.',
    specs: ['motherboard.formFactor', 'case.boardFormFactors'],
    blocksSale: true,
  },
  {
    code: 'GPU_TOO_LONG',
    severity: 'error',
    title: 'that the graphics card fits the case',
    checks: 'Each graphics card’s length vs the case’s maximum graphics card length.',
    specs: ['gpu.lengthMm', 'case.maxGpuLengthMm'],
    blocksSale: true,
  },
  {
    code: 'COOLER_SOCKET',
    severity: 'error',
    title: 'that the cooler mounts on the CPU socket',
    checks: 'CPU socket in the cooler’s socket list (LGA115x/1200 and LGA1700/1851 share mounts).',
    specs: ['cpu.socket', 'cooler.sockets'],
    blocksSale: true,
  },
  {
    code: 'COOLER_TOO_TALL',
    severity: 'error',
    title: 'that the cooler fits under the case side panel',
    checks: 'Air cooler height vs the case’s maximum cooler height (liquid coolers are skipped).',
    specs: ['cooler.heightMm', 'case.maxCoolerHeightMm', 'cooler.liquid'],
    blocksSale: true,
  },
  {
    code: 'COOLER_UNDERRATED',
    severity: 'warning',
    title: 'that the cooler is rated for the CPU’s heat',
    checks: 'Cooler rated TDP vs CPU TDP.',
    specs: ['cooler.ratedTdpW', 'cpu.tdpW'],
    blocksSale: false,
  },
  // Power
  {
    code: 'PSU_UNDERPOWERED',
    severity: 'error',
    title: 'that the power supply is strong enough',
    checks: 'PSU wattage vs the estimated peak draw (see estimatePowerDraw).',
    specs: ['psu.wattageW', 'cpu.tdpW', 'gpu.tdpW'],
    blocksSale: true,
  },
  {
    code: 'PSU_LOW_HEADROOM',
    severity: 'warning',
    title: 'that the power supply has headroom',
    checks: 'PSU wattage below the estimated peak draw × 1.2.',
    specs: ['psu.wattageW', 'cpu.tdpW', 'gpu.tdpW'],
    blocksSale: false,
  },
  {
    code: 'PSU_FORM_FACTOR',
    severity: 'error',
    title: 'that the power supply fits the case',
    checks:
      'PSU form factor vs the case’s (an ATX case also takes SFX/SFX-L with a bracket; SFX-L takes SFX).',
    specs: ['psu.formFactor', 'case.psuFormFactor'],
    blocksSale: true,
  },
  // Storage
  {
    code: 'STORAGE_M2_SLOTS',
    severity: 'error',
    title: 'that the M.2 drives fit the motherboard’s M.2 slots',
    checks: 'Drives whose form factor starts with "M.2" (NVMe or SATA) vs motherboard M.2 slots.',
    specs: ['storage.formFactor', 'storage.bus', 'motherboard.m2Slots'],
    blocksSale: true,
  },
  {
    code: 'STORAGE_SATA_PORTS',
    severity: 'error',
    title: 'that the SATA drives fit the motherboard’s SATA ports',
    checks: 'SATA drives that are not M.2 vs motherboard SATA ports.',
    specs: ['storage.formFactor', 'storage.bus', 'motherboard.sataPorts'],
    blocksSale: true,
  },
] as const satisfies readonly RuleInfo[];

export type RuleCode = (typeof RULES)[number]['code'];

export function ruleOf(code: RuleCode): RuleInfo {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`Unknown compatibility rule ${code}`);
  return rule;
}
