import { type SQL, sql } from 'drizzle-orm';
import { containsPattern } from '../../db/like';
import { MODEL_NUMBER_ENDINGS, wordsOf } from './catalog-text';

/** More words than this add nothing to a part search but cost one index condition each. */
export const MAX_TERMS = 8;

/**
 * One word of the query and the spellings that may stand for it: the word itself, or, when it matches
 * no word of the catalog, the catalog words closest to it ("vengance" → vengeance).
 */
export type Term = string[];

/** Glues a model number's ending back on: "5600 x" → 5600x ("3070 ti" is indexed both ways). */
function glueEndings(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const previous = out[out.length - 1];
    if (previous !== undefined && /^\d{3,5}$/.test(previous) && MODEL_NUMBER_ENDINGS.has(word)) {
      out[out.length - 1] = previous + word;
    } else out.push(word);
  }
  return out;
}

/** The query as terms: normalized words ("16 GB" → 16gb, "DDR4-3200" → ddr4, 3200), each once. */
export function parseQuery(q: string): Term[] {
  return [...new Set(glueEndings(wordsOf(q)))].slice(0, MAX_TERMS).map((word) => [word]);
}

// search_text is a list of words, each between spaces (see buildSearchText).
const startsAWord = (word: string) => sql`search_text like ${containsPattern(` ${word}`)}`;
const isAWord = (word: string) => sql`search_text like ${containsPattern(` ${word} `)}`;
const anyOf = (parts: SQL[]) => sql`(${sql.join(parts, sql` or `)})`;
const inText = (column: SQL, term: Term): SQL =>
  anyOf(term.map((word) => sql`${column} like ${containsPattern(` ${word}`)}`));

/** The term starts a word of the part's search text (through the trigram index). */
export const termMatches = (term: Term): SQL => anyOf(term.map(startsAWord));

/** The term is a whole word of the part: "5600x" is in the 5600X, only the start of a word in the 5600XT. */
export const termIsWord = (term: Term): SQL => anyOf(term.map(isAWord));

/** How many terms match the part: the measure of the relaxed search. */
export const matchedTerms = (terms: Term[]): SQL =>
  sql.join(
    terms.map((term) => sql`(case when ${termMatches(term)} then 1 else 0 end)`),
    sql` + `,
  );

/** Whole-word matches count double, so an exact model number ranks before longer ones it starts. */
export const relevance = (terms: Term[]): SQL =>
  sql.join(
    terms.map(
      (term) => sql`(case when ${termIsWord(term)} then 2 when ${termMatches(term)} then 1 else 0 end)`,
    ),
    sql` + `,
  );

/** Words of `column` the person did not type, when they typed any of them (else 0). */
function untyped(terms: Term[], column: SQL, count: SQL): SQL {
  const typed = sql.join(
    terms.map((term) => sql`(case when ${inText(column, term)} then 1 else 0 end)`),
    sql` + `,
  );
  return sql`(case when ${typed} > 0 then greatest(${count} - (${typed}), 0) else 0 end)`;
}

/**
 * Closeness beyond matching: first the GPU chip words not typed ("3060" ranks the 3060 before the
 * 3060 Ti), then the model words not typed ("970 evo" ranks the 970 Evo before the 970 Evo Plus). A
 * query of spec words only ("16gb ddr4") types none, so popularity decides.
 */
export const untypedWords = (terms: Term[]): SQL =>
  sql`${untyped(terms, sql`chip_text`, sql`chip_words`)}, ${untyped(terms, sql`model_text`, sql`model_words`)}`;
