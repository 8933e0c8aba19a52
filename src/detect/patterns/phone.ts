/** Japanese phone numbers in national (0…) or international (+81) form, and other countries' in international form (+33 6 71 24 88 30). */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { digitsOf, hasBusinessLabel, inTableWithoutPerson } from './labels.js';

/**
 * Grouped numbers. Not after `digit/` (a path, a date, a number range) — except a whole mobile
 * number after an address's last digit (港南台3-12-5／090-4821-3381: the slash separates them).
 * Nor before `/digit` or `/word` in Latin letters; a slash before other text separates (090-…／青葉台…).
 */
const GROUPED =
  /(?:(?<![\w+.\-]|\d\/)|(?<=\d\/)(?=0[6-9]0-\d{4}-\d{4}(?![\w\-]|\/[\w\-])))(?:\+81[ -]?(?:\(0\)[ -]?)?\d{1,4}|\(0\d{1,4}\)[ ]?|0\d{1,4})(?:[- ]|(?<=\)))\d{1,4}[- ]\d{3,4}(?![\w\-]|\/[\w\-])/g;
const UNGROUPED = /(?<![\w+.\-]|\d\/)(?:\+81|0)\d{9,10}(?![\w\-]|\/[\w\-])/g;
/** Area or local part in brackets: `090(1234)5678`, `03（1234）5678`, `(070)1234-5678`. */
const BRACKETED = /(?<![\w+.\-]|\d\/)(?:0\d{1,4}[ ]?\(\d{1,4}\)[ ]?\d{3,4}|\(0\d{1,4}\)[ ]?\d{1,4}[- ]?\d{3,4})(?![\w\-]|\/[\w\-])/g;
/** Numbers written (partly) in kanji digits: `〇三（六四一）四三二九`, `〇九〇ー一二三四ー五六七八`. */
const KD = '[0-9〇一二三四五六七八九]';
const KANJI_PHONE = new RegExp(
  `(?<![\\w〇一二三四五六七八九十百千])(?:\\([〇0]${KD}{1,4}\\)|[〇0]${KD}{1,4})[-ー ]?(?:\\(${KD}{1,4}\\)|${KD}{1,4})[-ー ]?${KD}{3,4}(?![\\w〇一二三四五六七八九十百千])`,
  'g',
);
/**
 * Another country's number in international form: `+33 6 71 24 88 30`, `+254722418903`,
 * `+1 (415) 555-0132`, `+66-81-234-5678` — 8 to 15 digits with the country code (E.164).
 */
const FOREIGN = /(?<![\w+.\-]|\d\/)\+(?!81)[1-9]\d{0,2}(?:[ -]?\(\d{1,4}\))?(?:[ -]?\d{1,5}){1,6}(?![\w\-]|\/[\w\-])/g;
const KANJI_DIGITS: Record<string, string> = { 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 0AA-BBBB-CCCC or 0A-BBBBB-CCCC: eleven digits in a landline's shape (not a mobile, IP or free-dial prefix). */
const OVERLONG_LANDLINE = /^0(?![6-9]0|50|20|120|800|570)[1-9]\d{0,2}-\d{4,5}-\d{4}$/;

/** National number (leading 0) → kind, or null when no such number exists. */
export function phoneKind(national: string): 'mobile' | 'ip' | 'tollfree' | 'navi' | 'landline' | null {
  const len = national.length;
  if (!national.startsWith('0')) return null;
  if (/^0[6-9]0/.test(national)) return len === 11 ? 'mobile' : null;
  if (national.startsWith('050')) return len === 11 ? 'ip' : null;
  if (national.startsWith('0120')) return len === 10 ? 'tollfree' : null;
  if (national.startsWith('0800')) return len === 11 ? 'tollfree' : null;
  if (national.startsWith('0570')) return len === 10 ? 'navi' : null;
  if (/^0[1-9]/.test(national) && !national.startsWith('020')) return len === 10 ? 'landline' : null;
  return null;
}

export function findPhones(unit: Unit, kw: KeywordIndex): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  const seen = new Set<number>();
  for (const [re, grouped] of [[GROUPED, true], [BRACKETED, true], [UNGROUPED, false], [KANJI_PHONE, true]] as const) {
    if (re === KANJI_PHONE && !/[〇一二三四五六七八九]/.test(text)) continue;
    for (const m of text.matchAll(re)) {
      if (seen.has(m.index)) continue;
      if (re === KANJI_PHONE && !/[〇一二三四五六七八九]/.test(m[0])) continue;
      let digits = digitsOf(m[0].replace(/[〇一二三四五六七八九]/g, (c) => KANJI_DIGITS[c] ?? c));
      if (m[0].startsWith('+81')) digits = '0' + digits.slice(2).replace(/^0/, '');
      const start = m.index;
      const end = start + m[0].length;
      // A landline written with one digit too many in its exchange (048-0000-3719: an invented or
      // mistyped number) under a phone label (連絡先：, TEL) is still given as someone's number.
      const kind = phoneKind(digits) ?? (grouped && OVERLONG_LANDLINE.test(m[0]) && kw.near('phone', start, end, 16) ? 'landline' : null);
      if (!kind) continue;
      // Digit groups that run on (供給地点特定番号 04 0031 7702 5518 0042 1100): part of a longer number.
      // A bare digit group before it counts; an address's last number (上野西2-4-11　06-…) does not,
      // nor a date or time after it (携帯 090-…　9/27(土)).
      if (/^[ \u3000]\d+(?![\d\/:：月日年時])/.test(text.slice(end, end + 8)) || /(?:^|[^\d-])\d{2,4}[ \u3000]$/.test(text.slice(Math.max(0, start - 6), start))) continue;
      const keyword = kw.near('phone', start, end, 60);
      if (!keyword && hasBusinessLabel(unit, start)) continue;
      seen.add(start);
      // A table without a person column: only a mobile number looks personal.
      if (kind !== 'mobile' && inTableWithoutPerson(unit, start)) {
        hits.push({ category: 'phone', start, end, value: digits, confidence: 'low', reason: `${kind} in a table without person column` });
        continue;
      }
      const confidence = keyword ? 'high' : grouped || kind === 'mobile' ? 'medium' : 'low';
      hits.push({ category: 'phone', start, end, value: digits, confidence, reason: `${kind}${keyword ? ' + keyword' : ''}` });
    }
  }
  if (text.includes('+')) {
    for (const m of text.matchAll(FOREIGN)) {
      const digits = digitsOf(m[0]);
      if (digits.length < 8 || digits.length > 15) continue;
      const start = m.index;
      const end = start + m[0].length;
      const keyword = kw.near('phone', start, end, 60);
      if (!keyword && hasBusinessLabel(unit, start)) continue;
      if (inTableWithoutPerson(unit, start)) {
        hits.push({ category: 'phone', start, end, value: `+${digits}`, confidence: 'low', reason: 'foreign number in a table without person column' });
        continue;
      }
      hits.push({ category: 'phone', start, end, value: `+${digits}`, confidence: keyword ? 'high' : 'medium', reason: `foreign number${keyword ? ' + keyword' : ''}` });
    }
  }
  return hits;
}
