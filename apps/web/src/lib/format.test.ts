import { describe, expect, it } from 'vitest';
import { formatMoney, formatRatio, formatSignedMoney, inSentence } from './format';

describe('inSentence', () => {
  it('lowers the first letter of a status so a toast reads as a sentence', () => {
    expect(`is now ${inSentence('In a build')}`).toBe('is now in a build');
    expect(`is now ${inSentence('Ready to sell')}`).toBe('is now ready to sell');
    expect(inSentence('Archived')).toBe('archived');
  });

  it('keeps acronyms as they are written', () => {
    expect(`is now ${inSentence('RMA')}`).toBe('is now RMA');
    expect(inSentence('CPU cooler')).toBe('CPU cooler');
  });

  it('leaves a label that already starts in lower case alone', () => {
    expect(inSentence('eBay')).toBe('eBay');
    expect(inSentence('')).toBe('');
  });
});

describe('formatMoney', () => {
  it('shows a zero taken away as zero, not as a loss', () => {
    expect(formatMoney(-0)).toBe('$0.00');
    expect(formatSignedMoney(-0)).toBe('$0.00');
    expect(formatMoney(-712)).toBe('-$7.12');
  });
});

describe('formatRatio', () => {
  it('writes a ratio as a percentage to a tenth, a loss with its minus', () => {
    expect(formatRatio(0.125)).toBe('12.5%');
    expect(formatRatio(-0.0333)).toBe('-3.3%');
    expect(formatRatio(2)).toBe('200%');
  });
});
