/**
 * Dates (西暦 and 和暦, 年月日 or slashes) become birth dates only when labelled as such
 * (生年月日/誕生日 just before, 生まれ just after, or a birth-date column).
 */
import { headerAt, type KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { lineAt, lineEndAt, lineStartAt } from '../sentences.js';

const WESTERN = /(?<!\d)(19\d{2}|20\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([/.\-])(\d{1,2})\4(\d{1,2})(?![\d/.\-]))/g;
/** `22/07/1981`, `03.02.1984`, `3-2-1984`: the year last. */
const NUMERIC_DMY = /(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(19\d{2}|20\d{2})(?![\d/.\-])/g;
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

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?';
/** `12 Jan 1988`, `5th July 1987` */
const ENGLISH_DMY = new RegExp(`(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?[ -]${MONTH}[ ,-]\\s?(\\d{4})(?!\\d)`, 'gi');
/** `Jul. 5, 1987`, `July 5th 1987` */
const ENGLISH_MDY = new RegExp(`(?<![\\w])${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`, 'gi');

export function findDates(text: string, now: Date): ParsedDate[] {
  const out: ParsedDate[] = [];
  if (/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i.test(text)) {
    for (const m of text.matchAll(ENGLISH_DMY)) {
      const iso = toIso(Number(m[3]), MONTHS[(m[2] ?? '').slice(0, 3).toLowerCase()] ?? 0, Number(m[1]), now);
      if (iso) out.push({ start: m.index, end: m.index + m[0].length, iso });
    }
    for (const m of text.matchAll(ENGLISH_MDY)) {
      const iso = toIso(Number(m[3]), MONTHS[(m[1] ?? '').slice(0, 3).toLowerCase()] ?? 0, Number(m[2]), now);
      if (iso) out.push({ start: m.index, end: m.index + m[0].length, iso });
    }
  }
  for (const m of text.matchAll(WESTERN)) {
    const iso = toIso(Number(m[1]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6]), now);
    if (iso) out.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  // 22/07/1981, 03.02.1984: day (or month) first, as written abroad; read as day first unless the
  // second number cannot be a month.
  for (const m of text.matchAll(NUMERIC_DMY)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    const iso = toIso(Number(m[4]), month, day, now);
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

const BIRTH = /生年月日|誕生日|生まれ|出生|birth|\bdob\b|\bborn\b/i;
/** `生` or `生まれ` right after the date: `昭和55年4月24日生`. */
const BIRTH_AFTER = /^\s*(?:生まれ|生(?![\p{sc=Han}])|出生)/u;
/** A `label：` before the value on its line: the value belongs to that label. */
const LINE_LABEL = /([^\s:：、。]{1,16})\s*[:：]\s*$/;

export function findBirthDates(unit: Unit, kw: KeywordIndex, now: Date): Hit[] {
  const hits: Hit[] = [];
  const text = unit.norm.text;
  for (const d of findDates(text, now)) {
    // 1900-01-01 and earlier: a system's placeholder for an unknown date (nobody living was born then).
    if (d.iso <= '1900-12-31') continue;
    if (!isBirthLabelled(unit, text, d, kw)) continue;
    hits.push({ category: 'birth_date', start: d.start, end: d.end, value: d.iso, confidence: 'high', reason: 'date + birth label' });
  }
  return hits;
}

/**
 * The label of this value decides: its column header, else a `label：` before it on its line
 * (在留期限：… is not a birth date even with 生年月日 on the next line), else a birth keyword
 * just before it, `生まれ` just after it, or a birth label ending the line above.
 */
function isBirthLabelled(unit: Unit, text: string, d: ParsedDate, kw: KeywordIndex): boolean {
  const header = headerAt(unit, d.start);
  if (header !== undefined) return BIRTH.test(header);
  const lineStart = lineStartAt(text, d.start);
  const lineEnd = lineEndAt(text, d.end);
  const before = text.slice(Math.max(lineStart, d.start - 24), d.start);
  const label = LINE_LABEL.exec(text.slice(lineStart, d.start).slice(-40))?.[1];
  if (label !== undefined) return BIRTH.test(label);
  if (BIRTH.test(before) || BIRTH_AFTER.test(text.slice(d.end, lineEnd))) return true;
  // A label alone on the line above: `生年月日\n1990年1月2日`.
  if (text.slice(lineStart, d.start).trim() === '' && lineStart > 0) {
    const prev = lineAt(text, lineStart - 1).trim();
    if (prev.length <= 24 && BIRTH.test(prev)) return true;
  }
  // A birth keyword shortly before it on its own line (not the line above: 生年月日 … ⏎受診日 2022/05/18).
  return kw.labelled('birth_date', d.start, d.start - Math.max(lineStart, d.start - 24), 0, d.end);
}
