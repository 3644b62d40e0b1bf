import { describe, expect, it } from 'vitest';
import { BOARD, CASE, COOLER, CPU, GPU } from './fixtures.test-data';
import { edited, findings, unverified } from './helpers.test-data';

describe('CASE_FORM_FACTOR', () => {
  it('fires for an ATX board in a Micro ATX case, naming what the case takes', () => {
    const [finding] = findings([BOARD.b450Tomahawk, CASE.q300l], 'CASE_FORM_FACTOR');
    expect(finding).toEqual({
      code: 'CASE_FORM_FACTOR',
      severity: 'error',
      message:
        'The MSI B450 TOMAHAWK MAX is ATX; the Cooler Master MasterBox Q300L takes Micro ATX and Mini ITX boards.',
      partIds: ['motherboard-00147', 'case-00005'],
    });
  });

  it('fires for an EATX board in a case that lists only ATX and smaller, with a hint', () => {
    const [finding] = findings([BOARD.x870eTaichi, CASE.montechXr], 'CASE_FORM_FACTOR');
    expect(finding?.message).toBe(
      'The ASRock X870E Taichi is EATX; the Montech XR takes ATX, Micro ATX and Mini ITX boards. If the case does take EATX boards, add EATX to its supported motherboard sizes.',
    );
  });

  it('does not fire for boards the case takes, listed or implied', () => {
    expect(findings([BOARD.b450mApro, CASE.q300l], 'CASE_FORM_FACTOR')).toEqual([]);
    expect(findings([BOARD.b450Tomahawk, CASE.corsair4000d], 'CASE_FORM_FACTOR')).toEqual([]);
    const flex = edited(BOARD.b450mApro, { formFactor: 'Flex ATX' });
    expect(findings([flex, CASE.q300l], 'CASE_FORM_FACTOR')).toEqual([]);
    const thinItx = edited(BOARD.b450mApro, { formFactor: 'Thin Mini ITX' });
    expect(findings([thinItx, CASE.nr200], 'CASE_FORM_FACTOR')).toEqual([]);
  });

  it('infers the sizes from the case type when the list is unknown', () => {
    const typed = edited(CASE.q300l, { boardFormFactors: null });
    expect(findings([BOARD.b450Tomahawk, typed], 'CASE_FORM_FACTOR')).toHaveLength(1);
  });

  it('reports UNVERIFIED for an HTPC case, whose board sizes the catalog cannot tell', () => {
    const items = [BOARD.b450mApro, CASE.flp01];
    expect(findings(items, 'CASE_FORM_FACTOR')).toEqual([]);
    const [info] = unverified(items, 'CASE_FORM_FACTOR');
    expect(info?.missing).toEqual(['case.boardFormFactors']);
    expect(info?.message).toBe(
      'Could not check that the motherboard fits the case: unknown supported motherboard sizes of the Silverstone FLP01.',
    );
  });
});

describe('GPU_TOO_LONG', () => {
  it('fires for a card longer than the case clearance, adding the chip to the card name', () => {
    const [finding] = findings([GPU.rtx5090astral, CASE.nr200], 'GPU_TOO_LONG');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      'The Asus ROG Astral OC (GeForce RTX 5090) is 358 mm long; the Cooler Master MasterBox NR200 fits graphics cards up to 330 mm.',
    );
  });

  it('does not fire for a card that fits', () => {
    expect(findings([GPU.rtx4090fe, CASE.nr200], 'GPU_TOO_LONG')).toEqual([]);
    expect(findings([GPU.rtx5090astral, CASE.corsair4000d], 'GPU_TOO_LONG')).toEqual([]);
  });

  it('reports UNVERIFIED for the unknown side, and still checks the known cards', () => {
    expect(unverified([GPU.rtx3060, CASE.montechXr], 'GPU_TOO_LONG')[0]?.missing).toEqual([
      'case.maxGpuLengthMm',
    ]);
    const items = [GPU.rtx5090astral, GPU.gt730, CASE.nr200];
    expect(findings(items, 'GPU_TOO_LONG')).toHaveLength(1);
    const [info] = unverified(items, 'GPU_TOO_LONG');
    expect(info?.missing).toEqual(['gpu.lengthMm']);
    expect(info?.partIds).toEqual(['video-card-00462']);
  });
});

