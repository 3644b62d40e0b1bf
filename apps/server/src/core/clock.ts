/**
 * The one source of the current time on the server: services read it from here, never from `new Date()`, so
 * that tests can set the time (`fixedClock`) and every write of one call carries one instant.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that shows `at` until it is set to another instant (tests). */
export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void } {
  let instant = new Date(at);
  return {
    now: () => new Date(instant),
    set: (next) => {
      instant = new Date(next);
    },
  };
}
