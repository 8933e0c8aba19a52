/**
 * A person's pay or income: an amount after a payroll label (基本給 298,000, 年収 約1,050万円,
 * 差引支給額 288,454, 月給 25万円). Like a 要配慮 term it says something about someone only when a
 * person is named or identified in the same sentence or record (applyIdentifiability), so a job
 * advert's 「年収500万円以上」 stays low.
 */
import type { Hit, Unit } from '../hit.js';

const LABEL = '(?:年収|月収|月給|年俸|基本給|給与(?:額|支給額)?|給料|総支給額?|差引支給額?|支給総額|手取り(?:額)?|賞与(?:額)?|時給|日給|所得(?:金額)?)';
const AMOUNT = '(?:約\\s*)?[¥￥]?\\s*(?:\\d{1,3}(?:,\\d{3})+(?:\\s*円)?|\\d+(?:\\.\\d+)?\\s*万\\s*円|\\d{3,}\\s*円)';
const INCOME = new RegExp(`${LABEL}[\\s　]*[:：]?[\\s　]*(?:は|が)?[\\s　]*(${AMOUNT})`, 'g');

export function findIncome(unit: Unit): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  for (const m of text.matchAll(INCOME)) {
    const amount = m[1]!;
    const start = m.index + m[0].length - amount.length;
    hits.push({ category: 'income', start, end: start + amount.length, value: amount.replace(/\s/g, ''), confidence: 'low', reason: 'amount after a pay label', needsPerson: true });
  }
  return hits;
}
