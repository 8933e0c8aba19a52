/** Japanese phone numbers in national (0…) or international (+81) form. */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { digitsOf, hasBusinessLabel } from './labels.js';

const GROUPED =
  /(?<![\w+.\-/])(?:\+81[ -]?(?:\(0\)[ -]?)?\d{1,4}|\(0\d{1,4}\)[ ]?|0\d{1,4})(?:[- ]|(?<=\)))\d{1,4}[- ]\d{3,4}(?![\w\-/])/g;
const UNGROUPED = /(?<![\w+.\-/])(?:\+81|0)\d{9,10}(?![\w\-/])/g;

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
  for (const [re, grouped] of [[GROUPED, true], [UNGROUPED, false]] as const) {
    for (const m of text.matchAll(re)) {
      if (seen.has(m.index)) continue;
      let digits = digitsOf(m[0]);
      if (m[0].startsWith('+81')) digits = '0' + digits.slice(2).replace(/^0/, '');
      const kind = phoneKind(digits);
      if (!kind) continue;
      const start = m.index;
      const end = start + m[0].length;
      const keyword = kw.near('phone', start, end, 60);
      if (!keyword && hasBusinessLabel(unit, start)) continue;
      seen.add(start);
      const confidence = keyword ? 'high' : grouped || kind === 'mobile' ? 'medium' : 'low';
      hits.push({ category: 'phone', start, end, value: digits, confidence, reason: `${kind}${keyword ? ' + keyword' : ''}` });
    }
  }
  return hits;
}
