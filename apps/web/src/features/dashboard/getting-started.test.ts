import { describe, expect, it } from 'vitest';
import { nextSteps, type Progress } from './getting-started';

const none: Progress = { parts: false, lots: false, builds: false, listings: false, sales: false };
const ids = (progress: Progress) => nextSteps(progress).map((step) => step.id);

describe('the getting-started steps', () => {
  it('offers the ways to fill the shelf to a new account', () => {
    expect(ids(none)).toEqual(['part', 'lot', 'import']);
  });

  it('drops a step once its data exists, and brings up the next one', () => {
    expect(ids({ ...none, parts: true })).toEqual(['lot', 'build', 'listing']);
    expect(ids({ ...none, lots: true })).toEqual(['part', 'import', 'build']);
    expect(ids({ ...none, parts: true, lots: true, builds: true })).toEqual(['listing', 'sale']);
  });

  it('has nothing left once the whole first session is done', () => {
    expect(ids({ parts: true, lots: true, builds: true, listings: true, sales: true })).toEqual([]);
  });
});
