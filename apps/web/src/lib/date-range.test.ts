import { describe, expect, it } from 'vitest';
import { presetRange } from './date-range';

describe('presetRange', () => {
  it('gives whole calendar months and years around the user’s today', () => {
    expect(presetRange('this-month', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(presetRange('last-month', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('last-month', '2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetRange('this-year', '2025-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('goes back over the new year', () => {
    expect(presetRange('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('this-month', '2025-12-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});
