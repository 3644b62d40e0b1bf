import { describe, expect, it } from 'vitest';
import { brandOf, buildSearchText, cleanName, queryWords } from './catalog-text';

/** Whether every query word starts a word of the search text, as the SQL `like '% word%'` checks. */
const finds = (searchText: string, q: string) => queryWords(q).every((w) => searchText.includes(` ${w}`));

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

describe('buildSearchText', () => {
  const rtx3070ti = buildSearchText(['EVGA FTW3 ULTRA GAMING', 'GeForce RTX 3070 Ti', 'EVGA']);
  const rtx3070 = buildSearchText(['NVIDIA Founders Edition', 'GeForce RTX 3070', 'NVIDIA']);

  it('finds "3070 ti" and its glued spellings in a 3070 Ti card', () => {
    for (const q of ['3070 ti', '3070ti', 'rtx 3070 ti', 'rtx3070 ti', 'geforce 3070', 'evga ftw3']) {
      expect(finds(rtx3070ti, q), q).toBe(true);
    }
  });

  it('matches words from their start, so "ti" does not match "edition"', () => {
    expect(finds(rtx3070, '3070')).toBe(true);
    expect(finds(rtx3070, '3070 ti')).toBe(false);
  });

  it('splits glued model numbers and punctuation, and folds accents', () => {
    const cpu = buildSearchText(['AMD Ryzen 7 5800XT', 'AM4']);
    expect(finds(cpu, 'ryzen 5800 xt')).toBe(true);
    expect(finds(cpu, 'am4')).toBe(true);
    const memory = buildSearchText(['G.Skill Flare X5 32 GB', 'DDR5']);
    for (const q of ['gskill', 'g.skill', 'skill flare', 'ddr5 32gb']) expect(finds(memory, q), q).toBe(true);
    expect(finds(buildSearchText(['Alpenföhn Brocken 4']), 'alpenfohn')).toBe(true);
  });

  it('lists each word once, lower case, after a space', () => {
    expect(buildSearchText(['MSI MAG A750GL', null, 'MSI'])).toBe(' msi mag a750gl');
  });
});
