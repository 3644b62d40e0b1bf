import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../sales/fees';
import { carryOver } from './carry-over';
import { listingDescription } from './description';
import { fitTitle, postedTitle, TITLE_LIMITS, titleRoom } from './limits';
import type { ListedPart } from './subject';
import { listingTitle } from './title';

const part = (fields: Partial<ListedPart> & Pick<ListedPart, 'name' | 'category'>): ListedPart => ({
  brand: null,
  model: null,
  condition: 'used',
  grade: null,
  specs: {},
  notes: null,
  ...fields,
});

const cpu = part({
  name: 'AMD Ryzen 5 5600X',
  category: 'cpu',
  brand: 'AMD',
  specs: {
    socket: 'AM4',
    cores: 6,
    baseClockGhz: 3.7,
    boostClockGhz: 4.6,
    tdpW: 65,
    integratedGraphics: false,
  },
});
const gpu = part({
  name: 'Asus GeForce RTX 3070 DUAL OC',
  category: 'gpu',
  brand: 'Asus',
  grade: 4,
  specs: { chipset: 'GeForce RTX 3070', vramGb: 8, lengthMm: 268 },
  notes: 'Time Spy 30 min, 71 °C',
});
const ram = part({
  name: 'Corsair Vengeance LPX 16 GB',
  category: 'memory',
  brand: 'Corsair',
  grade: 5,
  specs: { memoryType: 'DDR4', speedMts: 3200, modules: 2, moduleGb: 8, totalGb: 16, casLatency: 16 },
});
const ssd = part({
  name: 'Samsung 970 Evo Plus',
  category: 'storage',
  brand: 'Samsung',
  condition: 'new',
  specs: { kind: 'ssd', capacityGb: 1000, bus: 'nvme', formFactor: 'M.2-2280' },
});
const hdd = part({
  name: 'Seagate Barracuda',
  category: 'storage',
  specs: { kind: 'hdd', capacityGb: 2000, bus: 'sata' },
});
const psu = part({
  name: 'Corsair RM750',
  category: 'psu',
  brand: 'Corsair',
  specs: { wattageW: 750, efficiency: 'gold', modular: 'full' },
});
const board = part({
  name: 'MSI B550 Tomahawk',
  category: 'motherboard',
  specs: { socket: 'AM4', formFactor: 'ATX' },
});

describe('listingTitle', () => {
  it('names a build by its CPU, graphics card, memory and storage', () => {
    const build = {
      kind: 'build' as const,
      name: 'Budget 1440p',
      notes: null,
      parts: [board, ram, gpu, cpu, ssd, psu],
    };
    expect(listingTitle(build, 'facebook_marketplace')).toBe(
      'Gaming PC | Ryzen 5 5600X | RTX 3070 | 16GB DDR4 | 1TB NVMe SSD',
    );
    // Without a graphics card it is a desktop; two kits add up; two drives are both named when they fit.
    const office = { ...build, parts: [cpu, ram, { ...ram }, ssd, hdd] };
    expect(listingTitle(office, 'ebay')).toBe(
      'Desktop PC | Ryzen 5 5600X | 32GB DDR4 | 1TB NVMe SSD + 2TB HDD',
    );
  });

  it('shortens a build title to fit the platform, dropping detail before the four essentials', () => {
    const build = { kind: 'build' as const, name: 'x', notes: null, parts: [cpu, gpu, ram, ssd, hdd] };
    const full = listingTitle(build, 'facebook_marketplace');
    expect(full).toBe('Gaming PC | Ryzen 5 5600X | RTX 3070 | 16GB DDR4 | 1TB NVMe SSD + 2TB HDD');
    expect(full.length).toBeGreaterThan(TITLE_LIMITS.craigslist.max);
    const craigslist = listingTitle(build, 'craigslist');
    expect(craigslist).toBe('Gaming PC | Ryzen 5 5600X | RTX 3070 | 16GB DDR4 | 1TB SSD + 2TB HDD');
    expect(craigslist.length).toBeLessThanOrEqual(70);
  });

  it('falls back to the build name when no CPU, graphics card, memory or storage is known', () => {
    const build = { kind: 'build' as const, name: 'Parts box', notes: null, parts: [psu] };
    expect(listingTitle(build, 'ebay')).toBe('Parts box');
  });

  it('names a part with its telling specs, without repeating what the name says', () => {
    expect(listingTitle({ kind: 'part', part: ram }, 'ebay')).toBe(
      'Corsair Vengeance LPX 16 GB DDR4 3200MHz CL16 (2x8GB)',
    );
    expect(listingTitle({ kind: 'part', part: ssd }, 'ebay')).toBe(
      'Samsung 970 Evo Plus 1TB NVMe SSD M.2-2280 New',
    );
    expect(listingTitle({ kind: 'part', part: psu }, 'ebay')).toBe(
      'Corsair RM750 750W 80+ Gold Fully Modular',
    );
    expect(listingTitle({ kind: 'part', part: { ...gpu, condition: 'for_parts' } }, 'ebay')).toBe(
      'Asus GeForce RTX 3070 DUAL OC 8GB For Parts',
    );
  });

  it('never passes any platform limit, and keeps "For Parts" even when the name is cut', () => {
    const long = part({
      name: 'Gigabyte GeForce RTX 4090 AORUS MASTER Extreme Waterforce Liquid Cooled Special Edition Card',
      category: 'gpu',
      condition: 'for_parts',
      specs: { vramGb: 24 },
    });
    for (const platform of PLATFORMS) {
      const title = listingTitle({ kind: 'part', part: long }, platform);
      expect(title.length, platform).toBeLessThanOrEqual(titleRoom(platform));
      expect(postedTitle(platform, title).length, platform).toBeLessThanOrEqual(TITLE_LIMITS[platform].max);
      expect(title.endsWith('For Parts'), platform).toBe(true);
    }
    expect(listingTitle({ kind: 'part', part: long }, 'craigslist')).toBe(
      'Gigabyte GeForce RTX 4090 AORUS MASTER Extreme Waterforce For Parts',
    );
  });
});

