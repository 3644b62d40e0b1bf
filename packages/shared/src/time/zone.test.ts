import { describe, expect, it } from 'vitest';
import { dateIn, isTimeZone } from './zone';
import { TimeZone } from './zone-schema';

describe('time zones', () => {
  it('knows IANA names and refuses the rest', () => {
    expect(isTimeZone('America/Los_Angeles')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(TimeZone.safeParse('Europe/Berlin').success).toBe(true);
    expect(TimeZone.safeParse('PST8PDT-nonsense').success).toBe(false);
  });

  it('gives the local calendar date of an instant', () => {
    // 23:30 on Dec 31 in Los Angeles is already Jan 1 in UTC.
    const instant = new Date('2026-01-01T07:30:00Z');
    expect(dateIn('America/Los_Angeles', instant)).toBe('2025-12-31');
    expect(dateIn('UTC', instant)).toBe('2026-01-01');
    expect(dateIn('Asia/Tokyo', new Date('2026-03-01T14:59:00Z'))).toBe('2026-03-01');
    expect(dateIn('Asia/Tokyo', new Date('2026-03-01T15:00:00Z'))).toBe('2026-03-02');
  });

  it('keeps each zone apart when the same zones are asked again (one formatter per zone)', () => {
    const instant = new Date('2026-06-30T23:30:00Z');
    for (let round = 0; round < 2; round++) {
      expect(dateIn('America/Los_Angeles', instant)).toBe('2026-06-30');
      expect(dateIn('Asia/Tokyo', instant)).toBe('2026-07-01');
      expect(dateIn('UTC', instant)).toBe('2026-06-30');
      expect(dateIn('Etc/GMT-1', instant)).toBe('2026-07-01');
    }
  });
});
