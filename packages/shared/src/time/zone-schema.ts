import { z } from 'zod';
import { isTimeZone } from './zone';

// Apart from zone.ts, so that showing dates in the user's zone loads no schema library.
export const TimeZone = z
  .string()
  .refine(isTimeZone, 'must be an IANA time zone such as America/Los_Angeles');
