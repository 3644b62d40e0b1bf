import { describe, expect, it } from 'vitest';
import { checkBuild, suggestCompatible } from './check';
import { BOARD, CASE, COOLER, CPU, DRIVE, GPU, MEMORY, PSU } from './fixtures.test-data';
import { cleanBuild, edited, findings, swap, times, unverified, without } from './helpers.test-data';
import type { BuildItem } from './types';

const pair = (cpu: BuildItem, board: BuildItem) => [cpu, board];

describe('DUPLICATE_COMPONENT', () => {
  it('fires for a second CPU or a PSU with quantity 2, naming all of them', () => {
    const twoCpus = findings([...cleanBuild(), CPU.ryzen9700x], 'DUPLICATE_COMPONENT');
    expect(twoCpus).toHaveLength(1);
    expect(twoCpus[0]?.severity).toBe('error');
    expect(twoCpus[0]?.partIds).toEqual(['cpu-00003', 'cpu-00008']);
    expect(twoCpus[0]?.message).toBe(
      'A build takes one CPU; this one has 2 (AMD Ryzen 5 7600X and AMD Ryzen 7 9700X). Only the first is checked against the other parts.',
    );
    const twoPsus = findings(swap(cleanBuild(), times(PSU.a650bn, 2)), 'DUPLICATE_COMPONENT');
    expect(twoPsus[0]?.message).toContain('one power supply; this one has 2 (2 × MSI MAG A650BN)');
  });

  it('does not fire for several memory kits, drives and graphics cards', () => {
    const items = [...cleanBuild(), GPU.rtx3060, times(GPU.rtx4090fe, 2)];
    expect(findings(items, 'DUPLICATE_COMPONENT')).toEqual([]);
  });
});

describe('MISSING_COMPONENT', () => {
  it('lists each missing main part as info; an empty build is "ok" but not complete', () => {
    const report = checkBuild([]);
    expect(report.findings.map((f) => f.message)).toEqual([
      'No CPU yet.',
      'No motherboard yet.',
      'No memory yet.',
      'No storage drive yet.',
      'No power supply yet.',
      'No case yet.',
    ]);
    expect(report.findings.every((f) => f.severity === 'info' && f.code === 'MISSING_COMPONENT')).toBe(true);
    expect(report).toMatchObject({ status: 'ok', complete: false });
  });

  it("counts a case's included PSU as the power supply", () => {
    // The Corsair 4000D Airflow row lists an included 750 W PSU.
    expect(findings(without(cleanBuild(), 'psu'), 'MISSING_COMPONENT')).toEqual([]);
    const noPsu = findings(swap(without(cleanBuild(), 'psu'), CASE.montechXr), 'MISSING_COMPONENT');
    expect(noPsu.map((f) => f.message)).toEqual([
      'No power supply yet, and the Montech XR does not include one.',
    ]);
  });
});

describe('CPU_SOCKET_MISMATCH', () => {
  it('fires when the sockets differ, naming both sides', () => {
    const [finding] = findings(pair(CPU.ryzen5600x, BOARD.msiZ690a), 'CPU_SOCKET_MISMATCH');
    expect(finding).toEqual({
      code: 'CPU_SOCKET_MISMATCH',
      severity: 'error',
      message: 'The AMD Ryzen 5 5600X needs an AM4 board; the MSI PRO Z690-A is LGA1700.',
      partIds: ['cpu-00009', 'motherboard-01040'],
    });
  });

  it('does not fire on matching sockets, however they are written', () => {
    expect(findings(pair(CPU.ryzen5600x, BOARD.b450Tomahawk), 'CPU_SOCKET_MISMATCH')).toEqual([]);
    const spaced = edited(BOARD.msiZ690a, { socket: 'LGA 1700' });
    const prefixed = edited(CPU.i5_12400f, { socket: 'FCLGA1700' });
    expect(findings(pair(prefixed, spaced), 'CPU_SOCKET_MISMATCH')).toEqual([]);
    const lower = edited(CPU.ryzen5600x, { socket: 'Socket am4' });
    expect(findings(pair(lower, BOARD.b450Tomahawk), 'CPU_SOCKET_MISMATCH')).toEqual([]);
    // Boards listing several sockets, as some AM3 boards do.
    const am3Board = edited(BOARD.b450Tomahawk, { socket: 'AM3/AM2+/AM2', chipset: null });
    expect(
      findings(pair(edited(CPU.ryzen5600x, { socket: 'AM3' }), am3Board), 'CPU_SOCKET_MISMATCH'),
    ).toEqual([]);
  });

  it('reports UNVERIFIED naming the rule and the unknown socket', () => {
    const items = pair(edited(CPU.ryzen5600x, { socket: null }), BOARD.b450Tomahawk);
    expect(findings(items, 'CPU_SOCKET_MISMATCH')).toEqual([]);
    const [info] = unverified(items, 'CPU_SOCKET_MISMATCH');
    expect(info).toMatchObject({ severity: 'info', missing: ['cpu.socket'], partIds: ['cpu-00009:edited'] });
    expect(info?.message).toBe(
      'Could not check that the CPU fits the motherboard socket: unknown socket of the AMD Ryzen 5 5600X.',
    );
  });
});

