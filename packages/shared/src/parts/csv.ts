import { z } from 'zod';

/** The part fields a CSV column can fill, in the order of the export's columns. */
export const CSV_FIELDS = [
  'name',
  'category',
  'brand',
  'model',
  'condition',
  'grade',
  'status',
  'cost',
  'acquiredAt',
  'source',
  'serial',
  'notes',
  'specs',
] as const;
export const CsvField = z.enum(CSV_FIELDS);
export type CsvField = z.infer<typeof CsvField>;

/** The export's column headers; suggestMapping maps each back to its field. */
export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  name: 'Name',
  category: 'Category',
  brand: 'Brand',
  model: 'Model',
  condition: 'Condition',
  grade: 'Grade',
  status: 'Status',
  cost: 'Cost',
  acquiredAt: 'Date acquired',
  source: 'Source',
  serial: 'Serial',
  notes: 'Notes',
  specs: 'Specs',
};

/** Fields every import must map to a column. */
export const CSV_REQUIRED_FIELDS: readonly CsvField[] = ['name', 'category'];

export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The dry run lists at most this many problems and duplicates; the counts are always complete. */
export const MAX_REPORTED_ISSUES = 1000;

/**
 * How to read dates like 03/04/2025. `auto`: month/day/year unless the file has a date that only
 * day/month/year can read (13/06/2025) and none that only month/day/year can; a file with both kinds
 * gets a problem on each date that could be read either way.
 */
export const CsvDateOrder = z.enum(['auto', 'mdy', 'dmy']);
export type CsvDateOrder = z.infer<typeof CsvDateOrder>;

/** Field → the header of the column that fills it (null or missing: not imported). */
export const CsvMapping = z.partialRecord(CsvField, z.string().max(500).nullable());
export type CsvMapping = z.infer<typeof CsvMapping>;

export const CsvImportRequest = z.strictObject({
  /** The whole file as text (UTF-8; a byte order mark is ignored). */
  csv: z.string().min(1, 'the file is empty'),
  mapping: CsvMapping,
  dateOrder: CsvDateOrder.default('auto'),
  /** Spreadsheet row numbers (the header is row 1) to leave out. */
  skipRows: z.array(z.number().int().min(2)).max(MAX_IMPORT_ROWS).default([]),
  /**
   * Import only: leave out every likely duplicate (the later row of two in the file), even those past
   * the dry run's list. The dry run reports the duplicates either way.
   */
  skipDuplicates: z.boolean().default(false),
  /**
   * Import only: rows whose cost is blank (or files without a cost column) go in at $0.00. Without it such
   * rows are refused like problems, so that nothing comes in at $0.00 unless the user said so.
   */
  blankCostAsZero: z.boolean().default(false),
  /**
   * Import only: leave out the rows with problems (and blank costs not confirmed) and import the rest,
   * instead of refusing the whole file. The answer lists every row left out.
   */
  skipProblemRows: z.boolean().default(false),
});
export type CsvImportRequest = z.input<typeof CsvImportRequest>;

export const CsvProblem = z.object({
  /** The spreadsheet row: the header is row 1, the first part row 2. */
  row: z.number().int(),
  /** The header of the column the value came from. */
  column: z.string().optional(),
  field: CsvField,
  /** A whole sentence for people: `Row 14: cost "-$5.00" must be >= 0`. */
  message: z.string(),
});
export type CsvProblem = z.infer<typeof CsvProblem>;

export const CsvDuplicate = z.object({
  row: z.number().int(),
  /** A whole sentence for people: `Row 9: same serial "AB12" as part #41 "RTX 3070"`. */
  reason: z.string(),
  existingPartId: z.number().int().optional(),
  otherRow: z.number().int().optional(),
});
export type CsvDuplicate = z.infer<typeof CsvDuplicate>;

/** A row that can be imported only if the user agrees: a blank cost. */
export const CsvNotice = z.object({
  row: z.number().int(),
  /** A whole sentence for people: `Row 5: cost is blank: it would be imported as $0.00`. */
  message: z.string(),
});
export type CsvNotice = z.infer<typeof CsvNotice>;

export const CsvDryRunResult = z.object({
  /** Part rows in the file: blank rows and skipped rows are not counted. */
  rowCount: z.number().int(),
  /** Rows without problems. The import goes ahead only when every row is valid. */
  validCount: z.number().int(),
  skippedCount: z.number().int(),
  /** How dates like 03/04/2025 were read; null when the file has none. */
  dateOrder: z.enum(['mdy', 'dmy']).nullable(),
  problems: z.array(CsvProblem),
  problemCount: z.number().int(),
  /** Likely duplicates are warnings: they do not block the import (skip them with skipRows). */
  duplicates: z.array(CsvDuplicate),
  duplicateCount: z.number().int(),
  /** Rows without problems whose cost is blank: imported as $0.00 only with blankCostAsZero. */
  blankCosts: z.array(CsvNotice),
  blankCostCount: z.number().int(),
  /** Rows that are both a likely duplicate and without a cost (so counts can be combined exactly). */
  blankCostDuplicateCount: z.number().int(),
});
export type CsvDryRunResult = z.infer<typeof CsvDryRunResult>;

