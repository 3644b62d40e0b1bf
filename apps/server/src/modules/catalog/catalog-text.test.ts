import { describe, expect, it } from 'vitest';
import { parseQuery } from './catalog-query';
import { brandOf, buildSearchText, cleanName, modelWordsOf, normalizeText, wordsOf } from './catalog-text';

/** Whether every query term starts a word of the search text, as the SQL `like '% word%'` checks. */
const finds = (searchText: string, q: string) =>
  parseQuery(q).every((term) => term.some((word) => searchText.includes(` ${word}`)));

describe('brandOf', () => {
  it('knows brands of several words, else takes the first word', () => {
    expect(brandOf('be quiet! Pure Power 12 M 750 W')).toBe('be quiet!');
    expect(brandOf('Western Digital WD_BLACK SN850X')).toBe('Western Digital');
    expect(brandOf('Fractal Design North')).toBe('Fractal Design');
    expect(brandOf('Lian Li O11 Dynamic EVO')).toBe('Lian Li');
    expect(brandOf('G.Skill Trident Z5 RGB 32 GB')).toBe('G.Skill');
    expect(brandOf('Corsair 4000D Airflow')).toBe('Corsair');
    expect(brandOf('Cooler')).toBe('Cooler');
  });
});

describe('cleanName', () => {
  it('drops invisible marks and extra spaces', () => {
    expect(cleanName('MUSETEX \u200eTW8-S6  Mesh ')).toBe('MUSETEX TW8-S6 Mesh');
  });
});

describe('normalizeText', () => {
  it('writes units, speeds, layouts and latencies one way', () => {
    expect(normalizeText('Corsair 16 GB DDR4-3200 CL 16')).toBe('corsair 16gb ddr4 3200 cl16');
    expect(normalizeText('16GB DDR4 3200MHz (2x8GB) CAS16')).toBe('16gb ddr4 3200 (2x8gb) cl16');
    expect(normalizeText('1 TB NVMe, 650 W 80 Plus Gold, 12G')).toBe('1tb nvme, 650w 80+ gold, 12gb');
  });

  it('leaves a card\'s "2X 12G" apart: it is a fan count, not a memory layout', () => {
    expect(wordsOf('MSI GeForce RTX 3060 Ventus 2X 12G')).toEqual([
      'msi',
      'geforce',
      'rtx',
      '3060',
      'ventus',
      '2x',
      '12gb',
    ]);
  });
});

describe('parseQuery', () => {
  it("glues a model number's ending typed apart and drops repeated words", () => {
    expect(parseQuery('ryzen 5 5600 x')).toEqual([['ryzen'], ['5'], ['5600x']]);
    expect(parseQuery('rm850x RM850X')).toEqual([['rm850x']]);
    expect(parseQuery('  ')).toEqual([]);
  });
});

describe('buildSearchText', () => {
  const rtx3070ti = buildSearchText('EVGA FTW3 ULTRA GAMING', 'EVGA', ['GeForce RTX 3070 Ti']);
  const rtx3070 = buildSearchText('NVIDIA Founders Edition', 'NVIDIA', ['GeForce RTX 3070']);

  it('finds "3070 ti" and its glued spellings in a 3070 Ti card', () => {
    for (const q of ['3070 ti', '3070ti', 'rtx 3070 ti', 'rtx3070 ti', 'geforce 3070', 'evga ftw3']) {
      expect(finds(rtx3070ti, q), q).toBe(true);
    }
  });

  it('matches words from their start, so "ti" does not match "edition"', () => {
    expect(finds(rtx3070, '3070')).toBe(true);
    expect(finds(rtx3070, '3070 ti')).toBe(false);
  });

  it('splits glued model numbers and punctuation, knows "r5" for Ryzen 5, and folds accents', () => {
    const cpu = buildSearchText('AMD Ryzen 5 5600X', 'AMD', ['AM4']);
    for (const q of ['r5 5600x', 'ryzen 5600 x', 'am4']) expect(finds(cpu, q), q).toBe(true);
    const memory = buildSearchText('G.Skill Flare X5 32 GB', 'G.Skill', ['DDR5']);
    for (const q of ['gskill', 'g.skill', 'skill flare', 'ddr5 32gb', 'flare x5 32 gb']) {
      expect(finds(memory, q), q).toBe(true);
    }
    expect(finds(buildSearchText('Alpenföhn Brocken 4', 'Alpenföhn'), 'alpenfohn')).toBe(true);
    expect(
      finds(buildSearchText('Western Digital WD_Black SN850X', 'Western Digital'), 'wd black sn850x'),
    ).toBe(true);
  });

  it('lists each word once, lower case, between spaces', () => {
    expect(buildSearchText('MSI MAG A750GL', 'MSI')).toBe(' msi mag a750gl ');
  });
});

describe('modelWordsOf', () => {
  it('keeps the words that tell a model from others: no brand, capacity or GPU chip', () => {
    expect(modelWordsOf(wordsOf('Samsung 970 Evo Plus'), 1)).toEqual(['970', 'evo', 'plus']);
    expect(modelWordsOf(wordsOf('Corsair Vengeance LPX 16 GB'), 1)).toEqual(['vengeance', 'lpx']);
    const chip = wordsOf('GeForce RTX 3060 12GB');
    expect(modelWordsOf(wordsOf('MSI GeForce RTX 3060 Ventus 2X 12G'), 1, chip)).toEqual(['ventus', '2x']);
  });
});
