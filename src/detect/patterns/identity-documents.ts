/**
 * Passport, residence card, health insurance, pension and employment insurance numbers, and other
 * countries' national numbers: formats too plain to report alone, so each is reported only with
 * its keyword or label.
 */
import { headerAt, type KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';
import { lineStartAt } from '../sentences.js';

const PASSPORT = /(?<![A-Za-z0-9])[A-Z]{2}\d{7}(?![A-Za-z0-9])/g;
/** Older and some foreign passports: one letter + 7 digits; too plain without the label right before it. */
const PASSPORT_ONE_LETTER = /(?<![A-Za-z0-9])[A-Z]\d{7}(?![A-Za-z0-9])/g;
/**
 * Other countries' passports (9 digits, 3 letters + 6 digits, 1 letter + 8 digits, P1234567A, a
 * German C4TK82J19 with letters and digits mixed, …): only right after a passport label
 * (`Passport No.: `, `旅券番号：`) or in a passport column.
 */
const PASSPORT_ANY = /(?<![A-Za-z0-9])(?:[A-Z]{1,3}\d{6,9}[A-Z]?|\d{6,9}[A-Z]?|(?=(?:[A-Z]*\d){3})[A-Z][A-Z0-9]{7,8})(?![A-Za-z0-9])/g;
/** The label, also with the issuing country in brackets: `Passport (Sweden): `, `旅券番号（米国）：`. */
const PASSPORT_LABEL_BEFORE = /(?:パスポート|旅券|[Pp]assport|PASSPORT)\s*(?:(?:[Nn]o|NO|[Nn]um|[Nn]umber|NUMBER)\.?|#|番号|ナンバー|No)?\s*(?:[(（][^)）\n]{2,20}[)）])?\s*(?:(?:[Nn]o|NO|[Nn]umber)\.?)?\s*[:：.]?\s*$/;
const RESIDENCE_CARD = /(?<![A-Za-z0-9])[A-Z]{2}\d{8}[A-Z]{2}(?![A-Za-z0-9])/g;
const INSURANCE_SYMBOL_NUMBER = /記号[\s:：]*([0-9A-Za-z-]{1,8})[\s,、・]*番号[\s:：]*(\d{1,10})(?!\d)/g;
const INSURED_NUMBER = /被保険者(?:証)?番号[\s:：]*(\d{6,10})(?!\d)/g;
const PENSION = /(?<![\d-])\d{4}-?\d{6}(?![\d-])/g;
/** 雇用保険被保険者番号: 4 + 6 + 1 digits (5012-384516-3), only after its label. */
const EMPLOYMENT_INSURANCE = /(?<![\d-])\d{4}-?\d{6}-?\d(?![\d-])/g;
/** A text about employment insurance: its procedures and papers. */
const EMPLOYMENT_INSURANCE_TOPIC = /雇用保険|資格取得届|資格喪失届|離職票|離職証明|ハローワーク|失業給付|基本手当/;
const EMPLOYMENT_INSURANCE_LABEL = /雇用保険[ \u3000]?被保険者(?:番号|No\.?)[^\n]{0,6}$/;

/**
 * Other countries' national numbers, each only after its label or in its column: a US Social
 * Security number (541-28-7730), a UK National Insurance number (QQ 71 30 58 D), an Indian
 * Aadhaar (4821 6630 7195) or PAN (BXKPS4471M), a Canadian SIN (046 454 286).
 */
const NATIONAL_IDS: ReadonlyArray<{ name: string; format: RegExp; label: RegExp }> = [
  { name: 'SSN', format: /(?<![\d-])(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g, label: /\b(?:SSN|Social Security(?: [Nn]umber| [Nn]o\.?)?)\b/i },
  { name: 'NI number', format: /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g, label: /\b(?:NI|NINO|National Insurance)(?: [Nn]umber| [Nn]o\.?)?\b/ },
  { name: 'Aadhaar', format: /(?<![\d-])\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d-])/g, label: /\bAadhaa?r\b/i },
  { name: 'PAN', format: /(?<![A-Za-z0-9])[A-Z]{5}\d{4}[A-Z](?![A-Za-z0-9])/g, label: /\bPAN\b/i },
  { name: 'SIN', format: /(?<![\d-])\d{3}[ -]\d{3}[ -]\d{3}(?![\d-])/g, label: /\b(?:SIN|Social Insurance(?: [Nn]umber)?)\b/ },
];

export function findIdentityDocuments(unit: Unit, kw: KeywordIndex): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  for (const m of text.matchAll(PASSPORT)) {
    const end = m.index + m[0].length;
    if (kw.near('passport', m.index, end)) hits.push({ category: 'passport', start: m.index, end, value: m[0], confidence: 'high', reason: 'format + keyword' });
  }
  for (const m of text.matchAll(PASSPORT_ONE_LETTER)) {
    const end = m.index + m[0].length;
    if (kw.labelled('passport', m.index, 24)) hits.push({ category: 'passport', start: m.index, end, value: m[0], confidence: 'high', reason: 'format + passport label' });
  }
  for (const m of text.matchAll(PASSPORT_ANY)) {
    const end = m.index + m[0].length;
    if (hits.some((h) => h.category === 'passport' && h.start === m.index)) continue;
    const header = headerAt(unit, m.index);
    // A passport column, or the label right before the number (also in aligned 「Passport   : …」
    // lines read as a table whose header is another field's), but never a date column's cell.
    const dated = header !== undefined && /期限|発行|expir|issue|date/i.test(header);
    const labelled = !dated && ((header !== undefined && /パスポート|旅券|passport/i.test(header)) || PASSPORT_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)));
    if (labelled) hits.push({ category: 'passport', start: m.index, end, value: m[0], confidence: 'high', reason: 'passport label + number' });
  }
  for (const m of text.matchAll(RESIDENCE_CARD)) {
    const end = m.index + m[0].length;
    if (kw.near('residence_card', m.index, end)) hits.push({ category: 'residence_card', start: m.index, end, value: m[0], confidence: 'high', reason: 'format + keyword' });
  }
  for (const m of text.matchAll(INSURANCE_SYMBOL_NUMBER)) {
    const end = m.index + m[0].length;
    if (kw.near('health_insurance', m.index, end, 100)) {
      hits.push({ category: 'health_insurance', start: m.index, end, value: `${m[1]}-${m[2]}`, confidence: 'high', reason: '記号・番号 + keyword' });
    }
  }
  for (const m of text.matchAll(INSURED_NUMBER)) {
    const end = m.index + m[0].length;
    hits.push({ category: 'health_insurance', start: end - (m[1] ?? '').length, end, value: m[1] ?? '', confidence: 'high', reason: '被保険者番号 label' });
  }
  for (const m of text.matchAll(EMPLOYMENT_INSURANCE)) {
    const end = m.index + m[0].length;
    const header = headerAt(unit, m.index);
    // 雇用保険被保険者番号, or 被保険者番号 with the hyphenated 4-6-1 form in a text about 雇用保険
    // (資格喪失届, 離職票): health-insurance numbers are never written 2207-318846-1.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const labelled =
      header !== undefined
        ? /雇用保険.*被保険者/.test(header) || (/被保険者番号/.test(header) && /-\d-?$|^\d{4}-\d{6}-\d$/.test(m[0]) && EMPLOYMENT_INSURANCE_TOPIC.test(text))
        : EMPLOYMENT_INSURANCE_LABEL.test(before) || (/被保険者(?:番号|No\.?)[^\n]{0,6}$/.test(before) && /^\d{4}-\d{6}-\d$/.test(m[0]) && EMPLOYMENT_INSURANCE_TOPIC.test(text));
    if (labelled) hits.push({ category: 'employment_insurance', start: m.index, end, value: m[0].replace(/-/g, ''), confidence: 'high', reason: 'format + 雇用保険 label' });
  }
  for (const id of NATIONAL_IDS) {
    if (!id.label.test(text) && !unit.fields.some((f) => f.header !== undefined && id.label.test(f.header))) continue;
    for (const m of text.matchAll(id.format)) {
      const end = m.index + m[0].length;
      const header = headerAt(unit, m.index);
      // The label on the same line before the number (SSN: …, NI number: …), or the column's header.
      const lineStart = lineStartAt(text, m.index);
      const before = text.slice(Math.max(lineStart, m.index - 40), m.index);
      const labelled = header !== undefined ? id.label.test(header) : id.label.test(before) && /[:：#]\s*$|\s$/.test(before);
      if (labelled) hits.push({ category: 'national_id', start: m.index, end, value: m[0].replace(/[\s-]/g, ''), confidence: 'high', reason: `${id.name} + label` });
    }
  }
  for (const m of text.matchAll(PENSION)) {
    const end = m.index + m[0].length;
    if (kw.labelled('pension_number', m.index, 30)) {
      hits.push({ category: 'pension_number', start: m.index, end, value: m[0].replace('-', ''), confidence: 'high', reason: 'format + 年金 label' });
    }
  }
  return hits;
}