export const CSV_SKIP_REASONS = ['chosen', 'problem', 'blank_cost', 'duplicate'] as const;
export const CsvSkipReason = z.enum(CSV_SKIP_REASONS);
export type CsvSkipReason = z.infer<typeof CsvSkipReason>;

export const CsvImportResult = z.object({
  imported: z.number().int(),
  /** Rows left out: by skipRows, skipDuplicates, or skipProblemRows. */
  skipped: z.number().int(),
  /** Every row left out, in row order, and why. */
  skippedRows: z.array(z.object({ row: z.number().int(), reason: CsvSkipReason })),
});
export type CsvImportResult = z.infer<typeof CsvImportResult>;

/** Lower case, letters and digits only: "Serial #" → "serial", "S/N" → "sn", "Cost ($)" → "cost". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Exact names, best first. Tier 1 holds names that fit a field only when the better field is taken:
// "Description" is the name when there is no "Item" column, else the notes.
const EXACT: Record<CsvField, readonly [tier0: readonly string[], tier1?: readonly string[]]> = {
  name: [
    ['name', 'partname', 'itemname', 'item', 'part', 'product', 'productname', 'title', 'itemtitle'],
    ['description', 'desc', 'component'],
  ],
  category: [['category', 'type', 'parttype', 'itemtype', 'kind', 'componenttype', 'partcategory']],
  brand: [['brand', 'manufacturer', 'make', 'mfr', 'mfg', 'maker']],
  model: [['model', 'modelname', 'modelnumber', 'modelno', 'mpn', 'partnumber', 'partno', 'sku']],
  condition: [['condition', 'cond', 'itemcondition']],
  grade: [['grade', 'cosmeticgrade', 'rating', 'quality']],
  status: [['status', 'state', 'stockstatus', 'inventorystatus']],
  cost: [
    [
      'cost',
      'pricepaid',
      'paid',
      'amountpaid',
      'purchaseprice',
      'buyprice',
      'boughtfor',
      'costbasis',
      'purchasecost',
      'unitcost',
      'costusd',
      'price',
    ],
  ],
  acquiredAt: [
    [
      'dateacquired',
      'acquired',
      'acquiredon',
      'acquiredat',
      'purchasedate',
      'datepurchased',
      'datebought',
      'boughton',
      'purchasedon',
      'buydate',
      'orderdate',
      'date',
    ],
  ],
  source: [
    [
      'source',
      'where',
      'wherebought',
      'wherefrom',
      'boughtfrom',
      'purchasedfrom',
      'platform',
      'seller',
      'vendor',
      'store',
      'marketplace',
      'site',
      'channel',
    ],
  ],
  serial: [['serial', 'serialnumber', 'serialno', 'sn', 'serialnum']],
  notes: [
    ['notes', 'note', 'comments', 'comment', 'remarks', 'memo', 'details'],
    ['description', 'desc'],
  ],
  specs: [['specs', 'specifications', 'spec', 'specsjson']],
};

// Words a header may contain, for names like "Purchase Price (USD)"; tried after every exact name.
const CONTAINS: Record<CsvField, readonly string[]> = {
  name: ['name', 'item', 'title', 'product'],
  category: ['category', 'type'],
  brand: ['brand', 'manufacturer'],
  model: ['model'],
  condition: ['condition'],
  grade: ['grade'],
  status: ['status'],
  cost: ['cost', 'price', 'paid'],
  acquiredAt: ['date', 'acquired', 'bought', 'purchased'],
  source: ['source', 'platform', 'where', 'seller', 'vendor'],
  serial: ['serial'],
  notes: ['note', 'comment', 'remark'],
  specs: ['spec'],
};

// Columns about selling, never about buying: "Sale Price" is not the cost, "Sold Date" not the acquired date.
const SELLING = /sold|sale|sell|list|profit|fee|ship|tax|margin/;

/**
 * A column for each field, from the spreadsheet's headers (case and punctuation ignored); null when no
 * header fits. Each header fills at most one field; the export's own headers map back exactly.
 */
export function suggestMapping(headers: readonly string[]): Record<CsvField, string | null> {
  const candidates: { field: CsvField; column: number; rank: number }[] = [];
  headers.forEach((header, column) => {
    const key = normalizeHeader(header);
    if (!key) return;
    CSV_FIELDS.forEach((field, fieldIndex) => {
      const [tier0, tier1 = []] = EXACT[field];
      const exact = tier0.indexOf(key);
      const second = tier1.indexOf(key);
      const contained = SELLING.test(key) ? -1 : CONTAINS[field].findIndex((word) => key.includes(word));
      const rank =
        exact >= 0 ? exact : second >= 0 ? 100 + second : contained >= 0 ? 200 + contained : undefined;
      if (rank !== undefined) candidates.push({ field, column, rank: rank * 100 + fieldIndex });
    });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const mapping = Object.fromEntries(CSV_FIELDS.map((f) => [f, null])) as Record<CsvField, string | null>;
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== null || used.has(column)) continue;
    mapping[field] = headers[column] ?? null;
    used.add(column);
  }
  return mapping;
}
