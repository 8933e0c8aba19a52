/** 12-digit numbers: My Number (check digit) or driver's licence (keyword only). */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { digitsOf, hasBusinessLabel } from './labels.js';

const TWELVE = /(?<!\d[- ]?)\d{4}([- ]?)\d{4}\1\d{4}(?![- ]?\d)/g;

/** Check digit from the cabinet order of the My Number Act. */
export function isValidMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(digits[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  const check = r <= 1 ? 0 : 11 - r;
  return check === Number(digits[11]);
}

export function findTwelveDigitNumbers(unit: Unit, kw: KeywordIndex): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  for (const m of text.matchAll(TWELVE)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = digitsOf(m[0]);
    // 000000000000 (a form's 〇〇〇〇 〇〇〇〇 〇〇〇〇), 111111111111: a placeholder, nobody's number.
    if (/^(\d)\1{11}$/.test(digits)) continue;
    const business = hasBusinessLabel(unit, start);
    const licenceKeyword = kw.near('drivers_license', start, end);
    const myNumberKeyword = kw.near('my_number', start, end);
    const valid = isValidMyNumber(digits);
    if (licenceKeyword && !(myNumberKeyword && valid) && plausibleLicence(digits)) {
      hits.push({ category: 'drivers_license', start, end, value: digits, confidence: 'high', reason: 'keyword:免許' });
      continue;
    }
    if (!valid || business) continue;
    hits.push({
      category: 'my_number',
      start,
      end,
      value: digits,
      confidence: myNumberKeyword ? 'high' : 'low',
      reason: myNumberKeyword ? 'check digit + keyword' : 'check digit only',
    });
  }
  return hits;
}

/** Issuing commission code (first two digits) is 10–97. */
function plausibleLicence(digits: string): boolean {
  const code = Number(digits.slice(0, 2));
  return code >= 10 && code <= 97;
}
