import { parseMoneyToCents } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { fileDateOrder, readDate, toIsoDate } from './csv-dates';
import {
  guardFormula,
  readCategory,
  readCondition,
  readSource,
  readSpecsJson,
  readStatus,
  serialKey,
  unguardFormula,
} from './csv-values';

const iso = (text: string, order: 'mdy' | 'dmy' | null = 'mdy', mixed = false) =>
  toIsoDate(readDate(text), order, mixed);

describe('dates', () => {
  it('reads ISO, US and named-month dates, ignoring a time after them', () => {
    expect(iso('2025-06-15')).toEqual({ date: '2025-06-15' });
    expect(iso('2025/6/5')).toEqual({ date: '2025-06-05' });
    expect(iso('6/15/2025')).toEqual({ date: '2025-06-15' });
    expect(iso('06/15/25')).toEqual({ date: '2025-06-15' });
    expect(iso('6/15/95')).toEqual({ date: '1995-06-15' });
    expect(iso('6/15/2025 14:30')).toEqual({ date: '2025-06-15' });
    expect(iso('2025-06-15T10:00:00Z')).toEqual({ date: '2025-06-15' });
    expect(iso('Jun 15, 2025')).toEqual({ date: '2025-06-15' });
    expect(iso('15-Jun-25')).toEqual({ date: '2025-06-15' });
    expect(iso('September 3rd 2024')).toEqual({ date: '2024-09-03' });
  });

  it('reads day-first dates when the order is dmy', () => {
    expect(iso('15/06/2025', 'dmy')).toEqual({ date: '2025-06-15' });
    expect(iso('03.04.2025', 'dmy')).toEqual({ date: '2025-04-03' });
    expect(iso('13/06/2025', 'mdy')).toEqual({
      error: 'is not a month/day/year date (the date order used for this file)',
    });
  });

  it('refuses what is not a date or not a real one', () => {
    expect(iso('last week')).toEqual({ error: 'is not a date (write it like 2025-06-15 or 6/15/2025)' });
    expect(iso('2025-02-30')).toEqual({ error: 'is not a real date' });
    expect(iso('2/29/2023')).toEqual({ error: 'is not a real date' });
    expect(iso('2/29/2024')).toEqual({ date: '2024-02-29' });
    expect(iso('31/31/2025')).toEqual({ error: 'is not a real date' });
    expect(iso('Smarch 3, 2025')).toEqual({ error: 'is not a date (write it like 2025-06-15 or 6/15/2025)' });
  });

  it('finds the order of a file: month first unless only day first fits', () => {
    const read = (...texts: string[]) => texts.map(readDate);
    expect(fileDateOrder(read('2025-01-01'), 'auto')).toEqual({ order: null, mixed: false });
    expect(fileDateOrder(read('03/04/2025', '06/15/2025'), 'auto')).toEqual({ order: 'mdy', mixed: false });
    expect(fileDateOrder(read('03/04/2025', '13/06/2025'), 'auto')).toEqual({ order: 'dmy', mixed: false });
    expect(fileDateOrder(read('03/04/2025'), 'auto')).toEqual({ order: 'mdy', mixed: false });
    expect(fileDateOrder(read('13/06/2025', '06/13/2025'), 'auto')).toEqual({ order: 'mdy', mixed: true });
    expect(fileDateOrder(read('13/06/2025'), 'mdy')).toEqual({ order: 'mdy', mixed: false });
  });

  it('refuses only the dates that could be read both ways when a file mixes the orders', () => {
    expect(iso('13/06/2025', 'mdy', true)).toEqual({ date: '2025-06-13' });
    expect(iso('06/13/2025', 'mdy', true)).toEqual({ date: '2025-06-13' });
    expect(iso('05/05/2025', 'mdy', true)).toEqual({ date: '2025-05-05' });
    expect(iso('03/04/2025', 'mdy', true)).toEqual({
      error:
        'could be March 4 or April 3: this file has both month/day/year and day/month/year dates, ' +
        'so choose the date order',
    });
  });
});

describe('amounts', () => {
  it('reads spreadsheet amounts into cents, negative ones included (the row check refuses them)', () => {
    expect(parseMoneyToCents('$1,234.56')).toBe(123456);
    expect(parseMoneyToCents('1234.5')).toBe(123450);
    expect(parseMoneyToCents('-$5.00')).toBe(-500);
    expect(parseMoneyToCents('(12.00)')).toBe(-1200);
    expect(parseMoneyToCents('12 dollars')).toBeNull();
  });
});

describe('categories, conditions, statuses and sources', () => {
  it('matches categories by key, label or common name, in any case', () => {
    const cases: [string, string | null][] = [
      ['GPU', 'gpu'],
      ['Graphics Card', 'gpu'],
      ['video card', 'gpu'],
      ['RAM', 'memory'],
      ['SSD', 'storage'],
      ['HDD', 'storage'],
      ['Power Supply', 'psu'],
      ['Motherboard', 'motherboard'],
      ['Mobo', 'motherboard'],
      ['Cooler', 'cooler'],
      ['CPU Cooler', 'cooler'],
      ['AIO', 'cooler'],
      ['CPUs', 'cpu'],
      ['Cases', 'case'],
      ['Toaster', null],
    ];
    for (const [text, category] of cases) expect(readCategory(text), text).toBe(category);
  });

  it('matches conditions and statuses, refusing the ones only sales, listings and builds reach', () => {
    expect(readCondition('For Parts')).toBe('for_parts');
    expect(readCondition('Pre-owned')).toBe('used');
    expect(readCondition('NEW')).toBe('new');
    expect(readCondition('meh')).toBeNull();
    expect(readStatus('In stock')).toEqual({ status: 'in_stock' });
    expect(readStatus('archived')).toEqual({ status: 'archived' });
    expect(readStatus('RMA')).toEqual({ status: 'rma' });
    expect(readStatus('Sold')).toEqual({
      refused:
        'cannot be imported (Sold): import it as In stock and record the sale in Partwise, or import it as Archived',
    });
    expect(readStatus('listed')).toMatchObject({ refused: expect.stringContaining('create the listing') });
    expect(readStatus('In a build')).toMatchObject({ refused: expect.stringContaining('build') });
    expect(readStatus('lost')).toBeNull();
  });

  it('turns known marketplaces into their keys and keeps other sources as written', () => {
    expect(readSource('eBay')).toBe('ebay');
    expect(readSource('Facebook Marketplace')).toBe('facebook_marketplace');
    expect(readSource('FB Marketplace')).toBe('facebook_marketplace');
    expect(readSource('facebook_marketplace')).toBe('facebook_marketplace');
    expect(readSource('Kijiji')).toBe('Kijiji');
  });
});

describe('other values', () => {
  it('reads specs only as a JSON object', () => {
    expect(readSpecsJson('{"socket":"AM4"}')).toEqual({ socket: 'AM4' });
    expect(readSpecsJson('[1]')).toBeNull();
    expect(readSpecsJson('socket AM4')).toBeNull();
  });

  it('guards text a spreadsheet would run as a formula, reversibly', () => {
    for (const text of ['=SUM(A1)', '+1', '-5V rail', '@me', "'=already", "''+x", 'plain', "'quoted"]) {
      expect(unguardFormula(guardFormula(text)), text).toBe(text);
    }
    expect(guardFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(guardFormula('plain')).toBe('plain');
  });

  it('ignores placeholder serials when looking for duplicates', () => {
    expect(serialKey(' AB12 ')).toBe('ab12');
    for (const placeholder of ['N/A', 'none', '-', '', null, 'unknown'])
      expect(serialKey(placeholder)).toBeNull();
  });
});
