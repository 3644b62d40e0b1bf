/** One real query and the catalog part it means (the most popular of identical variants). */
export interface SearchCase {
  q: string;
  expect: string;
  /** The part that `expect` is, for people reading the set. */
  part: string;
}
