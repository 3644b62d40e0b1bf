import { describe, expect, it } from 'vitest';
import { checkAgainstRecord, numbersNotIn } from './claims';

describe('checkAgainstRecord', () => {
  const record = 'NVIDIA GeForce RTX 3080 10 GB GDDR6X, used, grade 4. Fans replaced.';

  it('cuts a capacity the record does not have and keeps the ones it has', () => {
    const { text, removed } = checkAgainstRecord('RTX 3080 with 12GB of fast memory, 10 GB GDDR6X', record);
    expect(text).toBe('RTX 3080 with of fast memory, 10 GB GDDR6X');
    expect(removed).toEqual([{ text: '12GB', reason: 'This figure is not in the record.' }]);
  });

  it('cuts claims the record does not make', () => {
    const { text, removed } = checkAgainstRecord('Fully tested, with warranty and original box.', record);
    expect(removed.map((r) => r.text)).toEqual(['Fully tested', 'original box', 'warranty']);
    expect(text).not.toMatch(/tested|warranty|box/i);
  });

  it('keeps a claim the record makes', () => {
    const { removed } = checkAgainstRecord('Tested and working.', `${record} Tested in a build.`);
    expect(removed).toEqual([]);
  });
});

describe('numbersNotIn', () => {
  const listing = 'Gaming PC r5 3600, 980ti, 16 gigs ddr4, 1tb ssd - $1,200';

  it('finds the numbers the listing never states, whatever their units', () => {
    expect(numbersNotIn('Ryzen 5 3600, GTX 980 Ti, 16 GB DDR4, 1 TB, $1,200', listing)).toEqual([]);
    expect(numbersNotIn('RTX 3080 10 GB, DDR4-3200', listing)).toEqual(['3080', '10 GB', '3200']);
  });
});
