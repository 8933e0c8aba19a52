/**
 * Numbers broken across a line break after their label (`マイナンバー⏎1234-5678-⏎9012`,
 * `カード番号は 4111 1111⏎1111 1111`, `ご連絡先 090-1234-⏎5678`). The two parts are joined only
 * when a label for that kind of number stands just before the first part and the joined
 * digits validate (check digit, Luhn + issuer, phone numbering plan).
 */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { cardIssuer, luhn } from './credit-card.js';
import { digitsOf, hasBusinessLabel } from './labels.js';
import { phoneKind } from './phone.js';
import { isValidMyNumber } from './twelve-digits.js';

/** Digits (with - or space groups) at a line end, then digits at the start of the next line. */
const SPLIT = /(?<![\d-])(\d[\d -]{1,18})[ \t]*\n(?:[ \t]*>)*[ \t\u3000]*(\d[\d -]{0,18}\d)(?![\d-])/g;
const LABEL_WINDOW = 40;

export function findSplitValues(unit: Unit, kw: KeywordIndex): Hit[] {
  if (unit.isRecord) return [];
  const text = unit.norm.text;
  if (!/\d[ \t]*\n/.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(SPLIT)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = digitsOf(m[0]);
    if (hasBusinessLabel(unit, start)) continue;
    const hit = (category: Hit['category'], reason: string): void => {
      hits.push({ category, start, end, value: digits, confidence: 'high', reason: `${reason} + label, split across lines` });
    };
    if (digits.length === 12 && isValidMyNumber(digits) && kw.labelled('my_number', start, LABEL_WINDOW)) hit('my_number', 'check digit');
    else if (digits.length >= 14 && digits.length <= 16 && cardIssuer(digits) && luhn(digits) && kw.labelled('credit_card', start, LABEL_WINDOW)) hit('credit_card', 'luhn');
    else if (phoneKind(digits) && kw.labelled('phone', start, LABEL_WINDOW)) hit('phone', 'numbering plan');
  }
  return hits;
}
