import type { Build, Part } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { testPart } from '../../test/parts';
import {
  buildItemsOf,
  change,
  errorsOfAdding,
  type Finding,
  marksOf,
  toBuildItem,
  withMoney,
} from './build-items';

const stamp = '2026-01-10T12:00:00.000Z';

const part = (id: number, name: string, costCents: number, category: Part['category'] = 'gpu') =>
  testPart(id, name, { costCents, category });

/** A build as the server answers it: a CPU owned at $120, a board planned at $90, a $400 target. */
function build(): Build {
  return withMoney({
    id: 7,
    name: 'Ryzen starter',
    status: 'planning',
    notes: null,
    partCount: 0,
    plannedCount: 0,
    money: {
      ownedCostCents: 0,
      plannedCostCents: 0,
      totalCostCents: 0,
      targetPriceCents: 40_000,
      expectedProfitCents: null,
    },
    parts: [{ ...part(1, 'Ryzen 5 5600X', 12_000, 'cpu'), status: 'in_build' }],
    planned: [
      {
        id: 3,
        category: 'motherboard',
        name: 'B550 board',
        catalogPartId: null,
        specs: { socket: 'AM4' },
        expectedCostCents: 9_000,
        createdAt: stamp,
      },
    ],
    compatibility: { status: 'ok', complete: false, findings: [] },
    override: null,
    sale: null,
    createdAt: stamp,
    updatedAt: stamp,
  });
}

describe('build changes shown before the server answers', () => {
  it('rolls up counts and money as the server does', () => {
    const b = build();
    expect(b.partCount).toBe(1);
    expect(b.plannedCount).toBe(1);
    expect(b.money).toEqual({
      ownedCostCents: 12_000,
      plannedCostCents: 9_000,
      totalCostCents: 21_000,
      targetPriceCents: 40_000,
      expectedProfitCents: 19_000,
    });
  });

  it('adds a part from stock: it is in the build and its cost comes off the expected profit', () => {
    const after = change.addPart(build(), part(2, 'RTX 3070', 25_000));
    expect(after.parts.map((p) => [p.name, p.status])).toEqual([
      ['Ryzen 5 5600X', 'in_build'],
      ['RTX 3070', 'in_build'],
    ]);
    expect(after.money.ownedCostCents).toBe(37_000);
    expect(after.money.expectedProfitCents).toBe(-6_000);
  });

  it('removes parts and planned purchases, and plans new ones with a temporary id', () => {
    expect(change.removePart(build(), 1).money).toMatchObject({ ownedCostCents: 0, totalCostCents: 9_000 });
    expect(change.removePlanned(build(), 3).plannedCount).toBe(0);
    const planned = change.addPlanned(build(), {
      category: 'memory',
      name: '16 GB DDR4',
      catalogPartId: null,
      specs: {},
      expectedCostCents: 3_500,
    });
    expect(planned.money.plannedCostCents).toBe(12_500);
    expect(planned.planned.at(-1)?.id).toBeLessThan(0);
  });

  it('changes the target price: no target, no expected profit', () => {
    expect(withMoney(build(), null).money.expectedProfitCents).toBeNull();
    expect(withMoney(build(), 30_000).money.expectedProfitCents).toBe(9_000);
  });

  it('names each item as the compatibility engine does', () => {
    expect(buildItemsOf(build()).map((i) => [i.id, i.category])).toEqual([
      ['part:1', 'cpu'],
      ['planned:3', 'motherboard'],
    ]);
  });
});

describe('marksOf', () => {
  it('gives each item its worst finding first', () => {
    const findings: Finding[] = [
      {
        code: 'BIOS',
        severity: 'warning',
        message: 'May need a BIOS update',
        partIds: ['part:1', 'planned:3'],
      },
      { code: 'SOCKET', severity: 'error', message: 'AM5 CPU on an AM4 board', partIds: ['planned:3'] },
      { code: 'INFO', severity: 'info', message: 'No cooler in the box', partIds: ['part:1'] },
    ];
    const marks = marksOf(findings);
    expect(marks.get('planned:3')?.severity).toBe('error');
    expect(marks.get('planned:3')?.findings.map((f) => f.code)).toEqual(['SOCKET', 'BIOS']);
    expect(marks.get('part:1')?.severity).toBe('warning');
    expect(marks.get('part:1')?.findings.map((f) => f.code)).toEqual(['BIOS', 'INFO']);
    expect(marks.has('part:2')).toBe(false);
  });
});

describe('errorsOfAdding', () => {
  const cpu = toBuildItem('part:1', 'AMD Ryzen 5 5600X', 'cpu', { socket: 'AM4', integratedGraphics: false });

  it('is empty for the first CPU of an empty build: parts still missing are not problems', () => {
    expect(errorsOfAdding(cpu, [])).toEqual([]);
  });

  it('names what would stop the build from working', () => {
    const board = toBuildItem('part:2', 'MSI PRO Z690-A', 'motherboard', { socket: 'LGA1700' });
    expect(errorsOfAdding(board, [cpu])).toEqual([
      'The AMD Ryzen 5 5600X needs an AM4 board; the MSI PRO Z690-A is LGA1700.',
    ]);
    // A board that replaces a wrong one is judged on its own.
    const right = toBuildItem('part:3', 'MSI B550-A PRO', 'motherboard', { socket: 'AM4' });
    expect(errorsOfAdding(right, [cpu, board])).toEqual([]);
  });
});
