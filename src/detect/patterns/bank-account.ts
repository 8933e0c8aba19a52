/** Bank accounts: bank + branch + 普通/当座 + 7 digits (the type may start the next line), an 口座番号 label + 7 digits, or a JSON account field. */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';

const FULL =
  /(?:銀行|信用金庫|信金|信用組合|労働金庫|ろうきん|農協|JAバンク|ゆうちょ)[^\n]{0,40}?(?:支店|本店|本所|営業部|出張所|店番|支所)(?:[^\n]|\n(?!\s*\n)){0,30}?(?:普通|当座|貯蓄|総合)(?:預金)?(?:口座)?[\s:：]*(?:口座番号)?[\s:：No.]*(\d{7})(?!\d)/g;
const LABELLED = /口座番号[\s:：]*(?:(?:普通|当座)[\s:：]*)?(\d{7})(?!\d)/g;
const YUCHO = /ゆうちょ[^\n]{0,30}?記号[\s:：]*(1\d{4})[\s,、-]*番号[\s:：]*(\d{6,8})(?!\d)/g;
/** `記号・番号 12345-12345678` (ゆうちょ: 5-digit 記号 starting with 1, 8-digit 番号), with an account context. */
const YUCHO_PAIR = /記号[・･/]?番号[\s:：]*(1\d{4})[-\s]?(\d{8})(?!\d)/g;
/** ゆうちょ for transfers from other banks: kanji-numeral branch (`〇一八店`, `〇一八（ゼロイチハチ）店` → 018店) + type + 7 digits. */
const BRANCH_TYPE_NUMBER = /(?<!\d)\d{3}(?:[（(][^)）\n]{1,12}[)）])?店(?:[ \u3000]*[（(][^)）\n]{1,12}[)）])?[\s:：]*(?:普通|当座|貯蓄)(?:預金)?[\s:：]*(\d{7})(?!\d)/g;

/**
 * A named branch, the account type (also as 普/当, as account tables abbreviate it) and 7 digits,
 * the bank's name left out or written without 銀行/信金 (淀川みらい 十三支店 普 1138407).
 */
const NAMED_BRANCH_TYPE_NUMBER = /(?<=[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー々])(?:支店|本店|本所|出張所|支所|営業部)[ \t\u3000]*(?:[:：][ \t\u3000]*)?(?:普通|当座|貯蓄|普|当)(?:預金)?[ \t\u3000]*(?:[:：][ \t\u3000]*)?(\d{7})(?!\d)/gu;
/** A letter of a branch's name, read back from the branch word (at most 10; searched from the branch word, not at every letter of the text). */
const BRANCH_NAME_LETTER = /[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー々]/u;

/** An account number field of pasted JSON (an HR or payroll export), in an object with a bank or branch field. */
/**
 * An account type written in full, then the number (普通預金 0381742, 当座預金口座 1234567), without
 * the bank's name: a person's when a name with its honorific comes right before it (長谷川 美咲様
 * 普通預金 0381742), else an account of someone unknown.
 */
