/**
 * Bank accounts written in a sentence rather than a form line:
 *
 *     振込先は三菱UFJ銀行の渋谷支店で、普通預金の口座番号は1234567です。
 *     口座は1234567（普通）、みずほ銀行新宿支店です。
 *     Please transfer to Mizuho Bank, Shinjuku Branch, ordinary account No. 1234567.
 *
 * A 7-digit account number counts when the same passage (up to ~120 characters either side,
 * not crossing a blank line) names a bank, a branch, and an account type or the word 口座/account.
 * The form-style layouts are found by bank-account.ts; overlaps are resolved by confidence.
 */
import type { Hit, Unit } from '../hit.js';

const NUMBER = /(?<![\d-])\d{7}(?![\d-])/g;
const BANK = /銀行|信用金庫|信金|信用組合|労働金庫|ろうきん|農協|JAバンク|ゆうちょ|\bbank\b/i;
const BRANCH = /支店|本店|本所|営業部|出張所|支所|店番|\bbranch\b/i;
const ACCOUNT = /普通|当座|貯蓄|口座|\b(?:ordinary|savings|checking|current)\b|\baccount\b/i;
const WINDOW = 120;
/**
 * An account abroad, labelled in English, whatever its length and grouping (Account no.:
 * 0081-2294-7716 under Bank: BDO Unibank), or an IBAN after its label; the passage names a bank.
 */
const ACCOUNT_LABELLED_EN = /\b(?:account|acct|a\/c)[ \t]*(?:no\.?|number|#)[ \t]*[:：]?[ \t]*(\d[\d -]{4,22}\d)(?![\d-])/gi;
const IBAN = /\bIBAN[ \t]*[:：]?[ \t]*([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?)\b/g;

export function findBankAccountsInProse(unit: Unit): Hit[] {
  const text = unit.norm.text;
  if (!BANK.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(ACCOUNT_LABELLED_EN)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    const passage = text.slice(Math.max(0, start - WINDOW), Math.min(text.length, start + value.length + WINDOW));
    if (!BANK.test(passage) || value.replace(/\D/g, '').length < 6) continue;
    hits.push({ category: 'bank_account', start, end: start + value.length, value: value.replace(/[ -]/g, ''), confidence: 'high', reason: 'account number label + bank in the passage' });
  }
  for (const m of text.matchAll(IBAN)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    hits.push({ category: 'bank_account', start, end: start + value.length, value: value.replace(/ /g, ''), confidence: 'high', reason: 'IBAN' });
  }
  if (!BRANCH.test(text)) return hits;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    let from = Math.max(0, start - WINDOW);
    let to = Math.min(text.length, end + WINDOW);
    const before = text.lastIndexOf('\n\n', start);
    if (before >= from) from = before;
    const after = text.indexOf('\n\n', end);
    if (after !== -1 && after < to) to = after;
    const passage = text.slice(from, to);
    if (!BANK.test(passage) || !BRANCH.test(passage) || !ACCOUNT.test(passage)) continue;
    // A phone, postal or order number: digits that are part of a longer hyphenated or labelled value.
    const lead = text.slice(Math.max(0, start - 8), start);
    if (/(?:〒|TEL|電話|FAX|注文|伝票|請求|No\.\s*[A-Z])\s*[:：]?\s*$/i.test(lead)) continue;
    hits.push({ category: 'bank_account', start, end, value: m[0], confidence: 'high', reason: 'bank, branch and account type in the same passage' });
  }
  return hits;
}
