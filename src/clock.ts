/** Time is an injectable seam so deadlines, retries and leases are testable without sleeping. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