describe('COOLER_SOCKET', () => {
  it('fires for an Intel-only cooler on an AMD CPU', () => {
    const [finding] = findings([CPU.ryzen5600x, COOLER.nhL9i], 'COOLER_SOCKET');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      'The Noctua NH-L9i mounts on LGA1200, LGA1151, LGA1150, LGA1155 and LGA1156; the AMD Ryzen 5 5600X is AM4.',
    );
    // LGA1700 has a different mount from LGA115x/1200.
    expect(findings([CPU.i5_12400f, COOLER.nhL9i], 'COOLER_SOCKET')).toHaveLength(1);
  });

  it('does not fire for listed sockets, "LGA115x" and shared mounts', () => {
    expect(findings([CPU.ryzen5600x, COOLER.hyper212], 'COOLER_SOCKET')).toEqual([]);
    expect(findings([CPU.i5_9600k, COOLER.nhD15], 'COOLER_SOCKET')).toEqual([]);
    expect(findings([CPU.i5_11400, COOLER.nhL9i], 'COOLER_SOCKET')).toEqual([]);
    const arrowLake = edited(CPU.i5_14600k, { socket: 'LGA1851', microarchitecture: 'Arrow Lake' });
    expect(findings([arrowLake, COOLER.hyper212], 'COOLER_SOCKET')).toEqual([]);
  });

  it('reports UNVERIFIED when the cooler sockets are unknown, as for every catalog cooler', () => {
    const [info] = unverified([CPU.ryzen7600x, COOLER.kraken360], 'COOLER_SOCKET');
    expect(info?.missing).toEqual(['cooler.sockets']);
    expect(info?.message).toContain('supported sockets of the NZXT Kraken 360');
  });
});

describe('COOLER_TOO_TALL', () => {
  it('fires for an air cooler taller than the case allows', () => {
    const [finding] = findings([COOLER.nhD15, CASE.nr200], 'COOLER_TOO_TALL');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      'The Noctua NH-D15 is 165 mm tall; the Cooler Master MasterBox NR200 fits CPU coolers up to 155 mm.',
    );
    expect(findings([COOLER.hyper212, CASE.q300l], 'COOLER_TOO_TALL')).toHaveLength(1);
  });

  it('does not fire for coolers that fit, nor for liquid coolers', () => {
    expect(findings([COOLER.hyper212, CASE.corsair4000d], 'COOLER_TOO_TALL')).toEqual([]);
    expect(findings([COOLER.nhL9i, CASE.terra], 'COOLER_TOO_TALL')).toEqual([]);
    expect(findings([COOLER.kraken360, CASE.terra], 'COOLER_TOO_TALL')).toEqual([]);
    expect(unverified([COOLER.kraken360, CASE.montechXr], 'COOLER_TOO_TALL')).toEqual([]);
    // A radiator makes it liquid even when "liquid" was left empty.
    const radiatorOnly = edited(COOLER.kraken360, { liquid: null });
    expect(unverified([radiatorOnly, CASE.montechXr], 'COOLER_TOO_TALL')).toEqual([]);
  });

  it('reports UNVERIFIED for an unknown clearance or height', () => {
    expect(unverified([COOLER.nhD15, CASE.montechXr], 'COOLER_TOO_TALL')[0]?.missing).toEqual([
      'case.maxCoolerHeightMm',
    ]);
    const noHeight = edited(COOLER.nhD15, { heightMm: null });
    expect(unverified([noHeight, CASE.nr200], 'COOLER_TOO_TALL')[0]?.missing).toEqual(['cooler.heightMm']);
  });
});

describe('COOLER_UNDERRATED', () => {
  it('warns when the cooler is rated below the CPU TDP', () => {
    const [finding] = findings([CPU.i5_9600k, COOLER.nhL9i], 'COOLER_UNDERRATED');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe(
      'The Noctua NH-L9i is rated for 65 W; the Intel Core i5-9600K is a 95 W CPU and will run hot or slow down.',
    );
  });

  it('does not warn at or above the TDP', () => {
    expect(findings([CPU.i5_11400, COOLER.nhL9i], 'COOLER_UNDERRATED')).toEqual([]);
    expect(findings([CPU.i5_13600k, COOLER.hyper212], 'COOLER_UNDERRATED')).toEqual([]);
  });

  it('reports UNVERIFIED when the rating or the TDP is unknown', () => {
    expect(unverified([CPU.ryzen7600x, COOLER.kraken360], 'COOLER_UNDERRATED')[0]?.missing).toEqual([
      'cooler.ratedTdpW',
    ]);
    const noTdp = edited(CPU.i5_9600k, { tdpW: null });
    expect(unverified([noTdp, COOLER.nhL9i], 'COOLER_UNDERRATED')[0]?.missing).toEqual(['cpu.tdpW']);
  });
});
