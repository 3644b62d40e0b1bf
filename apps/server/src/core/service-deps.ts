import type { Db } from '../db/client';
import type { Clock } from './clock';

/** What every service is created with; a call's caller comes with each call. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
}
