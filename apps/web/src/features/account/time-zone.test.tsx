import type { Me } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountQueries } from '../auth/queries';
import { matchingZones } from './TimeZoneField';
import { timeZoneNames, useToday } from './time-zone';

function signedInAs(timezone: string) {
  const client = new QueryClient();
  const me: Me = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'user', timezone };
  client.setQueryData(accountQueries.me().queryKey, me);
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

describe('useToday', () => {
  afterEach(() => vi.useRealTimers());

  it('is the date in the account’s time zone, not the browser’s', () => {
    // 23:30 on New Year's Eve in Los Angeles is already January 1st in UTC and in Tokyo.
    vi.useFakeTimers({ now: new Date('2026-01-01T07:30:00Z'), toFake: ['Date'] });
    expect(renderHook(useToday, { wrapper: signedInAs('America/Los_Angeles') }).result.current).toBe(
      '2025-12-31',
    );
    expect(renderHook(useToday, { wrapper: signedInAs('Asia/Tokyo') }).result.current).toBe('2026-01-01');
  });
});

describe('time zone choices', () => {
  const zones = timeZoneNames();

  it('offers every zone the browser knows, UTC among them', () => {
    expect(zones).toContain('UTC');
    expect(zones).toContain('America/Los_Angeles');
    expect(zones.length).toBeGreaterThan(300);
  });

  it('finds a zone from part of a city, region or both, those starting with it first', () => {
    expect(matchingZones(zones, 'los angeles')).toEqual(['America/Los_Angeles']);
    expect(matchingZones(zones, 'Los_Ang')).toEqual(['America/Los_Angeles']);
    expect(matchingZones(zones, 'europe ber')).toEqual(['Europe/Berlin']);
    expect(matchingZones(zones, 'york')[0]).toBe('America/New_York');
    expect(matchingZones(zones, 'Atlantis')).toEqual([]);
    expect(matchingZones(zones, '')).toHaveLength(60);
  });
});
