// A stopwatch that survives being serialised: accumulated milliseconds plus the wall-clock
// time it was last started (Date.now(), so a restored panel can tell how long it was away).

export interface Clock {
  elapsed: number;
  /** Date.now() when started, null while paused. */
  since: number | null;
}

export const stopped = (): Clock => ({ elapsed: 0, since: null });
export const started = (now: number): Clock => ({ elapsed: 0, since: now });

export function read(clock: Clock, now: number): number {
  return clock.elapsed + (clock.since === null ? 0 : Math.max(0, now - clock.since));
}

export function pause(clock: Clock, now: number): Clock {
  return clock.since === null ? clock : { elapsed: read(clock, now), since: null };
}

export function resume(clock: Clock, now: number): Clock {
  return clock.since === null ? { elapsed: clock.elapsed, since: now } : clock;
}

/** A clock restored after the panel was gone (a window reload): paused at the last moment it was seen running. */
export function restored(clock: Clock, lastSeen: number): Clock {
  if (clock.since === null) return clock;
  return { elapsed: clock.elapsed + Math.max(0, lastSeen - clock.since), since: null };
}
