/**
 * Supporting keywords: a validated pattern with a keyword within the window (or in its
 * table column header, or anywhere in its table row) is worth more than the bare pattern.
 */
import { bodyCellAt } from './body-table.js';
import type { Field, Unit } from './hit.js';

export const keywords = {
  my_number: /マイナンバー|個人番号|my ?number|通知カード/gi,
  corporate_number: /法人番号|corporate ?number/gi,
  credit_card: /クレジット|カード|card|visa|master|jcb|amex|アメックス|有効期限|セキュリティコード|\bpan=|"(?:pan|card_?(?:number|no)|cc_?num\w*)"\s*:/gi,
  phone: /電話|tel|携帯|phone|fax|連絡先|内線|ケータイ|mobile/gi,
  email_address: /メール|mail|連絡先/gi,
  birth_date: /生年月日|誕生日|生まれ|birth|dob|出生/gi,
  bank_account: /口座|振込|振り込|銀行|預金|bank/gi,
  passport: /パスポート|旅券|passport/gi,
  drivers_license: /運転免許|免許証|免許番号|driver'?s? ?licen[cs]e/gi,
  residence_card: /在留カード|在留|residence ?card|特別永住者証明書/gi,
  health_insurance: /保険証|被保険者|健康保険|健保|国保|保険者番号|資格確認書/gi,
  pension_number: /基礎年金番号|年金番号|年金手帳|年金/gi,
  employment_insurance: /雇用保険/gi,
  address: /住所|現住所|自宅|居所|送付先|お届け先|転居先|address/gi,
} as const;

export type KeywordKind = keyof typeof keywords;

export const KEYWORD_WINDOW = 300;

/** Keyword positions of one unit, computed on first use. */
export class KeywordIndex {
  private readonly cache = new Map<KeywordKind, number[]>();

  constructor(private readonly unit: Unit) {}

  private positions(kind: KeywordKind): number[] {
    let found = this.cache.get(kind);
    if (!found) {
      found = [];
      // matchAll starts at the regex's lastIndex, which a header test may have moved.
      keywords[kind].lastIndex = 0;
      for (const m of this.unit.norm.text.matchAll(keywords[kind])) found.push(m.index);
      this.cache.set(kind, found);
    }
    return found;
  }

  /** Keyword in the column header of the field, in the same record, or within `window` chars. */
  near(kind: KeywordKind, start: number, end: number, window = KEYWORD_WINDOW): boolean {
    const header = headerAt(this.unit, start);
    const re = keywords[kind];
    if (header !== undefined) {
      re.lastIndex = 0;
      if (re.test(header)) return true;
    }
    const lo = this.unit.isRecord ? 0 : start - window;
    const hi = this.unit.isRecord ? Number.MAX_SAFE_INTEGER : end + window;
    return this.positions(kind).some((p) => p >= lo && p <= hi && (p < start || p >= end) && !inOtherSignature(this.unit, p, start));
  }

  /** Keyword immediately before the value (labels such as `生年月日：`), or in its column header. */
  labelled(kind: KeywordKind, start: number, before = 20, after = 0, end = start): boolean {
    const header = headerAt(this.unit, start);
    const re = keywords[kind];
    if (header !== undefined) {
      re.lastIndex = 0;
      if (re.test(header)) return true;
    }
    return this.positions(kind).some((p) => (p >= start - before && p < start) || (p >= end && p <= end + after));
  }
}

/** A keyword inside the sender's signature labels the signature's own values only. */
function inOtherSignature(unit: Unit, keyword: number, value: number): boolean {
  for (const z of unit.zones) {
    if (z.kind === 'signature' && keyword >= z.start && keyword < z.end) return value < z.start || value >= z.end;
  }
  return false;
}

/** Column header of the value: its table cell's, or its body table column's (CSV/TSV pasted in a mail). */
export function headerAt(unit: Unit, offset: number): string | undefined {
  return fieldAt(unit, offset)?.header ?? (unit.isRecord ? undefined : bodyCellAt(unit, offset)?.header);
}

export function fieldAt(unit: Unit, offset: number): Field | undefined {
  const fields = unit.fields;
  if (fields.length === 1) return fields[0];
  let lo = 0;
  let hi = fields.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = fields[mid];
    if (!f) break;
    if (offset < f.start) hi = mid - 1;
    else if (offset > f.end) lo = mid + 1;
    else return f;
  }
  return undefined;
}
