/** 12-digit numbers: My Number (check digit) or driver's licence (keyword only). */
import { headerAt, type KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { digitsOf, hasBusinessLabel } from './labels.js';
import { lineAt, lineEndAt, lineStartAt } from '../sentences.js';

const TWELVE = /(?<!\d[- ]?)\d{4}([- ]?)\d{4}\1\d{4}(?![- ]?\d)/g;
/**
 * A procedure that needs a My Number, named in the same text: 支払調書, 源泉徴収票, 番号確認書類,
 * 扶養控除等申告書, 年末調整 … A valid number labelled only 番号 there (or in a 番号 column) is
 * almost surely one.
 */
const MY_NUMBER_PROCEDURE = /支払調書|源泉徴収票|番号確認|確定申告|扶養控除等?(?:\(異動\))?申告書|給与支払報告書|法定調書|年末調整|番号法/;
/** The label on the number's line is a bare 番号 (番号：6894 …), not an order's or a parcel's. */
const BARE_NUMBER_LABEL = /(?:^|[\s\u3000・])番号[\s\u3000]*[:：][\s\u3000]*$/;

/** A name (two words of kanji or kana) then an opening bracket, right before the number. */
const NAME_THEN_BRACKET = /[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー]{1,5}[ \u3000][\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー]{1,5}[ \u3000]?[（(][ \u3000]*$/u;

/** A My Number label right before the number: 個人番号 …, マイナンバー：…, My Number: …. */
const MY_NUMBER_LABEL_BEFORE = /(?:個人番号|マイナンバー|[Mm]y ?[Nn]umber|MY ?NUMBER)(?:[（(][^)）\n]{0,8}[)）])?[\s\u3000]*[:：]?[\s\u3000]*$/;

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
    if (business) continue;
    if (!valid) {
      // Labelled as one right before it (個人番号 602895661972, マイナンバー：…): written as a My
      // Number, the reader takes it for one, even where a digit is mistyped or made up.
      // A form's sample (123456789012, 1234 5678 9019) stays an example.
      if (!/^12345678/.test(digits) && MY_NUMBER_LABEL_BEFORE.test(text.slice(Math.max(lineStartAt(text, start), start - 16), start))) {
        hits.push({ category: 'my_number', start, end, value: digits, confidence: 'medium', reason: 'My Number label right before (check digit does not match)' });
      }
      continue;
    }
    const lineStart = lineStartAt(text, start);
    // 「岸本くんの番号、本人から聞いたので送ります。⏎ 1549 2181 9142」: the number alone on its line, under a line that names it.
    const aloneUnderNumberLine = /^[\s\u3000>]*$/.test(text.slice(lineStart, start)) && /^[\s\u3000]*$/.test(text.slice(end, lineEndAt(text, end))) && lineStart > 0 && /番号/.test(lineAt(text, lineStart - 1));
    // 「桐山 真央（721294939538）」: the number in brackets right after a name.
    const besideName = NAME_THEN_BRACKET.test(text.slice(Math.max(lineStart, start - 24), start)) && /^[\s\u3000]*[)）]/.test(text.slice(end, end + 3));
    const procedure =
      !myNumberKeyword && MY_NUMBER_PROCEDURE.test(text) && (BARE_NUMBER_LABEL.test(text.slice(lineStart, start)) || aloneUnderNumberLine || besideName || /^[\s\u3000]*番号[\s\u3000]*$/.test(headerAt(unit, start) ?? ''));
    hits.push({
      category: 'my_number',
      start,
      end,
      value: digits,
      confidence: myNumberKeyword ? 'high' : procedure ? 'medium' : 'low',
      reason: myNumberKeyword ? 'check digit + keyword' : procedure ? 'check digit + 番号 label or a name + a My Number procedure in the text' : 'check digit only',
    });
  }
  return hits;
}

/** Issuing commission code (first two digits) is 10–97. */
function plausibleLicence(digits: string): boolean {
  const code = Number(digits.slice(0, 2));
  return code >= 10 && code <= 97;
}
