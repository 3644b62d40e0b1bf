import { describe, expect, it } from 'vitest';
import { checkBuild } from './check';
import { BOARD, CASE, COOLER, CPU, DRIVE, GPU, MEMORY, PSU } from './fixtures.test-data';
import { cleanBuild, swap, times, without } from './helpers.test-data';
import { RULES } from './rules';
import { specQuestion } from './spec-labels';
import type { BuildItem, CompatFinding } from './types';

// People read every message as it is: no rule code (CPU_SOCKET_MISMATCH) and no spec key
// (motherboard.m2Slots) may reach them. These builds make every rule speak, and every rule that reads
// specs fail to run for each spec it reads; every message is then checked.

const BIG = [CPU.i9_13900k, GPU.rtx4090fe, MEMORY.vengeanceRgb32, DRIVE.samsung990Pro];

/** Builds that make each code fire, some more than one way. */
const PROBLEM_BUILDS: BuildItem[][] = [
  [],
  [...cleanBuild(), CPU.ryzen9700x],
  swap(without(cleanBuild(), 'psu'), CASE.montechXr),
  [CPU.ryzen5600x, BOARD.msiZ690a],
  [CPU.i5_9600k, BOARD.z170a],
  [CPU.ryzen2600, BOARD.b550Tomahawk],
  [CPU.ryzen5600x, BOARD.b450Tomahawk],
  [CPU.ryzen5600x],
  [BOARD.b450Tomahawk, MEMORY.vengeanceRgb32],
  [CPU.ryzen7700x, MEMORY.lpx16],
  [CPU.i7_6700k, MEMORY.vengeanceRgb32],
  [MEMORY.lpx16, MEMORY.vengeanceRgb32],
  [BOARD.b450mApro, MEMORY.lpx128],
  [BOARD.b450Tomahawk, times(MEMORY.lpx16, 3)],
  [MEMORY.furyBeast16],
  [MEMORY.furyBeast16, MEMORY.lpx16],
  [BOARD.b450Tomahawk, CASE.q300l],
  [BOARD.x870eTaichi, CASE.montechXr],
  [GPU.rtx5090astral, CASE.nr200],
  [CPU.ryzen5600x, COOLER.nhL9i],
  [COOLER.nhD15, CASE.nr200],
  [CPU.i5_9600k, COOLER.nhL9i],
  [...BIG, PSU.cv450],
  [...BIG, PSU.a750gl],
  [...BIG, CASE.corsair4000d],
  [CPU.i9_13900k, GPU.rtx5090astral, GPU.gt730, PSU.cv450],
  [PSU.rm1000e, CASE.terra],
  [BOARD.b450Tomahawk, DRIVE.samsung990Pro, DRIVE.teamMs30],
  [BOARD.b450mApro, times(DRIVE.barracuda, 3), times(DRIVE.samsung870Evo, 2)],
];

/** Builds where every rule runs, each spec of each part then made unknown in turn. */
const FULL_BUILDS: BuildItem[][] = [
  [...cleanBuild(), DRIVE.barracuda],
  // AM4 without a graphics card: the display rule and the AM4 chipset rules run.
  swap(swap(without(cleanBuild(), 'gpu'), CPU.ryzen5600x), BOARD.b450Tomahawk).map((item) =>
    item.category === 'memory' ? MEMORY.lpx16 : item,
  ),
  // LGA1151: the rule of chipsets that cannot run a CPU generation.
  [CPU.i5_9600k, BOARD.z390aPro],
];

function everySpecUnknown(items: BuildItem[]): BuildItem[][] {
  return items.flatMap((item, index) =>
    Object.keys(item.specs).map((key) =>
      items.map((other, i) =>
        i === index ? ({ ...other, specs: { ...other.specs, [key]: null } } as BuildItem) : other,
      ),
    ),
  );
}

const all: CompatFinding[] = [...PROBLEM_BUILDS, ...FULL_BUILDS.flatMap(everySpecUnknown)].flatMap(
  (items) => checkBuild(items).findings,
);

const CODE = /\b[A-Z0-9]+(?:_[A-Z0-9]+)+\b/;
const SPEC_KEY = /\b(?:cpu|gpu|motherboard|memory|storage|psu|case|cooler)\.[a-z]\w*/;
const CAMEL_CASE = /\b[a-z][a-z0-9]*[A-Z]\w*/;

describe('every message is in words a person reads', () => {
  it('covers every rule, and every rule that reads specs when one is unknown', () => {
    expect(new Set(all.map((f) => f.code))).toEqual(new Set(RULES.map((r) => r.code)));
    // A rule whose only input is whether a cooler is liquid never lacks it in a way that matters.
    const withSpecs = RULES.filter((r) => r.specs.length > 0).map((r) => r.code);
    const unverified = new Set(all.flatMap((f) => f.rules ?? []));
    expect(withSpecs.filter((code) => !unverified.has(code))).toEqual([]);
  });

  it('never holds a rule code, a spec key or a programmer’s name', () => {
    const leaks = [...new Set(all.map((f) => f.message))].filter(
      (message) => CODE.test(message) || SPEC_KEY.test(message) || CAMEL_CASE.test(message),
    );
    expect(leaks).toEqual([]);
    expect(all.length).toBeGreaterThan(100);
  });

  it('reads as sentences', () => {
    for (const message of new Set(all.map((f) => f.message))) {
      expect(message, message).toMatch(/^[A-Z0-9“"]/);
      expect(message, message).toMatch(/[.!]$/);
    }
  });

  it('asks for each unknown spec in words, with its unit', () => {
    const questions = new Set(
      all.flatMap((f) => f.unknown ?? []).map((u) => specQuestion(u.spec, 'NZXT H510')),
    );
    expect(questions).toContain('Maximum graphics card length of the NZXT H510, in mm');
    for (const question of questions) {
      expect(question).not.toMatch(SPEC_KEY);
      expect(question).not.toMatch(CAMEL_CASE);
    }
  });
});
