import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { boardMemoryFromNameOrSocket, type CatalogFill, loadCatalogFill, NO_FILL } from './catalog-fill';
import { CATALOG_DIR } from './catalog-import';
import { mapCatalogRow } from './catalog-mapping';

const names = (file: string) =>
  new Set(
    gunzipSync(readFileSync(path.join(CATALOG_DIR, `${file}.jsonl.gz`)))
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => String(JSON.parse(line).name).toLowerCase()),
  );

describe('the curated tables', () => {
  const fill = loadCatalogFill(CATALOG_DIR);

  it('name catalog parts that exist, so that each row fills something', () => {
    const cases = names('case');
    const coolers = names('cpu-cooler');
    expect([...fill.cases.keys()].filter((name) => !cases.has(name))).toEqual([]);
    expect([...fill.coolers.keys()].filter((name) => !coolers.has(name))).toEqual([]);
    expect(fill.cases.size).toBeGreaterThanOrEqual(73);
    expect(fill.coolers.size).toBeGreaterThanOrEqual(66);
  });

  it('hold plausible sizes and sockets the compatibility engine knows', () => {
    for (const [name, c] of fill.cases) {
      expect(c.maxGpuLengthMm, name).toBeGreaterThanOrEqual(150);
      expect(c.maxGpuLengthMm, name).toBeLessThanOrEqual(600);
      if (c.maxCoolerHeightMm !== null) expect(c.maxCoolerHeightMm, name).toBeLessThanOrEqual(200);
    }
    for (const [name, c] of fill.coolers) {
      if (c.heightMm !== null) expect(c.heightMm, name).toBeLessThanOrEqual(200);
      for (const socket of c.sockets)
        expect(socket, name).toMatch(/^(LGA\d{3,4}(-3)?|LGA115x|AM[2-5]\+?|FM[12]\+?)$/);
    }
  });

  it('fill the import: a case gets its clearances, a cooler its height and sockets, every colour of them', () => {
    const caseRow = (id: string, name: string) =>
      mapCatalogRow('case', { id, name, type: 'ATX Mid Tower', mobo_form_factors_inferred: ['ATX'] }, fill);
    expect(caseRow('case-00006', 'Corsair 4000D Airflow')?.specs).toMatchObject({
      maxGpuLengthMm: 360,
      maxCoolerHeightMm: 170,
    });
    expect(caseRow('case-00075', 'Corsair 4000D Airflow')?.specs).toMatchObject({ maxGpuLengthMm: 360 });
    expect(caseRow('case-00001', 'Montech XR')?.specs).toMatchObject({ maxGpuLengthMm: null });
    const cooler = mapCatalogRow('cpu-cooler', { id: 'cpu-cooler-00024', name: 'Noctua NH-D15' }, fill);
    expect(cooler?.specs).toMatchObject({
      heightMm: 165,
      sockets: expect.arrayContaining(['AM4', 'LGA1700']),
    });
    const aio = mapCatalogRow(
      'cpu-cooler',
      { id: 'x', name: 'ARCTIC Liquid Freezer III 360', radiator_mm: 360, liquid: true },
      fill,
    );
    expect(aio?.specs).toMatchObject({
      liquid: true,
      heightMm: null,
      sockets: ['LGA1851', 'LGA1700', 'AM5', 'AM4'],
    });
  });

  it('fill a case without a cooler height, and an air cooler whose height is not known, with what they give', () => {
    const y70 = mapCatalogRow(
      'case',
      { id: 'case-00040', name: 'HYTE Y70', type: 'ATX Mid Tower', mobo_form_factors_inferred: ['ATX'] },
      fill,
    );
    expect(y70?.specs).toMatchObject({ maxGpuLengthMm: 422, maxCoolerHeightMm: null });
    const air = mapCatalogRow(
      'cpu-cooler',
      { id: 'cpu-cooler-00069', name: 'Thermalright Peerless Assassin 120 White', radiator_mm: null },
      fill,
    );
    expect(air?.specs).toMatchObject({ heightMm: null, sockets: expect.arrayContaining(['AM5', 'LGA1700']) });
  });

  it('leave the dataset untouched without the fill', () => {
    const empty: CatalogFill = NO_FILL;
    const cooler = mapCatalogRow('cpu-cooler', { id: 'cpu-cooler-00024', name: 'Noctua NH-D15' }, empty);
    expect(cooler?.specs).toMatchObject({ heightMm: null, sockets: null });
  });
});

describe('boardMemoryFromNameOrSocket', () => {
  it('reads AM3 sockets and a generation glued to the chipset', () => {
    expect(boardMemoryFromNameOrSocket('MSI 990FXA-GD80', 'AM3+/AM3')).toBe('DDR3');
    expect(boardMemoryFromNameOrSocket('Colorful CVN Z790D5 GAMING FROZEN V20', 'LGA1700')).toBe('DDR5');
    expect(boardMemoryFromNameOrSocket('Biostar G41D3C', 'LGA775')).toBe('DDR3');
  });

  it('leaves AM2+ boards, Gigabyte tiers and ASRock Rack product lines unknown', () => {
    expect(boardMemoryFromNameOrSocket('Gigabyte GA-MA790X-UD4P', 'AM3/AM2+/AM2')).toBeNull();
    expect(boardMemoryFromNameOrSocket('Gigabyte B760M D3HP', 'LGA1700')).toBeNull();
    expect(boardMemoryFromNameOrSocket('ASRock B650D4U', 'AM5')).toBeNull();
    expect(boardMemoryFromNameOrSocket('MSI PRO Z790-A WIFI', 'LGA1700')).toBeNull();
  });

  it('applies only where the dataset left the memory type unknown', () => {
    const board = (memory: string | null) =>
      mapCatalogRow(
        'motherboard',
        { id: 'motherboard-04148', name: 'MSI 990XA-GD55', socket: 'AM3+/AM3', memory_type_inferred: memory },
        loadCatalogFill(CATALOG_DIR),
      )?.specs.memoryType;
    expect(board(null)).toBe('DDR3');
    expect(board('DDR3')).toBe('DDR3');
  });
});
