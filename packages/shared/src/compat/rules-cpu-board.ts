import type { Category } from '../parts/enums';
import { an, type Build, type Findings, joinAnd } from './context';
import { matchPair, type PlatformCode, pairsForSocket, socketFits } from './platform';
import { quantityOf } from './read';

const SINGLE: Array<{ category: Category; words: string }> = [
  { category: 'cpu', words: 'CPU' },
  { category: 'motherboard', words: 'motherboard' },
  { category: 'case', words: 'case' },
  { category: 'psu', words: 'power supply' },
  { category: 'cooler', words: 'CPU cooler' },
];

/** More than one CPU, board, case, PSU or cooler: only the first listed is checked. */
export function checkDuplicates(build: Build, out: Findings): void {
  for (const { category, words } of SINGLE) {
    const items = build.items.filter((item) => item.category === category);
    const count = items.reduce((sum, item) => sum + quantityOf(item), 0);
    if (count <= 1) continue;
    const names = joinAnd(
      items.map((item) => `${quantityOf(item) > 1 ? `${quantityOf(item)} × ` : ''}${item.name}`),
    );
    out.add(
      'DUPLICATE_COMPONENT',
      `A build takes one ${words}; this one has ${count} (${names}). Only the first is checked against the other parts.`,
      items.map((item) => item.id),
    );
  }
}

export function checkMissing(build: Build, out: Findings): void {
  const missing: Array<[boolean, string]> = [
    [build.cpu === null, 'No CPU yet.'],
    [build.board === null, 'No motherboard yet.'],
    [build.memory.length === 0, 'No memory yet.'],
    [build.storage.length === 0, 'No storage drive yet.'],
    [
      build.psu === null,
      build.case
        ? `No power supply yet, and the ${build.case.name} does not include one.`
        : 'No power supply yet.',
    ],
    [build.case === null, 'No case yet.'],
  ];
  for (const [isMissing, message] of missing) if (isMissing) out.add('MISSING_COMPONENT', message, []);
}

export function checkSocket(build: Build, out: Findings): void {
  const { cpu, board } = build;
  if (!cpu || !board) return;
  const cpuSocket = cpu.specs.socket;
  const boardSocket = board.specs.socket;
  if (cpuSocket === null || boardSocket === null) {
    out.unverified('CPU_SOCKET_MISMATCH', [
      ...(cpuSocket === null ? [{ part: cpu, spec: 'cpu.socket' }] : []),
      ...(boardSocket === null ? [{ part: board, spec: 'motherboard.socket' }] : []),
    ]);
    return;
  }
  if (!socketFits(cpuSocket, boardSocket)) {
    out.add(
      'CPU_SOCKET_MISMATCH',
      `The ${cpu.name} needs ${an(cpuSocket)} board; the ${board.name} is ${boardSocket}.`,
      [cpu.id, board.id],
    );
  }
}

function platformMessage(code: PlatformCode, cpu: string, board: string, chipset: string, reason: string) {
  if (code === 'CPU_CHIPSET_UNSUPPORTED') {
    return `The ${cpu} does not run on the ${board} (${chipset}), which ${reason}.`;
  }
  if (code === 'CPU_CHIPSET_UNOFFICIAL') {
    return `The ${cpu} may not run on the ${board}: the ${chipset} chipset ${reason}. Check the board's CPU support list.`;
  }
  return (
    `The ${board} may need a BIOS update before it runs the ${cpu}: ${reason}. ` +
    'Check that its BIOS lists this CPU, or update it first (with an older supported CPU or a BIOS flashback button).'
  );
}

const PLATFORM_CODES: PlatformCode[] = [
  'CPU_CHIPSET_UNSUPPORTED',
  'CPU_CHIPSET_UNOFFICIAL',
  'BIOS_UPDATE_MAY_BE_NEEDED',
];

/** Chipset × CPU generation pairs on a shared socket (platform.ts). */
export function checkPlatform(build: Build, out: Findings): void {
  const { cpu, board } = build;
  if (!cpu || !board) return;
  const socket = cpu.specs.socket;
  const boardSocket = board.specs.socket;
  // Unknown CPU socket: the socket rule already says so. Different sockets: that error says it all.
  if (socket === null || (boardSocket !== null && !socketFits(socket, boardSocket))) return;
  const { chipset } = board.specs;
  const { microarchitecture } = cpu.specs;
  for (const code of PLATFORM_CODES) {
    const pairs = pairsForSocket(code, socket);
    if (pairs.length === 0) continue;
    if (chipset === null || microarchitecture === null) {
      out.unverified(code, [
        ...(microarchitecture === null ? [{ part: cpu, spec: 'cpu.microarchitecture' }] : []),
        ...(chipset === null ? [{ part: board, spec: 'motherboard.chipset' }] : []),
      ]);
      continue;
    }
    const pair = matchPair(pairs, chipset, microarchitecture);
    if (pair)
      out.add(code, platformMessage(code, cpu.name, board.name, chipset, pair.reason), [cpu.id, board.id]);
  }
}

/** A part still missing, not a conflict: a CPU without graphics is fine until the build is sold without a card. */
export function checkGraphics(build: Build, out: Findings): void {
  const { cpu } = build;
  if (!cpu || build.gpus.length > 0) return;
  if (cpu.specs.integratedGraphics === null) {
    out.unverified('NO_GRAPHICS', [{ part: cpu, spec: 'cpu.integratedGraphics' }]);
  } else if (!cpu.specs.integratedGraphics) {
    out.add(
      'NO_GRAPHICS',
      `No graphics card yet: the ${cpu.name} has no integrated graphics, so the build needs one for a display.`,
      [cpu.id],
    );
  }
}
