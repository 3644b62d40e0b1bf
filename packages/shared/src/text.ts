import { z } from 'zod';

// Control characters (C0 and DEL) have no place in a name or a note: NUL cannot be stored in PostgreSQL
// text, and CR/LF in a one-line field can split a header or a CSV row. Tab is kept everywhere (pasted
// spreadsheet cells), line breaks only in long text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const ONE_LINE = /^[^\u0000-\u0008\u000A-\u001F\u007F]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const MULTI_LINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
// With the u flag a surrogate pair is one code point; only a lone half is of category Cs.
const LONE_SURROGATE = /\p{Cs}/u;

export const ONE_LINE_MESSAGE = 'must be on one line, without control characters';
export const MULTI_LINE_MESSAGE = 'must not contain control characters (tabs and line breaks are fine)';
export const ILL_FORMED_MESSAGE = 'is not valid Unicode text';

/** True when the text has no half of a UTF-16 surrogate pair alone (which no database can store). */
export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/**
 * Text on one line (names, titles, serials, searches): trimmed, without control characters but tab, and
 * well-formed. Chain `.min()`, `.max()` as with `z.string()`.
 */
export const lineText = () =>
  z.string().trim().regex(ONE_LINE, ONE_LINE_MESSAGE).refine(isWellFormed, ILL_FORMED_MESSAGE);

/** Long text (notes, descriptions): as `lineText`, but line breaks are kept. */
export const longText = () =>
  z.string().trim().regex(MULTI_LINE, MULTI_LINE_MESSAGE).refine(isWellFormed, ILL_FORMED_MESSAGE);

/** The `q` of every list: one line, at most 200 characters. */
export const SearchText = lineText().max(200, 'must be at most 200 characters');

/**
 * An id that is text (catalog parts, users): printable ASCII without spaces, never empty. Anything
 * else cannot name a record, so it is refused before it reaches the database.
 */
export const TextId = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[\x21-\x7e]+$/, 'is not a valid id');

/**
 * A field a body does not take, declared so that a client sending it learns where it belongs instead
 * of only that it is unknown (`status` on a new listing: "... goes live with POST .../activate").
 */
export const refusedField = (why: string) =>
  z
    .never({ error: `is not set here: ${why}` })
    .optional()
    .meta({ description: `Not accepted: ${why}` });
