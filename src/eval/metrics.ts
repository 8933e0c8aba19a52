/** Counting helpers: precision/recall by overlap, per category. */

export interface Tally { tp: number; fp: number; fn: number }

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}
export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}
export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function tallyOf(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = emptyTally()));
  return t;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export const fmt = (n: number): string => n.toFixed(3);
