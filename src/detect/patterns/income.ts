/**
 * A person's pay, income, savings or debt: an amount after a payroll, balance or arrears label (基本給 298,000,
 * 年収 約1,050万円, 差引支給額 288,454, 月給 25万円, 残高 2,318,442円, 滞納額 418,800円), in a list under such a label or
 * in a table column headed by one. Like a 要配慮 term it says something about someone only when a
 * person is named or identified in the same sentence or record (applyIdentifiability), so a job
 * advert's 「年収500万円以上」 stays low.
 */
import { headedCells } from '../body-table.js';
import type { Hit, Unit } from '../hit.js';

const LABEL = '(?:年収|月収|月給|年俸|基本給|(?:標準)?報酬月額|給与(?:額|支給額)?|給料|総支給額?|差引支給額?|支給総額|支給額|支払額|手取り(?:額)?|賞与(?:額)?|時給|日給|日当|所得(?:金額)?|(?:預金|預貯金)?残高|滞納(?:額|金)?|未納(?:額|金)?|延滞(?:額|金)?|未払(?:い)?(?:額|金)?|借入残高|残債|債務額|負債額)';
const AMOUNT = '(?:約\\s*)?[¥￥]?\\s*(?:\\d{1,3}(?:,\\d{3})+(?:\\s*円)?|\\d+(?:\\.\\d+)?\\s*万\\s*円|\\d{3,}\\s*円)';
const INCOME = new RegExp(`${LABEL}(?:[（(][^）)\\n]{0,14}[）)])?[\\s　]*[:：]?[\\s　]*(?:は|が)?[\\s　]*(?:(?:月額|年額|日額|時間額|税込|税引前)[\\s　]*)?(${AMOUNT})`, 'g');
/** The amount in brackets right after the label: 管理費等滞納（3か月 48,600円）. */
const INCOME_IN_BRACKETS = new RegExp(`${LABEL}[（(][^）)\\n]{0,10}?(${AMOUNT})[^）)\\n]{0,6}[）)]`, 'g');

/**
 * Pay written in English: `base JPY 7,200,000`, `incentive JPY 820,000`, `salary: ¥4,800,000`,
 * `bonus USD 12,000`, `hourly rate ¥2,800` — a pay word, then a currency and an amount.
 */
const INCOME_EN =
  /\b(?:base(?: salary| pay)?|salary|bonus|incentive|commission|annual pay|wages?|hourly (?:rate|wage)|gross pay|net pay|take-home pay|compensation)\b[ \t]*[:=]?[ \t]*(?:of[ \t]+)?((?:JPY|USD|EUR|GBP|THB|SGD|¥|\$|€|£)[ \t]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:,\d{3})+[ \t]?(?:JPY|yen|円))/gi;

/** A range after the amount (〜45万円, 〜, から): a scale offered, not someone's pay. */
const PAY_SCALE_AFTER = /^[\s　]*(?:[〜～~]|から)/;
/** A line that announces a list of pay below it: 「時給は以下のとおり」, 「冬季賞与の支給額です。」, 「ご依頼の報酬月額です。」 heading a list of amounts. */
const LIST_HEADER = new RegExp(`${LABEL}[^\\n]{0,20}(?:(?:以下|下記|次)の?(?:とおり|通り)|です。?[^\\n]{0,30}$|[:：][ \\t　]*$)`, 'gm');
const AMOUNT_IN_LINE = new RegExp(AMOUNT, 'g');
/** Pay columns also in English (Base salary (JPY), Bonus, Annual salary, Gross pay). */
const PAY_HEADER = new RegExp(`${LABEL}|\\b(?:base salary|salary|bonus|gross pay|net pay|annual pay|wages?|compensation)\\b`, 'i');
/** A cell that is an amount: 312,000 / ¥312,000 / 31.2万円 / 1,520円. */
const PAY_CELL = /^(?:約\s*)?[¥￥]?\s*(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\s*円)?$|^\d+(?:\.\d+)?\s*万\s*円?$/;

export function findIncome(unit: Unit): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  const starts = new Set<number>();
  const push = (start: number, amount: string, reason: string): void => {
    if (starts.has(start)) return;
    starts.add(start);
    hits.push({ category: 'income', start, end: start + amount.length, value: amount.replace(/\s/g, ''), confidence: 'low', reason, needsPerson: true });
  };
  for (const m of text.matchAll(INCOME)) {
    const amount = m[1]!;
    const end = m.index + m[0].length;
    // 月給 30万円〜45万円, 日給 11,000円〜: a job's pay scale, not anyone's pay.
    if (PAY_SCALE_AFTER.test(text.slice(end, end + 4))) continue;
    push(end - amount.length, amount, 'amount after a pay label');
  }
  for (const m of text.matchAll(INCOME_IN_BRACKETS)) {
    const amount = m[1]!;
    push(m.index + m[0].lastIndexOf(amount), amount, 'amount after a pay label');
  }
  for (const m of text.matchAll(INCOME_EN)) {
    const amount = m[1]!;
    push(m.index + m[0].length - amount.length, amount, 'amount after a pay word');
  }
  // The first amount on each line of the list under such a header, up to a blank line.
  for (const h of text.matchAll(LIST_HEADER)) {
    let at = text.indexOf('\n', h.index);
    let listed = 0;
    while (at >= 0) {
      const next = text.indexOf('\n', at + 1);
      const line = text.slice(at + 1, next < 0 ? text.length : next);
      if (line.trim() === '') {
        // One blank line may separate the header from its list.
        if (listed > 0) break;
        listed = -1;
        at = next;
        continue;
      }
      listed = Math.max(listed, 0) + 1;
      AMOUNT_IN_LINE.lastIndex = 0;
      const a = AMOUNT_IN_LINE.exec(line);
      if (a) push(at + 1 + a.index, a[0], 'amount in a list of pay');
      at = next;
    }
  }
  // A column of pay in a table (attachment rows, or a table pasted in the body): 基本給, 賞与(夏).
  const cells = headedCells(unit);
  for (const c of cells) {
    if (!PAY_HEADER.test(c.header)) continue;
    const value = text.slice(c.start, c.end).trim();
    if (!PAY_CELL.test(value)) continue;
    const start = c.start + text.slice(c.start, c.end).indexOf(value);
    push(start, value, `column ${c.header.trim()}`);
  }
  return hits;
}

