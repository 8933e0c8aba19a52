/** 法人番号: 13 digits, leading check digit. Not personal data; reported so policy can ignore it. */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { digitsOf, hasBusinessLabel } from './labels.js';

const THIRTEEN = /(?<![\d-])(?:T)?\d{13}(?![\d-])|(?<![\d-])\d-?\d{4}-?\d{4}-?\d{4}(?![\d-])/g;

export function isValidCorporateNumber(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(digits[13 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9) === Number(digits[0]);
}

export function findCorporateNumbers(unit: Unit, kw: KeywordIndex): Hit[] {
  const hits: Hit[] = [];
  for (const m of unit.norm.text.matchAll(THIRTEEN)) {
    const digits = digitsOf(m[0]);
    if (!isValidCorporateNumber(digits)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // A business label (JANコード, 商品コード, 型番 …) on the value outweighs a keyword further away.
    if (hasBusinessLabel(unit, start) && !kw.labelled('corporate_number', start, 20)) continue;
    const keyword = kw.near('corporate_number', start, end) || m[0].startsWith('T');
    hits.push({
      category: 'corporate_number',
      start,
      end,
      value: digits,
      confidence: keyword ? 'high' : 'medium',
      reason: keyword ? 'check digit + keyword' : 'check digit only',
    });
  }
  return hits;
}
