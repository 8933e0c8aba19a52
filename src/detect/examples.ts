/**
 * Filled-in examples of forms and templates: 記入例, 見本, サンプル, sample. An insurance form's
 * 【記入見本】 with 旅行 太郎 and 1980年1月1日, a résumé template's 記入例 column, a leaflet's
 * 「在留カードの 見本」, an address label's 見本 太郎 様. Their values identify nobody, and the
 * sensitive words near them (告知事項：現在治療中の病気) are the form's questions.
 *
 * Three scopes are recognised:
 * - a whole part: its file name or its first lines say it is an example (委任状_記入例.docx,
 *   「応対記録テンプレート（記入例）」), or a table has a 記入例 column — and some value in it looks
 *   like a placeholder (〇〇, XX, 000-0000, 1234, 山田 太郎, 1月1日), so a real roster merely
 *   called a sample is not let through;
 * - a block under a heading that says so (【記入例】, ＜在留カードの 見本＞, 【サンプルA 縦書き】),
 *   up to the next blank line;
 * - a line marked as one: 「番号：AB12345678CD（見本）」, 「生年月日：1950年1月1日 ※記入例」,
 *   「氏名：あおば 花子（テスト患者）」, or opened by 例） (a manual's 「・例）カルテNo. 0099999」).
 *
 * A template alone (テンプレート, 雛形) is not enough: people send real data in their templates.
 */
import type { Hit, Unit } from './hit.js';
import { linesOf } from './organisation-context.js';
import { isScript } from './sensitive.js';

/** The marker; an English word not inside an address or a domain (taro@example.com, sample.co.jp). */
const MARKER = /記入例|記入見本|入力例|記載例|見本(?!市)|サンプル|ダミー|テスト(?:患者|データ|ユーザー?|用(?:の|データ)?)|架空(?:の|データ)|(?:^|\n)[ \t\u3000]*(?:[・●○■*-][ \t\u3000]*)?例[）)：:]|(?<![@.\w-])(?:[Ss]ample|SAMPLE|[Ee]xample|EXAMPLE|[Dd]ummy|DUMMY|[Ss]pecimen)s?(?![.@\w-])/;
/** File names that say the file is a form's filled-in example, in Japanese or romaji. */
const STRONG_FILE_MARKER = /記入例|記入見本|記載例|入力例|kinyu[-_]?rei|kisai[-_]?rei|mihon/i;
/**
 * Values that only a form's example has: 〇〇, ○○県, 20XX, 000-0000, 1234 5678, 山田 太郎, 1月1日.
 * Not an address at example.com: real lists are written with them too (a leaked sample, test data
 * pasted from a system), and a form's example has other placeholders beside it.
 */
const PLACEHOLDER_VALUE =
  /[〇○]{2}|[〇○]丁目|\b(?:19|20)XX\b|XX[年月日/]|\b0{3,}[-‐]?0{3,}|1234[ -]?5678|\b1234[ -]?567890|山田[ \u3000]?(?:太郎|花子)|見本[ \u3000]?\p{sc=Han}{1,2}|SAMPLE|\b1月1日|\/01\/01\b|-01-01\b|-0-0-0|1-1-1/u;
/** A heading line that announces an example: short, with the marker, in brackets or on its own. */
const HEADING_MAX = 40;
/** A line marked as an example: （記入例）, ※記入例, (見本), (sample). */
const LINE_MARK = /[（(][ \u3000]*(?:記入例|見本|サンプル|[Ss]ample|[Ee]xample|テスト|架空|ダミー)[^）)\n]{0,10}[)）]|※[ \u3000]*(?:記入例|見本|サンプル)|^[ \t\u3000]*(?:[・●○■*-][ \t\u3000]*)?例[）)：:]/u;
const BLANK = /^[>\s\u3000|]*$/;

/** Categories that stop counting inside an example: the values of a person, not the form's words. */
const VALUE_CATEGORIES = new Set<string>([
  'person_name', 'address', 'phone', 'email_address', 'birth_date', 'my_number', 'passport', 'drivers_license',
  'residence_card', 'health_insurance', 'pension_number', 'employment_insurance', 'national_id', 'bank_account', 'credit_card', 'income', 'evaluation',
]);