describe('CPU_CHIPSET_UNSUPPORTED', () => {
  it('fires for LGA1151 generations on the wrong chipset series and Rocket Lake on B460', () => {
    const coffeeOn100 = findings(pair(CPU.i5_9600k, BOARD.z170a), 'CPU_CHIPSET_UNSUPPORTED');
    expect(coffeeOn100[0]?.message).toBe(
      'The Intel Core i5-9600K does not run on the Asus Z170-A (Z170), which is a 100-series board: 8th/9th-gen Core CPUs need a 300-series chipset on the same LGA1151 socket.',
    );
    expect(findings(pair(CPU.i7_6700k, BOARD.z390aPro), 'CPU_CHIPSET_UNSUPPORTED')).toHaveLength(1);
    const rocketOnB460 = findings(pair(CPU.i5_11400, BOARD.b460m), 'CPU_CHIPSET_UNSUPPORTED');
    expect(rocketOnB460[0]?.severity).toBe('error');
    expect(rocketOnB460[0]?.message).toContain('only Z490, H470, Q470 and W480 do');
  });

  it('does not fire for supported pairs', () => {
    expect(findings(pair(CPU.i5_9600k, BOARD.z390aPro), 'CPU_CHIPSET_UNSUPPORTED')).toEqual([]);
    expect(findings(pair(CPU.i7_6700k, BOARD.z170a), 'CPU_CHIPSET_UNSUPPORTED')).toEqual([]);
    expect(findings(pair(CPU.i5_11400, BOARD.z490aPro), 'CPU_CHIPSET_UNSUPPORTED')).toEqual([]);
  });

  it('reports UNVERIFIED when the chipset or the CPU generation is unknown', () => {
    const items = pair(
      edited(CPU.i5_9600k, { microarchitecture: null }),
      edited(BOARD.z170a, { chipset: null }),
    );
    const [info] = unverified(items, 'CPU_CHIPSET_UNSUPPORTED');
    expect(info?.missing).toEqual(['cpu.microarchitecture', 'motherboard.chipset']);
    expect(info?.message).toContain('Could not check that the chipset supports the CPU generation');
    // AM5 has no such pairs: nothing to verify there.
    expect(
      unverified(pair(CPU.ryzen7600x, edited(BOARD.b650Prime, { chipset: null })), 'CPU_CHIPSET_UNSUPPORTED'),
    ).toEqual([]);
  });
});

describe('CPU_CHIPSET_UNOFFICIAL', () => {
  it('warns for Ryzen 2000 on B550, not on B450', () => {
    const [warning] = findings(pair(CPU.ryzen2600, BOARD.b550Tomahawk), 'CPU_CHIPSET_UNOFFICIAL');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain(
      'The AMD Ryzen 5 2600 may not run on the MSI MAG B550 TOMAHAWK MAX WIFI',
    );
    expect(findings(pair(CPU.ryzen2600, BOARD.b450Tomahawk), 'CPU_CHIPSET_UNOFFICIAL')).toEqual([]);
  });

  it('reports UNVERIFIED when the chipset is unknown', () => {
    const items = pair(CPU.ryzen2600, edited(BOARD.b550Tomahawk, { chipset: null }));
    expect(unverified(items, 'CPU_CHIPSET_UNOFFICIAL')[0]?.missing).toEqual(['motherboard.chipset']);
  });
});

