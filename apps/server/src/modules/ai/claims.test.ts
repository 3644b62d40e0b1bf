import { describe, expect, it } from 'vitest';
import { checkAgainstRecord } from './claims';

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
