import type { Category, Condition } from '../parts/enums';

/** What a listing text is written from: the fields of a part record (a Part from the API fits). */
export interface ListedPart {
  name: string;
  category: Category;
  brand: string | null;
  model: string | null;
  condition: Condition;
  grade: number | null;
  specs: Record<string, unknown>;
  notes: string | null;
}

/** The thing listed: one part, or a build with its parts. */
export type ListingSubject =
  | { kind: 'part'; part: ListedPart }
  | { kind: 'build'; name: string; notes: string | null; parts: ListedPart[] };
