/**
 * Dates (西暦 and 和暦, 年月日 or slashes) become birth dates only when labelled as such
 * (生年月日/誕生日 just before, 生まれ just after, or a birth-date column).
 */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';

const WESTERN = /(?<!\d)(19\d{2}|20\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([/.\-])(\d{1,2})\4(\d{1,2})(?![\d/.\-]))/g;
const WAREKI =
  /(?<![A-Za-z])(明治|大正|昭和|平成|令和|[MTSHR]\.?)\s*(\d{1,2}|元)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([/.\-])(\d{1,2})\5(\d{1,2})(?![\d/.\-]))/g;

const ERA_START: Record<string, [number, number]> = {
  明治: [1868, 45], M: [1868, 45], 大正: [1912, 15], T: [1912, 15], 昭和: [1926, 64], S: [1926, 64],
  平成: [1989, 31], H: [1989, 31], 令和: [2019, 99], R: [2019, 99],
};

export interface ParsedDate {
  start: number;
  end: number;
  iso: string;
}

export function findDates(text: string, now: Date): ParsedDate[] {
  const out: ParsedDate[] = [];
  for (const m of text.matchAll(WESTERN)) {
    const iso = toIso(Number(m[1]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6]), now);
    if (iso) out.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  for (const m of text.matchAll(WAREKI)) {
    const era = ERA_START[(m[1] ?? '').replace('.', '')];
    if (!era) continue;
    const y = m[2] === '元' ? 1 : Number(m[2]);
    if (y < 1 || y > era[1]) continue;
    const iso = toIso(era[0] + y - 1, Number(m[3] ?? m[6]), Number(m[4] ?? m[7]), now);
    if (iso) out.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  return out;
}

function toIso(y: number, mo: number, d: number, now: Date): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1868 || y > now.getFullYear()) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function findBirthDates(unit: Unit, kw: KeywordIndex, now: Date): Hit[] {
  const hits: Hit[] = [];
  for (const d of findDates(unit.norm.text, now)) {
    if (!kw.labelled('birth_date', d.start, 24, 8, d.end)) continue;
    hits.push({ category: 'birth_date', start: d.start, end: d.end, value: d.iso, confidence: 'high', reason: 'date + birth label' });
  }
  return hits;
}
