import { dateIn, isTimeZone } from '@partwise/shared';
import { useMe } from '../auth/queries';

/** The zone the browser runs in, sent at sign-up; UTC when the browser does not say or names an unknown one. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** Every IANA zone this browser knows, for the time zone picker; UTC is always among them. */
export function timeZoneNames(): string[] {
  const names = Intl.supportedValuesOf('timeZone');
  return names.includes('UTC') ? names : ['UTC', ...names];
}

/** The signed-in user's time zone (their account's, not the browser's): "today" follows it everywhere. */
export function useTimeZone(): string {
  const { data } = useMe();
  return data?.timezone ?? browserTimeZone();
}

/** Today's date (YYYY-MM-DD) where the user is, as their account says: the default of every date field. */
export function useToday(): string {
  return dateIn(useTimeZone(), new Date());
}
