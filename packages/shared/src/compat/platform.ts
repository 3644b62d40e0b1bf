import { normalizeChipset, normalizeSocket } from './read';

/** Board socket strings may list several sockets ("AM3/AM2+/AM2"); a CPU fits if it matches one. */
export function boardSockets(socket: string): string[] {
  return socket
    .split('/')
    .map(normalizeSocket)
    .filter((s) => s !== '');
}

export function socketFits(cpuSocket: string, boardSocket: string): boolean {
  return boardSockets(boardSocket).includes(normalizeSocket(cpuSocket));
}

// Sockets that share a cooler mounting (hole spacing and height): a cooler listed for one fits the
// others. Intel kept the 75 mm LGA115x mount for LGA1200 and the LGA1700 mount for LGA1851. AM4 →
// AM5 is left out: AMD kept the holes, but coolers with their own backplate do not carry over.
const MOUNT_GROUPS = [
  ['LGA1150', 'LGA1151', 'LGA1155', 'LGA1156', 'LGA1200'],
  ['LGA1700', 'LGA1851'],
];

/** Cooler lists often say "LGA115x" or "LGA115X". */
function coolerSocketKeys(socket: string): string[] {
  const key = normalizeSocket(socket);
  return key === 'LGA115X' ? ['LGA1150', 'LGA1151', 'LGA1155', 'LGA1156'] : boardSockets(socket);
}

export function coolerFits(cpuSocket: string, coolerSockets: string[]): boolean {
  const cpu = normalizeSocket(cpuSocket);
  const group = MOUNT_GROUPS.find((g) => g.includes(cpu)) ?? [cpu];
  return coolerSockets.flatMap(coolerSocketKeys).some((s) => group.includes(s));
}

export type PlatformCode = 'CPU_CHIPSET_UNSUPPORTED' | 'CPU_CHIPSET_UNOFFICIAL' | 'BIOS_UPDATE_MAY_BE_NEEDED';

export interface PlatformPair {
  code: PlatformCode;
  socket: string;
  chipsets: string[];
  microarchitectures: string[];
  /** Why, in words that complete the finding's message. */
  reason: string;
}

/**
 * Known chipset × CPU generation pairs on a shared socket. Only pairs documented by AMD/Intel are
 * listed; docs/compatibility.md gives the reasoning. No BIOS version is ever named: board makers
 * number their releases differently, and the board's own CPU support list is the authority.
 */