describe('listingDescription', () => {
  it('lists a part’s specs, condition, grade and notes, and nothing the record does not hold', () => {
    expect(listingDescription({ kind: 'part', part: gpu })).toBe(
      [
        'Asus GeForce RTX 3070 DUAL OC',
        '',
        'Specs:',
        '- Chipset: GeForce RTX 3070',
        '- Video memory: 8 GB',
        '- Length: 268 mm',
        '',
        'Condition: Used, grade 4 of 5',
        '',
        'Notes:',
        'Time Spy 30 min, 71 °C',
      ].join('\n'),
    );
    const bare = listingDescription({ kind: 'part', part: part({ name: 'Mystery fan', category: 'other' }) });
    expect(bare).toBe('Mystery fan\n\nCondition: Used');
  });

  it('lists a build part by part, its condition from its parts, and the tested notes', () => {
    const text = listingDescription({
      kind: 'build',
      name: 'Budget 1440p',
      notes: 'Fresh Windows install, no key',
      parts: [ssd, gpu, cpu, ram],
    });
    expect(text).toBe(
      [
        'Budget 1440p',
        '',
        'Specs:',
        '- CPU: AMD Ryzen 5 5600X (socket: AM4, cores: 6, base clock: 3.7 GHz, boost clock: 4.6 GHz, TDP: 65 W, integrated graphics: No)',
        '- Graphics card: Asus GeForce RTX 3070 DUAL OC (chipset: GeForce RTX 3070, video memory: 8 GB, length: 268 mm)',
        '- Memory: Corsair Vengeance LPX 16 GB (capacity: 16 GB, modules: 2 × 8 GB, type: DDR4, speed: 3200 MT/s, CAS latency: CL16)',
        '- Storage: Samsung 970 Evo Plus (capacity: 1 TB, type: SSD, interface: NVMe, form factor: M.2-2280)',
        '',
        'Condition: Used, grades 4 to 5 of 5; new: Samsung 970 Evo Plus',
        '',
        'Tested and noted:',
        '- Asus GeForce RTX 3070 DUAL OC: Time Spy 30 min, 71 °C',
        '',
        'Notes:',
        'Fresh Windows install, no key',
      ].join('\n'),
    );
  });
});

describe('fitting and carrying over', () => {
  it('cuts at a word boundary, without a dangling separator', () => {
    expect(fitTitle('Ryzen 5 5600X | RTX 3070 | 16GB DDR4', 24)).toBe('Ryzen 5 5600X | RTX 3070');
    expect(fitTitle('Supercalifragilistic', 5)).toBe('Super');
    expect(fitTitle('  spaced   out  ', 80)).toBe('spaced out');
  });

  it('carries a listing to another platform with its title fitted to that platform', () => {
    const previous = {
      title: 'Gaming PC | Ryzen 5 5600X | RTX 3070 | 16GB DDR4 | 1TB NVMe SSD + 2TB HDD + Wi-Fi',
      description: 'Tested for a week.',
    };
    expect(carryOver(previous, 'facebook_marketplace')).toEqual(previous);
    expect(carryOver(previous, 'craigslist')).toEqual({
      title: 'Gaming PC | Ryzen 5 5600X | RTX 3070 | 16GB DDR4 | 1TB NVMe SSD + 2TB',
      description: 'Tested for a week.',
    });
  });

  it('documents every platform’s limit with its source and date', () => {
    for (const platform of PLATFORMS) {
      const limit = TITLE_LIMITS[platform];
      expect(limit.max).toBeGreaterThan(0);
      expect(limit.source.length).toBeGreaterThan(20);
      expect(limit.asOf).toMatch(/^\d{4}-\d{2}$/);
    }
    expect(titleRoom('reddit_hardwareswap')).toBe(300 - postedTitle('reddit_hardwareswap', '').length);
  });
});
