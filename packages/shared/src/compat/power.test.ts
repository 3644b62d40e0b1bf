import { describe, expect, it } from 'vitest';
import { CASE, CPU, DRIVE, GPU, MEMORY, PSU } from './fixtures.test-data';
import { cleanBuild, edited, findings, times, unverified, without } from './helpers.test-data';
import { estimatePowerDraw, POWER } from './power';

// Intel Core i9-13900K (125 W) + RTX 4090 (450 W) + a DDR5 kit of 2 and one NVMe drive:
// CPU 125 × 1.35 = 168.75, rest 50 + 2 × 5 + 8 = 68, peak ⌈686.75⌉ = 687 W, recommended ⌈687 × 1.2⌉ = 825 W.
const bigBuild = [CPU.i9_13900k, GPU.rtx4090fe, MEMORY.vengeanceRgb32, DRIVE.samsung990Pro];

describe('estimatePowerDraw', () => {
  it('adds CPU TDP × 1.35, graphics board power and the allowance for the rest', () => {
    expect(estimatePowerDraw(cleanBuild())).toEqual({
      peakW: 380, // 105 × 1.35 = 141.75, + 170, + 50 + 2 × 5 + 8
      cpuW: 142,
      gpuW: 170,
      restW: 68,
      recommendedW: 456,
      unknown: [],
    });
    expect(estimatePowerDraw(bigBuild)).toMatchObject({ peakW: 687, recommendedW: 825 });
    expect(POWER.headroomFactor).toBe(1.2);
  });

  it('counts sticks, drives by kind and cards by quantity', () => {
    const drives = [DRIVE.barracuda, DRIVE.samsung870Evo, DRIVE.samsung990Pro, times(MEMORY.lpx16, 2)];
    expect(estimatePowerDraw(drives).restW).toBe(50 + 4 * 5 + 10 + 5 + 8);
    expect(estimatePowerDraw([times(GPU.rtx3060, 2)]).gpuW).toBe(340);
    expect(estimatePowerDraw([edited(DRIVE.samsung870Evo, { kind: null, bus: null })]).restW).toBe(60);
  });

  it('lists the parts whose power is unknown', () => {
    const estimate = estimatePowerDraw([edited(CPU.ryzen5600x, { tdpW: null }), GPU.gt730]);
    expect(estimate.unknown).toEqual([
      { partId: 'cpu-00009:edited', spec: 'cpu.tdpW' },
      { partId: 'video-card-00462', spec: 'gpu.tdpW' },
    ]);
    expect(estimate.peakW).toBe(50);
  });
});

describe('PSU_UNDERPOWERED', () => {
  it('fires when the PSU is below the estimate, with the numbers', () => {
    const [finding] = findings([...bigBuild, PSU.cv450], 'PSU_UNDERPOWERED');
    expect(finding).toEqual({
      code: 'PSU_UNDERPOWERED',
      severity: 'error',
      message:
        'Estimated peak draw 687 W (CPU 169 W, graphics 450 W, rest of the build 68 W); the 450 W Corsair CV450 is not enough.',
      partIds: ['power-supply-00282', 'cpu-00072', 'video-card-00076'],
    });
    // No headroom warning on top of the error.
    expect(findings([...bigBuild, PSU.cv450], 'PSU_LOW_HEADROOM')).toEqual([]);
  });

  it('does not fire when the PSU covers the estimate', () => {
    expect(findings([...bigBuild, PSU.a750gl], 'PSU_UNDERPOWERED')).toEqual([]);
    expect(findings(cleanBuild(), 'PSU_UNDERPOWERED')).toEqual([]);
  });

  it('fires on a lower bound when unknown parts cannot help', () => {
    const items = [CPU.i9_13900k, GPU.rtx5090astral, GPU.gt730, PSU.cv450];
    expect(findings(items, 'PSU_UNDERPOWERED')[0]?.message).toMatch(/^Estimated peak draw at least 794 W/);
  });

  it('reports UNVERIFIED naming the part of unknown power', () => {
    const items = [CPU.ryzen5600x, GPU.gt730, PSU.cv450];
    expect(findings(items, 'PSU_UNDERPOWERED')).toEqual([]);
    const [info] = unverified(items, 'PSU_UNDERPOWERED');
    expect(info?.missing).toEqual(['gpu.tdpW']);
    expect(info?.message).toBe(
      'Could not check that the power supply is strong enough and that the power supply has headroom: unknown board power of the Zotac ZT-71115-20L (GeForce GT 730).',
    );
    const noWatts = edited(PSU.cv450, { wattageW: null });
    expect(unverified([CPU.ryzen5600x, noWatts], 'PSU_UNDERPOWERED')[0]?.missing).toEqual(['psu.wattageW']);
    const noTdp = edited(CPU.ryzen5600x, { tdpW: null });
    expect(unverified([noTdp, PSU.cv450], 'PSU_UNDERPOWERED')[0]?.missing).toEqual(['cpu.tdpW']);
  });
});

