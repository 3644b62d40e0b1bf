import type { CsvDryRunResult } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { canImport, importableCount, NO_CHOICES } from './import-choices';

const report = (fields: Partial<CsvDryRunResult>): CsvDryRunResult => ({
  rowCount: 10,
  validCount: 8,
  skippedCount: 0,
  dateOrder: null,
  problems: [],
  problemCount: 2,
  duplicates: [],
  duplicateCount: 3,
  blankCosts: [],
  blankCostCount: 2,
  blankCostDuplicateCount: 1,
  ...fields,
});

describe('import choices', () => {
  it('counts what will be imported, without counting a blank-cost duplicate twice', () => {
    expect(importableCount(report({}), NO_CHOICES)).toBe(6);
    expect(importableCount(report({}), { ...NO_CHOICES, blankCostAsZero: true })).toBe(8);
    expect(importableCount(report({}), { ...NO_CHOICES, skipDuplicates: true })).toBe(4);
    expect(
      importableCount(report({}), { blankCostAsZero: true, skipDuplicates: true, skipProblemRows: true }),
    ).toBe(5);
  });

  it('stops at problems and unconfirmed blank costs unless those rows are skipped', () => {
    expect(canImport(report({}), NO_CHOICES)).toBe(false);
    expect(canImport(report({ problemCount: 0 }), NO_CHOICES)).toBe(false);
    expect(canImport(report({ problemCount: 0 }), { ...NO_CHOICES, blankCostAsZero: true })).toBe(true);
    expect(canImport(report({}), { ...NO_CHOICES, skipProblemRows: true })).toBe(true);
    expect(
      canImport(report({ validCount: 2, problemCount: 8 }), { ...NO_CHOICES, skipProblemRows: true }),
    ).toBe(false);
  });
});