/** The ranges of the unit's text that are examples. */
export function exampleRanges(unit: Unit): Array<[number, number]> {
  const text = unit.norm.text;
  if (!MARKER.test(text) && !MARKER.test(unit.location) && !STRONG_FILE_MARKER.test(unit.location) && !unit.fields.some((f) => f.header && MARKER.test(f.header))) return [];
  // A table whose column is headed 記入例 (項目 | 記入例 | 備考) says so of every value in it.
  if (unit.fields.some((f) => f.header !== undefined && MARKER.test(f.header))) return [[0, text.length]];
  // A file named as a filled-in example (委任状_記入例.docx, moushikomi_kinyurei.pdf) is one, every row of it.
  if (STRONG_FILE_MARKER.test(attachmentName(unit.location))) return [[0, text.length]];
  const whole = MARKER.test(attachmentName(unit.location)) || MARKER.test(firstLines(text, 3));
  if (whole && PLACEHOLDER_VALUE.test(text)) return [[0, text.length]];
  const ranges: Array<[number, number]> = [];
  const lines = linesOf(text);
  const blank = (k: number): boolean => BLANK.test(text.slice(lines[k]!.start, lines[k]!.end));
  /** The last line of the block that line k opens, up to the next blank line. */
  const lastOfBlock = (k: number): number => {
    let j = k;
    while (j + 1 < lines.length && !blank(j + 1)) j++;
    return j;
  };
  for (let k = 0; k < lines.length; k++) {
    const { start, end } = lines[k]!;
    const line = text.slice(start, end);
    if (LINE_MARK.test(line)) ranges.push([start, end]);
    // A heading (short, no sentence end), or a sentence that introduces what follows
    // (「記入例欄の見本の値を以下に差し替えてください。」).
    const introduces = MARKER.test(line) && /(?:以下|下記|次の|below|following)/i.test(line);
    if (!((line.trim().length <= HEADING_MAX && MARKER.test(line) && !/[。.]$/.test(line.trim())) || introduces)) continue;
    // The block below the heading, to the next blank line.
    let last = lastOfBlock(k);
    // A heading ending in a colon introduces what follows: the next block too (「All values
    // are dummy data:」, then a JSON sample after a blank line).
    if (/[:：][ \u3000]*$/.test(text.slice(start, lines[last]!.end).trimEnd()) || introduces) {
      let next = last + 1;
      while (next < lines.length && blank(next)) next++;
      if (next < lines.length) last = lastOfBlock(next);
    }
    const to = lines[last]!.end;
    if (PLACEHOLDER_VALUE.test(text.slice(start, to))) ranges.push([start, to]);
  }
  return ranges;
}

/** Drops the values of people found inside examples (and in a play's script). */
export function withoutExamples(unit: Unit, hits: Hit[]): Hit[] {
  const text = unit.norm.text;
  // A value given as an example right after 例： / （例） / e.g. (例：国際 花子, 例：TK1234567).
  const example = (h: Hit): boolean => VALUE_CATEGORIES.has(h.category) && EXAMPLE_PREFIX.test(text.slice(Math.max(0, h.start - 6), h.start));
  // A play's script (its first line names an act or a scene): its people are characters.
  const ranges = !unit.isRecord && isScript(text) ? [[0, text.length] as [number, number]] : exampleRanges(unit);
  return hits.filter((h) => !example(h) && !(VALUE_CATEGORIES.has(h.category) && ranges.some(([s, e]) => h.start >= s && h.end <= e)));
}

const EXAMPLE_PREFIX = /(?:例[:：]|[（(]例[)）]|\be\.g\.,?|\bex\.|\bexample:)[ \u3000]*$/i;

/** The attachment's file name in a location (`attachment[2] 委任状_記入例.docx › …`), or ''. */
function attachmentName(location: string): string {
  const m = /^attachment\[\d+\]\s+([^›]+)/.exec(location);
  return m ? m[1]! : '';
}

function firstLines(text: string, n: number): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.slice(0, n).join('\n');
}
