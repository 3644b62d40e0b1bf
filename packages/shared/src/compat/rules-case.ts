import { type Build, type Findings, joinAnd } from './context';
import { coolerFits } from './platform';
import type { BoardSize } from './read';

/**
 * Board sizes a case takes without listing them: Flex ATX uses a subset of the Micro ATX mounting
 * holes, Thin Mini ITX has the Mini ITX footprint, and Mini DTX (Mini ITX holes, 203 mm deep, two
 * slots) fits anywhere a Micro ATX board does.
 */
function takenBoards(listed: BoardSize[]): Set<BoardSize> {
  const boards = new Set(listed);
  if (boards.has('Micro ATX') || boards.has('ATX')) boards.add('Flex ATX').add('Mini DTX');
  if (boards.has('Mini ITX')) boards.add('Thin Mini ITX');
  return boards;
}

/** Sizes larger than ATX: many ATX cases take some of them, but the catalog cannot tell which. */
const OVERSIZED: BoardSize[] = ['EATX', 'XL ATX', 'SSI EEB', 'SSI CEB', 'HPTX'];

export function checkCaseFormFactor(build: Build, out: Findings): void {
  const { board, case: pc } = build;
  if (!board || !pc) return;
  const size = board.specs.formFactor;
  const listed = pc.specs.boardFormFactors;
  if (size === null || listed === null) {
    out.unverified('CASE_FORM_FACTOR', [
      ...(size === null ? [{ part: board, spec: 'motherboard.formFactor' }] : []),
      ...(listed === null ? [{ part: pc, spec: 'case.boardFormFactors' }] : []),
    ]);
    return;
  }
  if (takenBoards(listed).has(size)) return;
  const hint =
    OVERSIZED.includes(size) && listed.includes('ATX')
      ? ` If the case does take ${size} boards, add ${size} to its supported motherboard sizes.`
      : '';
  out.add(
    'CASE_FORM_FACTOR',
    `The ${board.name} is ${size}; the ${pc.name} takes ${joinAnd(listed)} boards.${hint}`,
    [board.id, pc.id],
  );
}

export function checkGpuLength(build: Build, out: Findings): void {
  const { case: pc, gpus } = build;
  if (!pc || gpus.length === 0) return;
  const max = pc.specs.maxGpuLengthMm;
  const unknown = gpus.filter((g) => g.specs.lengthMm === null);
  if (max !== null) {
    for (const gpu of gpus) {
      const length = gpu.specs.lengthMm;
      if (length !== null && length > max) {
        out.add(
          'GPU_TOO_LONG',
          `The ${gpu.name} is ${length} mm long; the ${pc.name} fits graphics cards up to ${max} mm.`,
          [gpu.id, pc.id],
        );
      }
    }
  }
  if (max === null || unknown.length > 0) {
    out.unverified('GPU_TOO_LONG', [
      ...unknown.map((g) => ({ part: g, spec: 'gpu.lengthMm' })),
      ...(max === null ? [{ part: pc, spec: 'case.maxGpuLengthMm' }] : []),
    ]);
  }
}

export function checkCoolerSocket(build: Build, out: Findings): void {
  const { cpu, cooler } = build;
  if (!cpu || !cooler) return;
  const socket = cpu.specs.socket;
  const sockets = cooler.specs.sockets;
  if (socket === null || sockets === null) {
    out.unverified('COOLER_SOCKET', [
      ...(sockets === null ? [{ part: cooler, spec: 'cooler.sockets' }] : []),
      ...(socket === null ? [{ part: cpu, spec: 'cpu.socket' }] : []),
    ]);
    return;
  }
  if (!coolerFits(socket, sockets)) {
    out.add(
      'COOLER_SOCKET',
      `The ${cooler.name} mounts on ${joinAnd(sockets)}; the ${cpu.name} is ${socket}.`,
      [cooler.id, cpu.id],
    );
  }
}

export function checkCoolerHeight(build: Build, out: Findings): void {
  const { cooler, case: pc } = build;
  // A liquid cooler's pump block is low; where its radiator fits is not checked.
  if (!cooler || !pc || cooler.specs.liquid === true) return;
  const height = cooler.specs.heightMm;
  const max = pc.specs.maxCoolerHeightMm;
  if (height === null || max === null) {
    out.unverified('COOLER_TOO_TALL', [
      ...(height === null ? [{ part: cooler, spec: 'cooler.heightMm' }] : []),
      ...(max === null ? [{ part: pc, spec: 'case.maxCoolerHeightMm' }] : []),
    ]);
    return;
  }
  if (height > max) {
    out.add(
      'COOLER_TOO_TALL',
      `The ${cooler.name} is ${height} mm tall; the ${pc.name} fits CPU coolers up to ${max} mm.`,
      [cooler.id, pc.id],
    );
  }
}

export function checkCoolerRating(build: Build, out: Findings): void {
  const { cpu, cooler } = build;
  if (!cpu || !cooler) return;
  const rated = cooler.specs.ratedTdpW;
  const tdp = cpu.specs.tdpW;
  if (rated === null || tdp === null) {
    out.unverified('COOLER_UNDERRATED', [
      ...(rated === null ? [{ part: cooler, spec: 'cooler.ratedTdpW' }] : []),
      ...(tdp === null ? [{ part: cpu, spec: 'cpu.tdpW' }] : []),
    ]);
    return;
  }
  if (rated < tdp) {
    out.add(
      'COOLER_UNDERRATED',
      `The ${cooler.name} is rated for ${rated} W; the ${cpu.name} is a ${tdp} W CPU and will run hot or slow down.`,
      [cooler.id, cpu.id],
    );
  }
}