describe('PSU_LOW_HEADROOM', () => {
  it('warns under the estimate × 1.2 and says what is safer', () => {
    const [finding] = findings([...bigBuild, PSU.a750gl], 'PSU_LOW_HEADROOM');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe(
      'Estimated peak draw 687 W (CPU 169 W, graphics 450 W, rest of the build 68 W); the 750 W MSI MAG A750GL PCIE5 leaves less than the recommended 20% headroom for power spikes. 825 W or more is safer.',
    );
  });

  it('does not warn with enough headroom', () => {
    expect(findings([...bigBuild, PSU.rm1000e], 'PSU_LOW_HEADROOM')).toEqual([]);
    expect(findings(cleanBuild(), 'PSU_LOW_HEADROOM')).toEqual([]);
  });

  it("uses the case's included PSU when there is no PSU part", () => {
    const [finding] = findings([...bigBuild, CASE.corsair4000d], 'PSU_LOW_HEADROOM');
    expect(finding?.message).toContain("the 750 W Corsair 4000D Airflow's included power supply leaves less");
    expect(finding?.partIds[0]).toBe('case-00424');
  });

  it('reports UNVERIFIED when unknowns could change the answer, and warns when they cannot', () => {
    expect(unverified([CPU.ryzen5600x, GPU.gt730, PSU.cv450], 'PSU_LOW_HEADROOM')[0]?.missing).toEqual([
      'gpu.tdpW',
    ]);
    const atLeast = [CPU.i9_13900k, GPU.rtx4090fe, GPU.gt730, PSU.a750gl];
    expect(findings(atLeast, 'PSU_LOW_HEADROOM')[0]?.message).toMatch(/^Estimated peak draw at least 669 W/);
    expect(unverified(atLeast, 'PSU_LOW_HEADROOM')).toEqual([]);
    expect(unverified(atLeast, 'PSU_UNDERPOWERED')).toHaveLength(1);
  });
});

describe('PSU_FORM_FACTOR', () => {
  it('fires for an ATX PSU in an SFX-L case', () => {
    const [finding] = findings([PSU.rm1000e, CASE.terra], 'PSU_FORM_FACTOR');
    expect(finding).toMatchObject({ severity: 'error', partIds: ['power-supply-00004', 'case-00030'] });
    expect(finding?.message).toBe(
      'The Corsair RM1000e (2023) is ATX; the Fractal Design Terra takes SFX-L power supplies.',
    );
  });

  it('does not fire for the same size, or SFX in a larger bay', () => {
    expect(findings([PSU.sf750, CASE.terra], 'PSU_FORM_FACTOR')).toEqual([]);
    expect(findings([PSU.sf750, CASE.corsair4000d], 'PSU_FORM_FACTOR')).toEqual([]);
    expect(findings([PSU.a650bn, CASE.q300l], 'PSU_FORM_FACTOR')).toEqual([]);
    // A case's own included PSU fits it.
    expect(unverified(without(cleanBuild(), 'psu'), 'PSU_FORM_FACTOR')).toEqual([]);
  });

  it('reports UNVERIFIED when the case PSU size is unknown', () => {
    const [info] = unverified([PSU.sf750, CASE.nr200], 'PSU_FORM_FACTOR');
    expect(info?.missing).toEqual(['case.psuFormFactor']);
    expect(info?.message).toContain('Could not check that the power supply fits the case');
  });
});
