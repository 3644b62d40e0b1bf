import { describe, expect, it } from 'vitest';
import { CSV_FIELD_LABELS, CSV_FIELDS, CsvImportRequest, normalizeHeader, suggestMapping } from './csv';

describe('suggestMapping', () => {
  it('maps the headers spreadsheets use, ignoring case and punctuation', () => {
    const headers = [
      'Item',
      'Type',
      'Condition',
      'Status',
      'Price Paid',
      'Date Bought',
      'Where',
      'S/N',
      'Notes',
      'Profit',
    ];
    expect(suggestMapping(headers)).toEqual({
      name: 'Item',
      category: 'Type',
      brand: null,
      model: null,
      condition: 'Condition',
      grade: null,
      status: 'Status',
      cost: 'Price Paid',
      acquiredAt: 'Date Bought',
      source: 'Where',
      serial: 'S/N',
      notes: 'Notes',
      specs: null,
    });
  });

  it('knows other common spellings', () => {
    const mapping = suggestMapping([
      'PART NAME',
      'category',
      'Cost ($)',
      'Purchase Date',
      'Platform',
      'Serial #',
      'Manufacturer',
      'Model #',
    ]);
    expect(mapping).toMatchObject({
      name: 'PART NAME',
      category: 'category',
      cost: 'Cost ($)',
      acquiredAt: 'Purchase Date',
      source: 'Platform',
      serial: 'Serial #',
      brand: 'Manufacturer',
      model: 'Model #',
    });
  });

  it('falls back to words inside longer headers, but never to the selling columns', () => {
    const mapping = suggestMapping(['Sale Price', 'Sold Date', 'Purchase Price (USD)', 'Date of purchase']);
    expect(mapping.cost).toBe('Purchase Price (USD)');
    expect(mapping.acquiredAt).toBe('Date of purchase');
    expect(suggestMapping(['Sale Price', 'Sold Date']).cost).toBeNull();
  });

  it('uses each header once and prefers the better field for it', () => {
    expect(suggestMapping(['Description', 'Price'])).toMatchObject({ name: 'Description', notes: null });
    expect(suggestMapping(['Item', 'Description'])).toMatchObject({ name: 'Item', notes: 'Description' });
    expect(suggestMapping(['Name', 'Name'])).toMatchObject({ name: 'Name' });
    expect(suggestMapping(['', '???', 'Color'])).toEqual(
      Object.fromEntries(CSV_FIELDS.map((f) => [f, null])),
    );
  });

  it("maps the export's own headers back exactly", () => {
    const labels = CSV_FIELDS.map((f) => CSV_FIELD_LABELS[f]);
    expect(suggestMapping(labels)).toEqual(CSV_FIELD_LABELS);
  });

  it('normalizes headers', () => {
    expect(normalizeHeader(' Cost ($) ')).toBe('cost');
    expect(normalizeHeader('Café Nº')).toBe('cafeno');
  });
});

describe('CsvImportRequest', () => {
  it('defaults the date order, skipped rows and the import choices (nothing at $0.00, nothing skipped), and refuses unknown fields in the mapping', () => {
    expect(CsvImportRequest.parse({ csv: 'a', mapping: { name: 'a' } })).toEqual({
      csv: 'a',
      mapping: { name: 'a' },
      dateOrder: 'auto',
      skipRows: [],
      skipDuplicates: false,
      blankCostAsZero: false,
      skipProblemRows: false,
    });
    expect(CsvImportRequest.safeParse({ csv: 'a', mapping: { colour: 'a' } }).success).toBe(false);
    expect(CsvImportRequest.safeParse({ csv: '', mapping: {} }).success).toBe(false);
  });
});