export const PLATFORM_PAIRS: PlatformPair[] = [
  {
    code: 'CPU_CHIPSET_UNSUPPORTED',
    socket: 'LGA1151',
    chipsets: ['H110', 'B150', 'Q150', 'H170', 'Q170', 'Z170', 'C232', 'C236'],
    microarchitectures: ['Coffee Lake', 'Coffee Lake Refresh'],
    reason:
      'is a 100-series board: 8th/9th-gen Core CPUs need a 300-series chipset on the same LGA1151 socket',
  },
  {
    code: 'CPU_CHIPSET_UNSUPPORTED',
    socket: 'LGA1151',
    chipsets: ['B250', 'Q250', 'H270', 'Q270', 'Z270'],
    microarchitectures: ['Coffee Lake', 'Coffee Lake Refresh'],
    reason:
      'is a 200-series board: 8th/9th-gen Core CPUs need a 300-series chipset on the same LGA1151 socket',
  },
  {
    code: 'CPU_CHIPSET_UNSUPPORTED',
    socket: 'LGA1151',
    chipsets: ['H310', 'B360', 'B365', 'H370', 'Q370', 'Z370', 'Z390', 'C246'],
    microarchitectures: ['Skylake', 'Kaby Lake'],
    reason:
      'is a 300-series board: 6th/7th-gen Core CPUs need a 100/200-series chipset on the same LGA1151 socket',
  },
  {
    code: 'CPU_CHIPSET_UNSUPPORTED',
    socket: 'LGA1200',
    chipsets: ['H410', 'B460'],
    microarchitectures: ['Rocket Lake'],
    reason: 'does not support 11th-gen Core CPUs; of the 400-series only Z490, H470, Q470 and W480 do',
  },
  {
    code: 'CPU_CHIPSET_UNOFFICIAL',
    socket: 'AM4',
    chipsets: ['B550', 'A520'],
    microarchitectures: ['Zen', 'Zen+'],
    reason:
      'is not listed by AMD for Ryzen 1000/2000 CPUs and 2000G/3000G APUs; some boards boot them anyway',
  },
  {
    code: 'CPU_CHIPSET_UNOFFICIAL',
    socket: 'AM4',
    chipsets: ['X570'],
    microarchitectures: ['Zen'],
    reason:
      'is not listed by AMD for first-generation Ryzen (1000 series, 2000G APUs); some boards boot them anyway',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'AM4',
    chipsets: ['A320', 'B350', 'X370'],
    microarchitectures: ['Zen+', 'Zen 2', 'Zen 3'],
    reason: '300-series boards shipped before Ryzen 2000/3000/5000, and some never got an update for them',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'AM4',
    chipsets: ['B450', 'X470'],
    microarchitectures: ['Zen 2', 'Zen 3'],
    reason: '400-series boards made before Ryzen 3000/5000 need an update for them',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'AM4',
    chipsets: ['X570', 'B550', 'A520'],
    microarchitectures: ['Zen 3'],
    reason: '500-series boards made before late 2020 need an update for Ryzen 5000',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'AM5',
    chipsets: ['A620', 'B650', 'B650E', 'X670', 'X670E'],
    microarchitectures: ['Zen 5'],
    reason: '600-series boards made before mid-2024 need an update for Ryzen 9000',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'LGA1151',
    chipsets: ['H110', 'B150', 'Q150', 'H170', 'Q170', 'Z170', 'C232', 'C236'],
    microarchitectures: ['Kaby Lake'],
    reason: '100-series boards made before early 2017 need an update for 7th-gen Core',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'LGA1151',
    chipsets: ['H310', 'B360', 'H370', 'Q370', 'Z370', 'C246'],
    microarchitectures: ['Coffee Lake Refresh'],
    reason: '300-series boards made before late 2018 need an update for 9th-gen Core',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'LGA1200',
    chipsets: ['Z490', 'H470', 'Q470', 'W480'],
    microarchitectures: ['Rocket Lake'],
    reason: '400-series boards made before 2021 need an update for 11th-gen Core',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'LGA1700',
    chipsets: ['H610', 'B660', 'H670', 'Q670', 'Z690', 'W680'],
    microarchitectures: ['Raptor Lake', 'Raptor Lake Refresh'],
    reason: '600-series boards made before late 2022 need an update for 13th/14th-gen Core',
  },
  {
    code: 'BIOS_UPDATE_MAY_BE_NEEDED',
    socket: 'LGA1700',
    chipsets: ['B760', 'H770', 'Z790'],
    microarchitectures: ['Raptor Lake Refresh'],
    reason: '700-series boards made before late 2023 need an update for 14th-gen Core',
  },
];

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The pairs of this code that apply to the CPU's socket: the rule is relevant only then. */
export function pairsForSocket(code: PlatformCode, cpuSocket: string): PlatformPair[] {
  const socket = normalizeSocket(cpuSocket);
  return PLATFORM_PAIRS.filter((p) => p.code === code && p.socket === socket);
}

export function matchPair(
  pairs: PlatformPair[],
  chipset: string,
  microarchitecture: string,
): PlatformPair | undefined {
  const chip = normalizeChipset(chipset);
  return pairs.find(
    (p) =>
      p.chipsets.some((c) => c === chip) && p.microarchitectures.some((m) => sameText(m, microarchitecture)),
  );
}