describe('BIOS_UPDATE_MAY_BE_NEEDED', () => {
  const warns = (cpu: BuildItem, board: BuildItem) => findings(pair(cpu, board), 'BIOS_UPDATE_MAY_BE_NEEDED');

  it('warns for the known pairs without naming a BIOS version', () => {
    const [b450] = warns(CPU.ryzen5600x, BOARD.b450Tomahawk);
    expect(b450?.severity).toBe('warning');
    expect(b450?.message).toBe(
      'The MSI B450 TOMAHAWK MAX may need a BIOS update before it runs the AMD Ryzen 5 5600X: 400-series boards made before Ryzen 3000/5000 need an update for them. Check that its BIOS lists this CPU, or update it first (with an older supported CPU or a BIOS flashback button).',
    );
    expect(warns(CPU.i5_9600k, BOARD.z370aPro)).toHaveLength(1);
    expect(warns(CPU.i7_7700k, BOARD.z170a)).toHaveLength(1);
    expect(warns(CPU.i5_11400, BOARD.z490aPro)).toHaveLength(1);
    expect(warns(CPU.i5_13600k, BOARD.msiZ690a)).toHaveLength(1);
    expect(warns(CPU.i5_14600k, BOARD.b760mP)).toHaveLength(1);
    expect(warns(CPU.ryzen9700x, BOARD.b650Prime)).toHaveLength(1);
    expect(warns(CPU.ryzen5600x, BOARD.b550Tomahawk)).toHaveLength(1);
  });

  it('does not warn for pairs that shipped together', () => {
    expect(warns(CPU.ryzen2600, BOARD.b450Tomahawk)).toEqual([]);
    expect(warns(CPU.i5_9600k, BOARD.z390aPro)).toEqual([]);
    expect(warns(CPU.i5_12400f, BOARD.msiZ690a)).toEqual([]);
    expect(warns(CPU.i5_13600k, BOARD.b760mP)).toEqual([]);
    expect(warns(CPU.ryzen7600x, BOARD.b650Prime)).toEqual([]);
    // A CPU that does not fit the socket is the socket rule's business.
    expect(warns(CPU.ryzen5600x, BOARD.msiZ690a)).toEqual([]);
  });

  it('reports UNVERIFIED when the chipset is unknown', () => {
    const items = pair(CPU.ryzen5600x, edited(BOARD.b450Tomahawk, { chipset: null }));
    const [info] = unverified(items, 'BIOS_UPDATE_MAY_BE_NEEDED');
    expect(info?.missing).toEqual(['motherboard.chipset']);
    // Both AM4 chipset rules lack the same spec: asked once, for both.
    expect(info?.rules).toEqual(['CPU_CHIPSET_UNOFFICIAL', 'BIOS_UPDATE_MAY_BE_NEEDED']);
    expect(info?.message).toBe(
      'Could not check that the chipset officially supports the CPU generation and whether the motherboard may need a BIOS update for the CPU: unknown chipset of the MSI B450 TOMAHAWK MAX.',
    );
    expect(info?.unknown).toEqual([{ partId: 'motherboard-00147:edited', spec: 'motherboard.chipset' }]);
  });
});

describe('NO_GRAPHICS', () => {
  it('says a card is still missing for a CPU without integrated graphics: information, not an error', () => {
    const [finding] = findings([CPU.ryzen5600x, BOARD.b450Tomahawk], 'NO_GRAPHICS');
    expect(finding).toMatchObject({ severity: 'info', partIds: ['cpu-00009'] });
    expect(finding?.message).toBe(
      'No graphics card yet: the AMD Ryzen 5 5600X has no integrated graphics, so the build needs one for a display.',
    );
  });

  it('leaves the first CPU of an empty build compatible', () => {
    const report = checkBuild([CPU.ryzen5600x]);
    expect(report.status).toBe('ok');
    // A whole PC but the card is not complete either: the card is still open.
    const noCard = checkBuild([
      CPU.ryzen5600x,
      BOARD.b450Tomahawk,
      MEMORY.lpx16,
      DRIVE.samsung990Pro,
      PSU.a650bn,
      CASE.corsair4000d,
      COOLER.hyper212,
    ]);
    expect(noCard.findings.filter((f) => f.severity === 'info').map((f) => f.code)).toEqual(['NO_GRAPHICS']);
    expect(noCard.complete).toBe(false);
    expect(report.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(suggestCompatible(CPU.ryzen5600x, []).fit).toBe('compatible');
  });

  it('does not fire with a graphics card or integrated graphics', () => {
    expect(findings([CPU.ryzen5600x, GPU.rtx3060], 'NO_GRAPHICS')).toEqual([]);
    expect(findings([CPU.ryzen7600x], 'NO_GRAPHICS')).toEqual([]);
  });

  it('reports UNVERIFIED when integrated graphics is unknown', () => {
    const items = [edited(CPU.i5_12400f, { integratedGraphics: null })];
    expect(findings(items, 'NO_GRAPHICS')).toEqual([]);
    expect(unverified(items, 'NO_GRAPHICS')[0]?.missing).toEqual(['cpu.integratedGraphics']);
  });
});
