import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS } from '../parts/enum-values';
import { DEPRECIATION } from './depreciation';
import { type SoldPart, type Subject, valuePart, wholePcFactor } from './estimate';
import { cpuModel, familyKey, gpuChip } from './family';

const today = '2026-06-30';
const subject = (over: Partial<Subject> = {}): Subject => ({
  id: 1,
  category: 'gpu',
  name: 'MSI GeForce RTX 3070 Ventus',
  specs: { chipset: 'GeForce RTX 3070' },
  catalogPartId: 'video-card-1',
  condition: 'used',
  grade: null,
  expectedPriceCents: null,
  catalogPriceCents: 50000,
  costCents: 20000,
  ...over,
});
let saleId = 100;
const sold = (over: Partial<SoldPart>): SoldPart => ({
  saleId: saleId++,
  partId: saleId + 1000,
  name: 'EVGA RTX 3070 XC3',
  category: 'gpu',
  specs: { chipset: 'GeForce RTX 3070' },
  catalogPartId: 'video-card-2',
  condition: 'used',
  grade: null,
  soldAt: '2026-06-01',
  priceCents: 30000,
  ...over,
});

describe('valuePart', () => {
  it("uses the user's own expected price as is", () => {
    expect(valuePart(subject({ expectedPriceCents: 41000 }), [sold({})], today)).toMatchObject({
      valueCents: 41000,
      basis: 'expected',
      confidence: 'high',
    });
  });

  it('prefers sales of the same catalog part over the same model of another brand', () => {
    const v = valuePart(
      subject(),
      [sold({ priceCents: 30000 }), sold({ catalogPartId: 'video-card-1', priceCents: 34000 })],
      today,
    );
    expect(v).toMatchObject({ valueCents: 34000, basis: 'comps_same_part', confidence: 'medium' });
    expect(v.comps).toHaveLength(1);
  });

  it('weighs recent sales more: the median follows the recent prices', () => {
    const v = valuePart(
      subject({ catalogPartId: null }),
      [
        sold({ soldAt: '2026-06-20', priceCents: 28000 }),
        sold({ soldAt: '2026-06-10', priceCents: 28500 }),
        sold({ soldAt: '2025-09-01', priceCents: 40000 }),
        sold({ soldAt: '2025-08-01', priceCents: 41000 }),
      ],
      today,
    );
    expect(v).toMatchObject({ valueCents: 28500, basis: 'comps_same_model', confidence: 'high' });
    expect(v.comps[0]?.weight).toBeGreaterThan(v.comps[3]?.weight ?? 1);
  });

  it('leaves out sales older than 12 months, and the part itself', () => {
    const v = valuePart(
      subject({ catalogPartId: null }),
      [sold({ soldAt: '2025-06-01' }), sold({ partId: 1, soldAt: '2026-06-01' })],
      today,
    );
    expect(v.basis).toBe('reference');
  });

  it("adjusts comps to the part's condition and grade", () => {
    const v = valuePart(subject({ grade: 5 }), [sold({ catalogPartId: 'video-card-1', grade: 3 })], today);
    expect(v.comps[0]?.adjustedCents).toBe(33000);
    const forParts = valuePart(
      subject({ condition: 'for_parts' }),
      [sold({ catalogPartId: 'video-card-1' })],
      today,
    );
    expect(forParts.valueCents).toBe(9000);
  });

  it('falls back to the catalog price new, depreciated by category and age, with low confidence', () => {
    const v = valuePart(subject(), [], today);
    const row = DEPRECIATION.gpu;
    expect(v).toMatchObject({ basis: 'reference', confidence: 'low' });
    expect(v.valueCents).toBe(Math.round(50000 * (row.start - row.perMonth * 11)));
    expect(valuePart(subject(), [], '2030-01-01').valueCents).toBe(50000 * row.floor);
  });

  it('falls back to the cost when nothing else is known', () => {
    expect(
      valuePart(subject({ catalogPriceCents: null, name: 'Mystery card', specs: {} }), [], today),
    ).toMatchObject({ valueCents: 20000, basis: 'cost', confidence: 'low' });
  });
});

describe('wholePcFactor', () => {
  it('is 1.0 until there are three build sales, then their median ratio', () => {
    expect(wholePcFactor([{ priceCents: 120, partOutCents: 100 }])).toBe(1);
    expect(
      wholePcFactor([
        { priceCents: 110, partOutCents: 100 },
        { priceCents: 120, partOutCents: 100 },
        { priceCents: 150, partOutCents: 100 },
      ]),
    ).toBe(1.2);
  });
});

describe('familyKey', () => {
  it('groups the same chip, CPU, kit, drive and PSU across brands', () => {
    expect(gpuChip('RTX 3070ti')).toBe('rtx 3070 ti');
    expect(gpuChip('GeForce RTX 3070 Ti')).toBe('rtx 3070 ti');
    expect(gpuChip('Radeon RX 6700 XT')).toBe('rx 6700 xt');
    expect(cpuModel('Intel Core i7-8700K')).toBe('i7 8700k');
    expect(cpuModel('AMD Ryzen 5 5600X')).toBe('5600x');
    expect(
      familyKey({
        category: 'memory',
        name: 'x',
        specs: { memoryType: 'DDR4', totalGb: 32, speedMts: 3600 },
      }),
    ).toBe('memory:ddr4:32:3600');
    expect(
      familyKey({ category: 'storage', name: 'x', specs: { kind: 'ssd', bus: 'nvme', capacityGb: 1024 } }),
    ).toBe(
      familyKey({ category: 'storage', name: 'y', specs: { kind: 'ssd', bus: 'nvme', capacityGb: 1000 } }),
    );
    expect(familyKey({ category: 'psu', name: 'x', specs: { wattageW: 850, efficiency: 'gold' } })).toBe(
      'psu:850:gold',
    );
  });
});

describe('docs/valuation.md', () => {
  it('shows the depreciation table as the code has it', () => {
    const doc = readFileSync(new URL('../../../../docs/valuation.md', import.meta.url), 'utf8');
    const pct = (n: number) => `${Math.round(n * 1000) / 10} %`.replace(/^(\d+) %$/, '$1 %');
    for (const [category, row] of Object.entries(DEPRECIATION)) {
      const label = CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS];
      const perMonth = `${(row.perMonth * 100).toFixed(1)} %`;
      expect(doc).toContain(`| ${label} | ${pct(row.start)} | ${perMonth} | ${pct(row.floor)} |`);
    }
  });
});
