import { describe, expect, it } from 'vitest';
import { BOARD, CPU, MEMORY } from './fixtures.test-data';
import { edited, findings, times, unverified } from './helpers.test-data';

describe('MEMORY_TYPE_MISMATCH', () => {
  it('fires for a DDR5 kit on a DDR4 board, naming both', () => {
    const [finding] = findings([BOARD.b450Tomahawk, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH');
    expect(finding).toEqual({
      code: 'MEMORY_TYPE_MISMATCH',
      severity: 'error',
      message: 'The Corsair Vengeance RGB 32 GB is DDR5; the MSI B450 TOMAHAWK MAX takes DDR4.',
      partIds: ['memory-00001', 'motherboard-00147'],
    });
    expect(findings([BOARD.msiZ690aDdr4, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH')).toHaveLength(1);
  });

  it('fires for kits of two generations even without a board', () => {
    const [finding] = findings([MEMORY.lpx16, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH');
    expect(finding?.message).toBe(
      'The Corsair Vengeance LPX 16 GB is DDR4 and the Corsair Vengeance RGB 32 GB is DDR5; a board takes one memory generation.',
    );
  });

  it('does not fire when the generations match', () => {
    expect(findings([BOARD.b450Tomahawk, MEMORY.lpx16, MEMORY.furyBeast16], 'MEMORY_TYPE_MISMATCH')).toEqual(
      [],
    );
    expect(findings([BOARD.b650Prime, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH')).toEqual([]);
  });

  it('reports UNVERIFIED for an LGA1700 board of unknown memory type, until the user enters it', () => {
    const items = [BOARD.msiZ690a, MEMORY.lpx16];
    expect(findings(items, 'MEMORY_TYPE_MISMATCH')).toEqual([]);
    const [info] = unverified(items, 'MEMORY_TYPE_MISMATCH');
    expect(info?.missing).toEqual(['motherboard.memoryType']);
    expect(info?.message).toBe(
      'Could not check that the memory generation matches the motherboard and the CPU: unknown memory type of the MSI PRO Z690-A.',
    );
    const entered = edited(BOARD.msiZ690a, { memoryType: 'DDR5' });
    expect(findings([entered, MEMORY.lpx16], 'MEMORY_TYPE_MISMATCH')).toHaveLength(1);
    expect(unverified([entered, MEMORY.lpx16], 'MEMORY_TYPE_MISMATCH')).toEqual([]);
  });

  it('infers the type from a single-generation socket, and reports unknown kits', () => {
    const am4 = edited(BOARD.b450Tomahawk, { memoryType: null });
    expect(findings([am4, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH')).toHaveLength(1);
    const kit = edited(MEMORY.lpx16, { memoryType: null });
    expect(unverified([BOARD.b450Tomahawk, kit], 'MEMORY_TYPE_MISMATCH')[0]?.missing).toEqual([
      'memory.memoryType',
    ]);
  });
});

describe('MEMORY_TYPE_MISMATCH against the CPU', () => {
  it('fails an AM5 Ryzen with a DDR4 kit before any board is chosen', () => {
    const [finding] = findings([CPU.ryzen7700x, MEMORY.lpx16], 'MEMORY_TYPE_MISMATCH');
    expect(finding).toEqual({
      code: 'MEMORY_TYPE_MISMATCH',
      severity: 'error',
      message: 'The Corsair Vengeance LPX 16 GB is DDR4; the AMD Ryzen 7 7700X takes DDR5 memory only.',
      partIds: ['memory-00003', 'cpu-00005'],
    });
    expect(findings([CPU.ryzen7700x, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH')).toEqual([]);
  });

  it('knows the platforms that take two generations, and the generation inside a socket', () => {
    // 12th–14th gen Core take DDR4 or DDR5.
    expect(findings([CPU.i5_12400f, MEMORY.lpx16], 'MEMORY_TYPE_MISMATCH')).toEqual([]);
    expect(findings([CPU.i5_13600k, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH')).toEqual([]);
    // A 9th-gen Core is DDR4 only; a DDR5 kit names both generations it could take when there are two.
    expect(findings([CPU.i5_9600k, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH')[0]?.message).toBe(
      'The Corsair Vengeance RGB 32 GB is DDR5; the Intel Core i5-9600K takes DDR4 memory only.',
    );
    expect(findings([CPU.i7_6700k, MEMORY.vengeanceRgb32], 'MEMORY_TYPE_MISMATCH')[0]?.message).toBe(
      'The Corsair Vengeance RGB 32 GB is DDR5; the Intel Core i7-6700K takes DDR3 or DDR4 memory only.',
    );
  });

  it('says it once, about the board, when the board is known', () => {
    const found = findings(
      [CPU.ryzen5600x, BOARD.b450Tomahawk, MEMORY.vengeanceRgb32],
      'MEMORY_TYPE_MISMATCH',
    );
    expect(found.map((f) => f.message)).toEqual([
      'The Corsair Vengeance RGB 32 GB is DDR5; the MSI B450 TOMAHAWK MAX takes DDR4.',
    ]);
  });

  it('reports an unknown kit type when the CPU could have told, and nothing for an unknown socket', () => {
    const unknownKit = edited(MEMORY.lpx16, { memoryType: null });
    expect(unverified([CPU.ryzen7700x, unknownKit], 'MEMORY_TYPE_MISMATCH')[0]?.unknown).toEqual([
      { partId: 'memory-00003:edited', spec: 'memory.memoryType' },
    ]);
    const noSocket = edited(CPU.ryzen7700x, { socket: null });
    expect(findings([noSocket, MEMORY.lpx16], 'MEMORY_TYPE_MISMATCH')).toEqual([]);
    expect(unverified([noSocket, unknownKit], 'MEMORY_TYPE_MISMATCH')).toEqual([]);
  });
});

describe('MEMORY_SLOTS_EXCEEDED', () => {
  it('fires for a 4-stick kit on a 2-slot board', () => {
    const [finding] = findings([BOARD.b450mApro, MEMORY.lpx128], 'MEMORY_SLOTS_EXCEEDED');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      'The Corsair Vengeance LPX 128 GB is 4 sticks; the MSI B450M-A PRO MAX II has 2 memory slots.',
    );
  });

  it('counts sticks over kits and quantities', () => {
    const [finding] = findings([BOARD.b450Tomahawk, times(MEMORY.lpx16, 3)], 'MEMORY_SLOTS_EXCEEDED');
    expect(finding?.message).toBe(
      'The memory adds up to 6 sticks (3 × Corsair Vengeance LPX 16 GB, 6 sticks); the MSI B450 TOMAHAWK MAX has 4 memory slots.',
    );
    expect(findings([BOARD.b450Tomahawk, times(MEMORY.lpx16, 2)], 'MEMORY_SLOTS_EXCEEDED')).toEqual([]);
    expect(findings([BOARD.b450mApro, MEMORY.lpx16], 'MEMORY_SLOTS_EXCEEDED')).toEqual([]);
  });

  it('still fires when unknown kits cannot help, and reports UNVERIFIED when they could', () => {
    const unknownKit = edited(MEMORY.furyBeast16, { modules: null });
    const [overflow] = findings([BOARD.b450mApro, MEMORY.lpx16, unknownKit], 'MEMORY_SLOTS_EXCEEDED');
    expect(overflow?.message).toContain('at least 3 sticks');
    const items = [BOARD.b450Tomahawk, MEMORY.lpx16, unknownKit];
    expect(findings(items, 'MEMORY_SLOTS_EXCEEDED')).toEqual([]);
    expect(unverified(items, 'MEMORY_SLOTS_EXCEEDED')[0]?.missing).toEqual(['memory.modules']);
    const noSlots = edited(BOARD.b450Tomahawk, { memorySlots: null });
    expect(unverified([noSlots, MEMORY.lpx16], 'MEMORY_SLOTS_EXCEEDED')[0]?.missing).toEqual([
      'motherboard.memorySlots',
    ]);
  });
});

describe('MEMORY_CAPACITY_EXCEEDED', () => {
  it('fires when the kits add up to more than the board takes', () => {
    const [finding] = findings([BOARD.b450mApro, MEMORY.lpx128], 'MEMORY_CAPACITY_EXCEEDED');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      'The memory totals 128 GB; the MSI B450M-A PRO MAX II takes at most 64 GB.',
    );
    expect(findings([BOARD.b450Tomahawk, times(MEMORY.lpx128, 2)], 'MEMORY_CAPACITY_EXCEEDED')).toHaveLength(
      1,
    );
  });

  it('does not fire at or under the maximum', () => {
    expect(findings([BOARD.b450mApro, MEMORY.lpx64], 'MEMORY_CAPACITY_EXCEEDED')).toEqual([]);
    expect(findings([BOARD.b450Tomahawk, MEMORY.lpx128], 'MEMORY_CAPACITY_EXCEEDED')).toEqual([]);
  });

  it('reports UNVERIFIED for an unknown maximum or kit size', () => {
    const noMax = edited(BOARD.b450Tomahawk, { maxMemoryGb: null });
    expect(unverified([noMax, MEMORY.lpx16], 'MEMORY_CAPACITY_EXCEEDED')[0]?.missing).toEqual([
      'motherboard.maxMemoryGb',
    ]);
    const noSize = edited(MEMORY.lpx16, { totalGb: null, moduleGb: null });
    expect(unverified([BOARD.b450Tomahawk, noSize], 'MEMORY_CAPACITY_EXCEEDED')[0]?.missing).toEqual([
      'memory.totalGb',
    ]);
    // The total is modules × module size when only that is known.
    const derived = edited(MEMORY.lpx16, { totalGb: null });
    expect(unverified([BOARD.b450Tomahawk, derived], 'MEMORY_CAPACITY_EXCEEDED')).toEqual([]);
  });
});

describe('MEMORY_SINGLE_CHANNEL', () => {
  it('warns for a single stick and for an odd number of sticks', () => {
    const [one] = findings([MEMORY.furyBeast16], 'MEMORY_SINGLE_CHANNEL');
    expect(one?.severity).toBe('warning');
    expect(one?.message).toBe(
      'The Kingston FURY Beast 16 GB is a single stick, so memory runs in single channel; a second matching stick roughly doubles memory bandwidth.',
    );
    const [three] = findings([MEMORY.furyBeast16, MEMORY.lpx16], 'MEMORY_SINGLE_CHANNEL');
    expect(three?.message).toBe(
      '3 memory sticks cannot all run in dual channel; use an even number of matching sticks.',
    );
  });

  it('does not warn for an even number of sticks', () => {
    expect(findings([MEMORY.lpx16], 'MEMORY_SINGLE_CHANNEL')).toEqual([]);
    expect(findings([times(MEMORY.furyBeast16, 2)], 'MEMORY_SINGLE_CHANNEL')).toEqual([]);
  });

  it('reports UNVERIFIED when a kit has an unknown number of sticks', () => {
    const items = [edited(MEMORY.lpx16, { modules: null })];
    expect(findings(items, 'MEMORY_SINGLE_CHANNEL')).toEqual([]);
    expect(unverified(items, 'MEMORY_SINGLE_CHANNEL')[0]?.missing).toEqual(['memory.modules']);
  });
});
