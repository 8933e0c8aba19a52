/** Exponential backoff: initial, 2×, 4× … capped at max. Pure, so schedules are testable. */
export function retryDelay(attempts: number, initialMs: number, maxMs: number): number {
  const exp = Math.max(0, attempts - 1);
  return Math.min(maxMs, initialMs * 2 ** Math.min(exp, 30));
}
