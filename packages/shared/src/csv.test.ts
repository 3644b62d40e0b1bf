import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, formatCsvField, isBlankRow, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads plain rows, LF or CRLF, with or without a trailing newline', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
    ];
    expect(parseCsv('a,b\n1,2')).toEqual(expected);
    expect(parseCsv('a,b\n1,2\n')).toEqual(expected);
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(parseCsv('a,b\r1,2\r')).toEqual(expected);
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(parseCsv('\uFEFFName,Cost\nRAM,5')).toEqual([
      ['Name', 'Cost'],
      ['RAM', '5'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and newlines inside', () => {
    const text = 'name,notes\r\n"Case, mid tower","says ""like new""\r\nsecond line\nthird"\r\nx,"a,b"\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'notes'],
      ['Case, mid tower', 'says "like new"\r\nsecond line\nthird'],
      ['x', 'a,b'],
    ]);
  });

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(parseCsv('a,b,c\n,,\n"",x,\n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['', 'x', ''],
    ]);
  });

  it('keeps blank lines in the middle (row numbers stay aligned) and drops those at the end', () => {
    const rows = parseCsv('h\n1\n\n3\n\n\n,\n');
    expect(rows).toEqual([['h'], ['1'], [''], ['3']]);
    expect(isBlankRow([''])).toBe(true);
    expect(isBlankRow([' ', ''])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });

  it('returns no rows for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('is lenient with stray quotes, as spreadsheets never write them otherwise', () => {
    expect(parseCsv('a,b\n5" fan,"x"y\n')).toEqual([
      ['a', 'b'],
      ['5" fan', 'xy'],
    ]);
  });

  it('refuses a quoted field that is never closed, naming the row', () => {
    const fail = () => parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(fail).toThrow(CsvSyntaxError);
    expect(fail).toThrow('Row 3: a quoted field is never closed');
  });

  it('sniffs semicolon and tab delimited files from the header line', () => {
    expect(detectDelimiter('Name;Cost;Date\n"a,b";1,50;x')).toBe(';');
    expect(detectDelimiter('Name\tCost\n')).toBe('\t');
    expect(detectDelimiter('Name,Cost\n')).toBe(',');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(parseCsv('Name;Cost\n"RAM; 16GB";"1,50"\n')).toEqual([
      ['Name', 'Cost'],
      ['RAM; 16GB', '1,50'],
    ]);
    expect(parseCsv('Name\tCost\nRAM\t5\n')).toEqual([
      ['Name', 'Cost'],
      ['RAM', '5'],
    ]);
  });

  it('stops after maxRows, for a quick preview', () => {
    expect(parseCsv('h\n1\n2\n3\n', { maxRows: 2 })).toEqual([['h'], ['1']]);
  });
});

describe('toCsv', () => {
  it('quotes only what needs quoting and ends rows with CRLF', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField(' padded ')).toBe('" padded "');
    expect(formatCsvField(null)).toBe('');
    expect(formatCsvField(12)).toBe('12');
    expect(
      toCsv(
        [
          ['a', 'b'],
          ['1', null],
        ],
        { bom: true },
      ),
    ).toBe('\uFEFFa,b\r\n1,\r\n');
  });

  it('round-trips any text through parseCsv', () => {
    const rows = [
      ['name', 'notes', 'empty'],
      ['Case, "mid" tower', 'line 1\r\nline 2\nline 3\r', ''],
      ['  spaces  ', '"', ','],
      ['ünïcödé ✓', '=SUM(A1)', '\t'],
    ];
    expect(parseCsv(toCsv(rows, { bom: true }))).toEqual(rows);
  });
});
