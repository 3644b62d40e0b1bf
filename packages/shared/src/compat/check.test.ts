import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBuild, sortByFit, suggestCompatible } from './check';
import { BOARD, CASE, COOLER, CPU, DRIVE, GPU, MEMORY, PSU } from './fixtures.test-data';
import { cleanBuild, codesOf, edited, swap } from './helpers.test-data';
import { RULES } from './rules';
import type { BuildItem } from './types';

describe('checkBuild status', () => {
  it('is ok and complete for a build where every rule ran and found nothing', () => {
    expect(checkBuild(cleanBuild())).toEqual({ status: 'ok', complete: true, findings: [] });
  });

  it('is errors when any error is found, whatever else is', () => {
    const items = swap(swap(cleanBuild(), BOARD.b450Tomahawk), CPU.ryzen9700x);
    const report = checkBuild(items);
    expect(report.status).toBe('errors');
    expect(codesOf(report)).toContain('CPU_SOCKET_MISMATCH');
  });

  it('is warnings when the worst finding is a warning', () => {
    const report = checkBuild(swap(cleanBuild(), CPU.ryzen9700x));
    expect(report).toMatchObject({ status: 'warnings', complete: true });
    expect(codesOf(report)).toEqual(['BIOS_UPDATE_MAY_BE_NEEDED']);
  });

  it('stays ok with info findings, but is not complete: ok then means "nothing wrong found"', () => {
    // Catalog values only: case clearances, cooler data and board slot counts are unknown.
    const catalogOnly = [
      ...swap(swap(cleanBuild(), CASE.montechXr), COOLER.kraken360).filter(
        (i) => i.category !== 'motherboard',
      ),
      edited(BOARD.b650Prime, { m2Slots: null, sataPorts: null }),
    ];
    const report = checkBuild(catalogOnly);
    expect(report.status).toBe('ok');
    expect(report.complete).toBe(false);
    expect(report.findings.map((f) => [f.code, f.rule])).toEqual([
      ['UNVERIFIED', 'GPU_TOO_LONG'],
      ['UNVERIFIED', 'COOLER_SOCKET'],
      ['UNVERIFIED', 'COOLER_UNDERRATED'],
      ['UNVERIFIED', 'STORAGE_M2_SLOTS'],
    ]);
    for (const finding of report.findings) {
      expect(finding.severity).toBe('info');
      expect(finding.message).toMatch(/^Could not check that .+: unknown .+ of the /);
      expect(finding.missing?.length).toBeGreaterThan(0);
      expect(finding.unknown?.map((u) => u.spec)).toEqual(finding.missing);
    }
  });

  it('sorts errors, then warnings, then infos, each in RULES order', () => {
    const items = [
      CPU.ryzen5600x,
      BOARD.b450mApro,
      MEMORY.lpx128,
      MEMORY.furyBeast16,
      CASE.nr200,
      COOLER.nhD15,
      GPU.rtx3060,
      PSU.cv450,
    ];
    const report = checkBuild(items);
    const severities = report.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => order(a) - order(b)));
    expect(codesOf(report).slice(0, 4)).toEqual([
      'MEMORY_SLOTS_EXCEEDED',
      'MEMORY_CAPACITY_EXCEEDED',
      'CASE_FORM_FACTOR',
      'COOLER_TOO_TALL',
    ]);
    expect(codesOf(report)).toContain('BIOS_UPDATE_MAY_BE_NEEDED');
    expect(codesOf(report)).toContain('MEMORY_SINGLE_CHANNEL');
  });

  it('is deterministic and leaves its input alone', () => {
    const items = Object.freeze(cleanBuild().map((item) => Object.freeze({ ...item })));
    const first = checkBuild([...items, CPU.i5_12400f]);
    expect(checkBuild([...items, CPU.i5_12400f])).toEqual(first);
  });
});

const order = (severity: string) => ['error', 'warning', 'info'].indexOf(severity);

describe('defensive reading', () => {
  it('treats values of the wrong type as unknown instead of failing', () => {
    // What a client could send past the types: a string TDP, a number socket, a bad quantity.
    const junk = {
      id: 'planned:1',
      name: 'Mystery CPU',
      category: 'cpu',
      specs: { socket: 1700, tdpW: '125', integratedGraphics: 'yes' },
      quantity: 1.5,
    } as unknown as BuildItem;
    const report = checkBuild([junk, BOARD.msiZ690aDdr4, PSU.cv450]);
    const rules = report.findings.filter((f) => f.code === 'UNVERIFIED').map((f) => f.rules);
    // The two power rules lack the same specs: one finding says so for both.
    expect(rules).toEqual([
      ['CPU_SOCKET_MISMATCH'],
      ['NO_GRAPHICS'],
      ['PSU_UNDERPOWERED', 'PSU_LOW_HEADROOM'],
    ]);
    expect(codesOf(report)).not.toContain('DUPLICATE_COMPONENT');
  });

  it('treats quantity 0 or a fraction as 1', () => {
    const report = checkBuild([{ ...MEMORY.furyBeast16, quantity: 0 }]);
    expect(codesOf(report)).toContain('MEMORY_SINGLE_CHANNEL');
  });
});

describe('suggestCompatible', () => {
  const build = [
    CPU.ryzen5600x,
    MEMORY.lpx16,
    DRIVE.samsung990Pro,
    GPU.rtx3060,
    PSU.a650bn,
    CASE.corsair4000d,
  ];

  it('says whether a board candidate fits, with the findings about it', () => {
    const fits = suggestCompatible(BOARD.b450mApro, build);
    expect(fits.fit).toBe('compatible');
    expect(fits.findings.map((f) => f.code)).toEqual(['BIOS_UPDATE_MAY_BE_NEEDED']);
    const wrong = suggestCompatible(BOARD.msiZ690a, build);
    expect(wrong.fit).toBe('incompatible');
    expect(wrong.findings[0]?.message).toBe(
      'The AMD Ryzen 5 5600X needs an AM4 board; the MSI PRO Z690-A is LGA1700.',
    );
    // The catalog does not know this board's M.2 slot count.
    expect(suggestCompatible(BOARD.b550Tomahawk, build).fit).toBe('unverified');
  });

  it('replaces the current part of a one-per-build category, and adds memory', () => {
    const withBoard = [...build, BOARD.b450Tomahawk];
    const replaced = suggestCompatible(BOARD.b450mApro, withBoard);
    expect(replaced.findings.map((f) => f.code)).not.toContain('DUPLICATE_COMPONENT');
    expect(suggestCompatible(MEMORY.vengeanceRgb32, withBoard).fit).toBe('incompatible');
    expect(suggestCompatible(MEMORY.lpx16, withBoard).fit).toBe('compatible');
  });

  it('sorts candidates compatible first, then unverified, then incompatible', () => {
    const sorted = sortByFit([BOARD.msiZ690a, BOARD.b550Tomahawk, BOARD.b450mApro], build);
    expect(sorted.map((b) => b.name)).toEqual([
      'MSI B450M-A PRO MAX II',
      'MSI MAG B550 TOMAHAWK MAX WIFI',
      'MSI PRO Z690-A',
    ]);
  });
});

describe('RULES', () => {
  it('has one entry per code, each documented in docs/compatibility.md with the same severity and sale rule', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const doc = readFileSync(new URL('../../../../docs/compatibility.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([A-Z0-9_]+)` \| (error|warning|info) \| (yes|no) \|/gm)].map(
      (m) => [m[1], m[2], m[3] === 'yes'],
    );
    expect(documented).toEqual(RULES.map((r) => [r.code, r.severity, r.blocksSale]));
  });
});
