/**
 * Scans of identity documents attached as images (or image-only PDFs): the gateway does not read
 * text in images, but a file named passport_….jpg, 免許証.png or マイナンバーカード表面.pdf is a copy
 * of that document; 口座振替依頼書_….jpg is a customer's bank form with their account. Reported by the file name, at medium confidence, with the keyword as sample
 * (the rest of a file name often holds the holder's name).
 */
import type { AttachmentInfo } from '../extract/types.js';
import type { CategoryId } from './types.js';

const KINDS: Array<[CategoryId, RegExp]> = [
  ['my_number', /マイナンバー|個人番号|my[\s_-]?number|kojin[\s_-]?bango/i],
  ['passport', /パスポート|旅券|passport|(?<![a-z])ryoken/i],
  ['drivers_license', /運転免許|免許証|driver'?s?[\s_-]?licen[cs]e|driving[\s_-]?licen[cs]e|(?<![a-z])(?:unten[\s_-]?)?menkyo/i],
  ['residence_card', /在留カード|residence[\s_-]?card|zairyu/i],
  ['health_insurance', /保険証|資格確認書|insurance[\s_-]?card|(?<![a-z])hokensho/i],
  // A customer's filled-in direct-debit form carries their account (a company's passbook copy
  // for a supplier's payment set-up is the company's, so 通帳 alone is not listed).
  ['bank_account', /口座振替依頼書|口座振替申込書|自動払込利用申込書|預金口座振替|direct[\s_-]?debit[\s_-]?(?:form|mandate)/i],
];

export interface IdScan {
  category: CategoryId;
  location: string;
  /** The keyword of the file name, not the whole name. */
  sample: string;
}

/** Image or PDF attachments whose file name says which identity document they copy. */
export function findIdScans(attachments: readonly AttachmentInfo[]): IdScan[] {
  const out: IdScan[] = [];
  for (const a of attachments) {
    const type = a.contentType.toLowerCase();
    const scan = type.startsWith('image/') || type === 'application/pdf' || /\.(?:jpe?g|png|gif|heic|tiff?|bmp|webp|pdf)$/i.test(a.filename);
    if (!scan) continue;
    const name = a.filename.normalize('NFKC');
    for (const [category, re] of KINDS) {
      const m = re.exec(name);
      if (m) {
        out.push({ category, location: a.location, sample: m[0] });
        break;
      }
    }
  }
  return out;
}
