import type { MemorySpecs } from '../parts/specs';
import { type Build, type Findings, joinAnd, type Part, plural } from './context';
import { cpuMemoryTypes } from './platform-memory';
import { normalizeSocket } from './read';

/** "DDR5", "DDR4 or DDR5". */
const joinOr = (words: string[]) => joinAnd(words).replace(/ and ([^ ]+)$/, ' or $1');

type Kit = Part<MemorySpecs>;

function sticksOf(kit: Kit): number | null {
  return kit.specs.modules === null ? null : kit.specs.modules * kit.quantity;
}

/** "Corsair Vengeance LPX 16 GB, 2 sticks" or "2 × Corsair Vengeance LPX 16 GB, 4 sticks". */
function describeKit(kit: Kit, sticks: number): string {
  return `${kit.quantity > 1 ? `${kit.quantity} × ` : ''}${kit.name}, ${plural(sticks, 'stick')}`;
}

/** The CPU's memory generations, when its platform declares them (platform-memory.ts). */
function cpuMemory(build: Build) {
  const { cpu } = build;
  const socket = cpu?.specs.socket ?? null;
  if (!cpu || socket === null) return null;
  const types = cpuMemoryTypes(normalizeSocket(socket), cpu.specs.microarchitecture);
  return types ? { cpu, types } : null;
}

export function checkMemoryType(build: Build, out: Findings): void {
  const { board, memory } = build;
  if (memory.length === 0) return;
  const boardType = board?.specs.memoryType ?? null;
  const platform = cpuMemory(build);
  if (board && boardType !== null) {
    for (const kit of memory) {
      if (kit.specs.memoryType !== null && kit.specs.memoryType !== boardType) {
        out.add(
          'MEMORY_TYPE_MISMATCH',
          `The ${kit.name} is ${kit.specs.memoryType}; the ${board.name} takes ${boardType}.`,
          [kit.id, board.id],
        );
      }
    }
  } else if (platform) {
    // The memory controller is in the CPU: a kit it cannot drive fails on any board.
    const { cpu, types } = platform;
    for (const kit of memory) {
      const type = kit.specs.memoryType;
      if (type !== null && !types.includes(type)) {
        out.add(
          'MEMORY_TYPE_MISMATCH',
          `The ${kit.name} is ${type}; the ${cpu.name} takes ${joinOr(types)} memory only.`,
          [kit.id, cpu.id],
        );
      }
    }
  }
  if (!(board && boardType !== null)) {
    // Without a known board generation, kits of two generations still cannot share one board.
    const first = memory.find((k) => k.specs.memoryType !== null);
    const other = memory.find(
      (k) => k.specs.memoryType !== null && k.specs.memoryType !== first?.specs.memoryType,
    );
    if (first && other) {
      out.add(
        'MEMORY_TYPE_MISMATCH',
        `The ${first.name} is ${first.specs.memoryType} and the ${other.name} is ${other.specs.memoryType}; a board takes one memory generation.`,
        [first.id, other.id],
      );
    }
  }
  const unknownKits = memory
    .filter((k) => k.specs.memoryType === null)
    .map((k) => ({ part: k, spec: 'memory.memoryType' }));
  if (board) {
    const unknown = [
      ...(boardType === null ? [{ part: board, spec: 'motherboard.memoryType' }] : []),
      ...unknownKits,
    ];
    if (unknown.length > 0) out.unverified('MEMORY_TYPE_MISMATCH', unknown);
  } else if (platform && unknownKits.length > 0) {
    out.unverified('MEMORY_TYPE_MISMATCH', unknownKits);
  }
}

export function checkMemorySlots(build: Build, out: Findings): void {
  const { board, memory } = build;
  if (!board || memory.length === 0) return;
  const unknownKits = memory.filter((k) => sticksOf(k) === null);
  // A kit of unknown size still has at least one stick per kit: enough to prove some overflows.
  const atLeast = memory.reduce((sum, k) => sum + (sticksOf(k) ?? k.quantity), 0);
  const slots = board.specs.memorySlots;
  if (slots !== null && atLeast > slots) {
    const only = memory.length === 1 ? memory[0] : undefined;
    const message =
      only && only.quantity === 1
        ? `The ${only.name} is ${plural(atLeast, 'stick')}; the ${board.name} has ${plural(slots, 'memory slot')}.`
        : `The memory adds up to ${unknownKits.length > 0 ? 'at least ' : ''}${plural(atLeast, 'stick')} (${memory
            .map((k) => describeKit(k, sticksOf(k) ?? k.quantity))
            .join('; ')}); the ${board.name} has ${plural(slots, 'memory slot')}.`;
    out.add('MEMORY_SLOTS_EXCEEDED', message, [...memory.map((k) => k.id), board.id]);
    return;
  }
  const unknown = [
    ...(slots === null ? [{ part: board, spec: 'motherboard.memorySlots' }] : []),
    ...unknownKits.map((k) => ({ part: k, spec: 'memory.modules' })),
  ];
  if (unknown.length > 0) out.unverified('MEMORY_SLOTS_EXCEEDED', unknown);
}

export function checkMemoryCapacity(build: Build, out: Findings): void {
  const { board, memory } = build;
  if (!board || memory.length === 0) return;
  const unknownKits = memory.filter((k) => k.specs.totalGb === null);
  const atLeast = memory.reduce((sum, k) => sum + (k.specs.totalGb ?? 0) * k.quantity, 0);
  const max = board.specs.maxMemoryGb;
  if (max !== null && atLeast > max) {
    out.add(
      'MEMORY_CAPACITY_EXCEEDED',
      `The memory totals ${unknownKits.length > 0 ? 'at least ' : ''}${atLeast} GB; the ${board.name} takes at most ${max} GB.`,
      [...memory.map((k) => k.id), board.id],
    );
    return;
  }
  const unknown = [
    ...(max === null ? [{ part: board, spec: 'motherboard.maxMemoryGb' }] : []),
    ...unknownKits.map((k) => ({ part: k, spec: 'memory.totalGb' })),
  ];
  if (unknown.length > 0) out.unverified('MEMORY_CAPACITY_EXCEEDED', unknown);
}

export function checkMemoryChannels(build: Build, out: Findings): void {
  const { memory } = build;
  if (memory.length === 0) return;
  const unknownKits = memory.filter((k) => sticksOf(k) === null);
  if (unknownKits.length > 0) {
    out.unverified(
      'MEMORY_SINGLE_CHANNEL',
      unknownKits.map((k) => ({ part: k, spec: 'memory.modules' })),
    );
    return;
  }
  const sticks = memory.reduce((sum, k) => sum + (sticksOf(k) ?? 0), 0);
  if (sticks % 2 === 0) return;
  const ids = memory.map((k) => k.id);
  if (sticks === 1) {
    out.add(
      'MEMORY_SINGLE_CHANNEL',
      `The ${memory[0]?.name} is a single stick, so memory runs in single channel; a second matching stick roughly doubles memory bandwidth.`,
      ids,
    );
  } else {
    out.add(
      'MEMORY_SINGLE_CHANNEL',
      `${plural(sticks, 'memory stick')} cannot all run in dual channel; use an even number of matching sticks.`,
      ids,
    );
  }
}
