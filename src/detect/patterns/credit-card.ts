/** Payment card numbers: issuer range + Luhn; grouping or a keyword raises confidence. */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { digitsOf, hasBusinessLabel } from './labels.js';
import { paragraphBounds } from '../sentences.js';

/**
 * 16 digits in four groups (not a fifth group after them; a date or a count after a space is
 * fine: 「5240 0000 1234 5673 6/2ご注文分」), 4-6-4/5 (Amex, Diners), or 14-16 digits in one run.
 */
const CARD = /(?<!\d[- ]?)(?:\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?!\d|\1\d{4}(?!\d))|\d{4}([- ])\d{6}\2\d{4,5}(?![- ]?\d)|\d{14,16}(?![- ]?\d))/g;

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer ranges (IIN) with their lengths. */
export function cardIssuer(digits: string): string | null {
  const len = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && len === 16) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && len === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && len === 15) return 'amex';
  if (p4 >= 3528 && p4 <= 3589 && len === 16) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && (len === 14 || len === 16)) return 'diners';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && len === 16) return 'discover';
  if (p2 === 62 && len === 16) return 'unionpay';
  return null;
}

/**
 * A number written as a test or dummy card right beside it (テスト環境（4111 … 等のテストカード）,
 * "test card 4242 …"): a published test number or a placeholder, no cardholder's. Reported low.
 */
const TEST_BEFORE = /(?:テスト|test|検証用|ダミー|dummy|サンドボックス|sandbox|サンプル|sample)[^\n]{0,12}$/i;
const TEST_AFTER = /^[^\n]{0,12}?(?:テスト|test|検証用|ダミー|dummy|サンドボックス|sandbox|サンプル|sample)/i;
/**
 * The paragraph before the number says these are test numbers: 「ステージング環境のテストカードは…以下を
 * 使用する。⏎ VISA：4242 …」, "The sandbox only accepts the processor's published test cards. Use 4242 …".
 */
const TEST_CONTEXT = /テスト(?:カード|環境|用|番号|決済)|(?:ステージング|検証|開発|サンドボックス)環境|\btest(?:ing)?\s+(?:cards?|numbers?|mode|environment|PANs?)\b|\bsandbox\b|\bstaging\b/i;

/** The paragraph before the number, at most 200 characters of it. */
function paragraphBefore(text: string, start: number): string {
  return text.slice(Math.max(paragraphBounds(text, start)[0], start - 200), start);
}

export function findCreditCards(unit: Unit, kw: KeywordIndex): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  for (const m of text.matchAll(CARD)) {
    const digits = digitsOf(m[0]);
    const issuer = cardIssuer(digits);
    if (!issuer || !luhn(digits)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const keyword = kw.near('credit_card', start, end);
    const grouped = /[- ]/.test(m[0]);
    if (!keyword && hasBusinessLabel(unit, start)) continue;
    if (TEST_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || TEST_AFTER.test(text.slice(end, end + 30)) || TEST_CONTEXT.test(paragraphBefore(text, start))) {
      hits.push({ category: 'credit_card', start, end, value: digits, confidence: 'low', reason: `${issuer} luhn + test card context` });
      continue;
    }
    hits.push({
      category: 'credit_card',
      start,
      end,
      value: digits,
      confidence: keyword ? 'high' : grouped ? 'medium' : 'low',
      reason: `${issuer} luhn${keyword ? ' + keyword' : grouped ? ' + grouping' : ''}`,
    });
  }
  return hits;
}