const TYPE_NUMBER = /(?:普通|当座|貯蓄)預金(?:口座)?[\s:：]*(?:番号[\s:：]*)?(\d{7})(?!\d)/g;
const HOLDER_BEFORE = /(?:様|さま|さん|殿)[\s\u3000、,]*(?:名義[\s\u3000]*)?(?:の[\s\u3000]*)?$/;
const JSON_ACCOUNT = /"(?:account_?(?:number|no)|accountNumber|acct_?no|口座番号)"\s*:\s*"?(\d{7})"?/gi;
const ACCOUNT_COLUMN = /口座番号|^(?:account|acct|a\/c)\s*(?:no\.?|number|#)$|^bank[ _]?(?:ac|acct|account)(?:[ _]?(?:no\.?|number|#))?$/i;
const JSON_BANK_FIELD = /"(?:bank\w*|branch\w*|銀行\w*|支店\w*)"\s*:/i;

export function findBankAccounts(unit: Unit, kw: KeywordIndex): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  // A cell of an account-number column (口座番号, Account No.) in a table row.
  if (unit.isRecord) {
    for (const f of unit.fields) {
      if (!f.header || !ACCOUNT_COLUMN.test(f.header.normalize('NFKC'))) continue;
      const raw = text.slice(f.start, f.end);
      const value = raw.trim();
      if (!/^\d{6,8}$/.test(value)) continue;
      const start = f.start + raw.indexOf(value);
      hits.push({ category: 'bank_account', start, end: start + value.length, value, confidence: 'high', reason: `column ${f.header.trim()}` });
    }
  }
  if (text.includes('"')) {
    for (const m of text.matchAll(JSON_ACCOUNT)) {
      const open = text.lastIndexOf('{', m.index);
      const close = text.indexOf('}', m.index);
      if (open < 0 || !JSON_BANK_FIELD.test(text.slice(open, close < 0 ? text.length : close))) continue;
      const digits = m[1]!;
      const end = m.index + m[0].lastIndexOf(digits) + digits.length;
      hits.push({ category: 'bank_account', start: end - digits.length, end, value: digits, confidence: 'high', reason: 'account number field beside a bank field' });
    }
  }
  for (const m of text.matchAll(FULL)) {
    const digits = m[1] ?? '';
    const end = m.index + m[0].length;
    hits.push({ category: 'bank_account', start: end - digits.length, end, value: m[0].replace(/\s/g, ''), confidence: 'high', reason: 'bank + branch + type + number' });
  }
  for (const m of text.matchAll(YUCHO)) {
    const end = m.index + m[0].length;
    hits.push({ category: 'bank_account', start: m.index, end, value: `${m[1]}-${m[2]}`, confidence: 'high', reason: 'ゆうちょ 記号番号' });
  }
  for (const m of text.matchAll(YUCHO_PAIR)) {
    const end = m.index + m[0].length;
    if (hits.some((h) => h.start < end && m.index < h.end)) continue;
    if (!/ゆうちょ|貯金/.test(text) && !kw.near('bank_account', m.index, end, 120)) continue;
    hits.push({ category: 'bank_account', start: m.index, end, value: `${m[1]}-${m[2]}`, confidence: 'high', reason: '記号・番号 + account context' });
  }
  for (const m of text.matchAll(BRANCH_TYPE_NUMBER)) {
    const end = m.index + m[0].length;
    hits.push({ category: 'bank_account', start: m.index, end, value: m[0].replace(/\s/g, ''), confidence: 'high', reason: 'branch + type + number' });
  }
  for (const m of text.matchAll(NAMED_BRANCH_TYPE_NUMBER)) {
    const digits = m[1] ?? '';
    const end = m.index + m[0].length;
    if (hits.some((h) => h.category === 'bank_account' && h.start < end && end - digits.length < h.end)) continue;
    let from = m.index;
    while (from > 0 && m.index - from < 10 && BRANCH_NAME_LETTER.test(text[from - 1]!)) from--;
    hits.push({ category: 'bank_account', start: end - digits.length, end, value: text.slice(from, end).replace(/\s/g, ''), confidence: 'high', reason: 'branch + type + number' });
  }
  for (const m of text.matchAll(TYPE_NUMBER)) {
    const digits = m[1] ?? '';
    const end = m.index + m[0].length;
    const holder = HOLDER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
    hits.push({ category: 'bank_account', start: end - digits.length, end, value: digits, confidence: holder ? 'medium' : 'low', reason: holder ? 'a named holder + account type + number' : 'account type + number' });
  }
  for (const m of text.matchAll(LABELLED)) {
    const digits = m[1] ?? '';
    const end = m.index + m[0].length;
    const bank = kw.near('bank_account', m.index, end, 80);
    hits.push({ category: 'bank_account', start: end - digits.length, end, value: digits, confidence: bank ? 'medium' : 'low', reason: '口座番号 label' });
  }
  return hits;
}
