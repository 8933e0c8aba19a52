/**
 * Is a value an organisation's or a facility's contact detail? Read from the lines around it
 * (same paragraph, same quote level): company-profile labels (商号, 本社所在地, 代表電話 …),
 * venue/access blocks (会場, アクセス …), and organisation or facility words (株式会社, 支店,
 * 営業所, ビル n階, 会館, ホール …). A block that is a person's record (氏名, 生年月日, 自宅,
 * お客様 …) is never an organisation's, whatever company words it also holds.
 */

export interface TextLine {
  start: number;
  end: number;
  /** Line text without `>` quote marks. */
  text: string;
  depth: number;
}

export const ORGANISATION =
  /弊社|当社|弊所|弊行|貴社|御社|株式会社|有限会社|合同会社|合資会社|合名会社|(?:一般|公益)(?:社団|財団)法人|社会福祉法人|医療法人|学校法人|宗教法人|特定非営利活動法人|NPO法人|独立行政法人|国立研究開発法人|[(（][株有][)）]|\b(?:Co\.?,?\s*Ltd|Inc|Corp|Corporation|K\.K|LLC|GmbH)\b/i;
export const FACILITY =
  /支店|支社|本社|本店|営業所|事業所|出張所|工場|倉庫|センター|研究所|事務所|事務局|店舗|ショールーム|会館|ホール|会議場|会議室|公民館|ホテル|大学|学校|病院|クリニック|市役所|区役所|役場|庁舎|会場|キャンパス|タワー|プラザ|スクエア|[^\s\d]ビル(?:ディング)?\s*(?:\d+\s*(?:F|階)|$|\s)|\d+\s*(?:F|階)(?:\s|$)|[駅館店]\s*$/im;
/**
 * A corporation's kind abbreviated on a bank account (カ）株式会社, ユ）有限会社, イ）医療法人, シャ）社団法人,
 * ザイ）財団法人, フク）社会福祉法人 …), in large or small kana.
 */
export const CORPORATE_KANA = '(?:カ|ユ|ド|イ|ガク|フク|シ[ヤャ]|ザイ|トクヒ|シ[ユュ]ウ|ベ|ゼイ|シホ|ソ|メ|ギ[ヨョ]|ノウ|セイキ[ヨョ]ウ|ドク)';
/**
 * A word that makes a would-be person name an organisation's: corporate forms (also as bank
 * kana on an account: ガツコウホウジン, カブシキガイシヤ, where small ッ and ャ are written full
 * size), associations, banks, hospitals, schools.
 */
export const ORG_WORD = /(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|法人|ホウジン|カブシキガイシ[ヤャ]|ユウゲンガイシ[ヤャ]|ゴウドウガイシ[ヤャ]|協会|組合|銀行|病院|大学|学校|Inc\.?|Co\.,?|Ltd\.?|LLC|Corp)/i;

/** Labels of an organisation's own data (company profile, venue, access, contact desk). */
export const ORGANISATION_LABEL =
  /(?:商号|会社名|社名|法人名|団体名|本社所在地|本店所在地|所在地|本社|本店|代表者|代表電話|代表番号|代表TEL|代表|設立|資本金|会場|開催場所|開催地|場所|拠点|店舗|事業所|アクセス|問い?合わ?せ先?|お問い?合わ?せ|窓口|事務局|受付|納品先|納入先|事業内容|LOCATION|Venue|Location|Office|Head ?office)\s*[:：]?\s*$/i;
/** An inquiries label, then a department right before the value: 「お問い合わせ：経営企画部 広報グループ 054-…」. */
const CONTACT_DESK = /(?:問い?合わ?せ先?|お問い?合わ?せ|窓口)[^\n:：]{0,12}[:：][^\n]{0,30}?((?:[^\s\n]{1,12})(?:部|課|室|グループ|係|センター|事務局|デスク|窓口))$/;
/** A desk's number named as such just before the value: 問い合わせ窓口の電話番号表記（, お問い合わせ電話：. */
export const DESK_NUMBER_BEFORE = /(?:問い?合わ?せ|窓口|コールセンター|サポートセンター)[^\n。、]{0,8}(?:電話番号|電話|TEL|ダイヤル)[^\n。]{0,6}$/i;
/** A label right after the value: `03-1234-5678（代表）`. */
const ORGANISATION_SUFFIX = /^\s*[(（](?:代表|本社|本店|会社|事務所|事務局|受付|窓口|営業所|支店|店舗)[)）]/;
/** A person's record: these labels make a block personal data, whatever else it mentions. */
export const PERSONAL_RECORD =
  /氏名|お名前|名前|フリガナ|ふりがな|生年月日|誕生日|自宅|現住所|ご住所|契約者|顧客|お客様|会員|患者|利用者|申込者|申込人|申請人|応募者|被保険者|保証人|扶養|家族|続柄|緊急連絡先|本人|個人|勤務先|勤続|所有者|債務者|滞納者|借主|賃借人|相続人|依頼人|相談者|申出者|申出人|お住まい|在住|Date of birth|\bDOB\b|Home address|Emergency contact|Medical history|Nationality|Passport/;

/**
 * A line of a person's record. A record label whose value is an organisation
 * (契約者名：宗教法人 浄光寺, 借主：株式会社谷中パークシステム) is a contract party's, not a person's.
 */
export function isPersonalRecord(t: string): boolean {
  if (!PERSONAL_RECORD.test(t)) return false;
  const party = ORGANISATION_PARTY.exec(t);
  return party === null || PERSONAL_RECORD.test(t.slice(0, party.index) + t.slice(party.index + party[0].length));
}
const ORGANISATION_PARTY = new RegExp(`(?:契約者|借主|賃借人|所有者|債務者|依頼人|申込者|申込人|申請人|顧客|お客様)名?[ \\t\\u3000]*[:：][ \\t\\u3000]*[^\\s（(、,:：]{0,20}?(?:${ORGANISATION.source})`, 'i');

const QUOTE = /^(?:[ \t]*>)+[ \t]?/;

/** The lines of a text, with their quote depth. */
export function linesOf(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const prefix = QUOTE.exec(raw)?.[0] ?? '';
    out.push({ start, end, text: raw.slice(prefix.length), depth: (prefix.match(/>/g) ?? []).length });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Index of the line holding `offset` (binary search). */
export function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Lines of the same paragraph and quote level, `above` lines up and `below` down from line `k`. */
export function paragraphWindow(lines: readonly TextLine[], k: number, above: number, below: number): TextLine[] {
  const depth = lines[k]!.depth;
  const inParagraph = (l: TextLine | undefined): l is TextLine => l !== undefined && l.depth === depth && l.text.trim() !== '';
  const out: TextLine[] = [lines[k]!];
  for (let j = k - 1; j >= k - above && inParagraph(lines[j]); j--) out.unshift(lines[j]!);
  for (let j = k + 1; j <= k + below && inParagraph(lines[j]); j++) out.push(lines[j]!);
  return out;
}

/**
 * The same question for a whole table row (its cells and their column headers), asked once per
 * row: a shop list (店舗名 | 住所 | 電話) is an organisation's; a row with a person's record is not.
 */
export function recordOrganisationReason(texts: readonly string[]): string | null {
  if (texts.some(isPersonalRecord)) return null;
  const label = texts.find((t) => ORGANISATION_LABEL.test(t.trim()));
  if (label) return `organisation label 「${label.trim().replace(/[:：\s]+$/, '')}」`;
  for (const t of texts) {
    const org = ORGANISATION.exec(t);
    if (org) return `next to an organisation (${org[0]})`;
  }
  for (const t of texts) {
    const facility = FACILITY.exec(t);
    if (facility) return `next to a facility (${facility[0].trim()})`;
  }
  return null;
}

/** The last line of the paragraph just above `first`, when it introduces what follows (下記/以下 …). */
function introductionAbove(lines: readonly TextLine[], first: TextLine): string | null {
  let j = lineIndexAt(lines, first.start) - 1;
  while (j >= 0 && lines[j]!.text.trim() === '') j--;
  if (j < 0 || lines[j]!.depth !== first.depth) return null;
  const t = lines[j]!.text;
  return /下記|以下|次の|こちら|[:：]\s*$/.test(t) && !isPersonalRecord(t) ? t : null;
}

/**
 * Why the value at [start, end) is an organisation's or facility's contact detail, or null.
 * `lines` are those of the value's unit; `extra` are texts that belong to the same record
 * (table headers).
 */
/** A line naming a bank account (the bank's 支店 is not the organisation of the people near it). */
const BANK_LINE = /振込先|口座|銀行|信用金庫|信金|信用組合|労働金庫|ゆうちょ/;
/** A line of prose: it ends a sentence (or holds one) or runs long. */
const PROSE = /[。！？!?][\s」』）)]*$|^.{61,}$/;

export function organisationReason(text: string, lines: readonly TextLine[], start: number, extra: readonly string[] = [], end = start): string | null {
  const k = lineIndexAt(lines, start);
  const line = lines[k]!;
  const window = paragraphWindow(lines, k, 3, 1);
  if ([...window.map((l) => l.text), ...extra].some(isPersonalRecord)) return null;
  // The value's own line, and the block lines around it; a sentence above or below is prose
  // (「朝市会場の濡れたスロープで転倒しました。」 does not make the next line's mobile a venue's).
  // Nor does a bank account line's bank and branch (振込先：…信用金庫 二俣川支店) belong to the
  // person's phone above it.
  const texts = [...window.filter((l) => l === line || (!PROSE.test(l.text) && !BANK_LINE.test(l.text))).map((l) => l.text), ...extra];
  const before = text.slice(line.start, start).replace(QUOTE, '');
  const label = ORGANISATION_LABEL.exec(before.replace(/[〒\s]+$/, '').replace(/^[\s・■◆●○□◇*\-]+/, ''));
  if (label) return `organisation label 「${label[0].replace(/[:：\s]+$/, '')}」`;
  const desk = CONTACT_DESK.exec(before.replace(/\s+$/, ''));
  if (desk) return `an organisation's contact desk (${desk[1]!.trim()})`;
  // 「問い合わせ窓口の電話番号表記（029-…）」, 「お問い合わせ電話 …」: the number of a desk.
  if (DESK_NUMBER_BEFORE.test(before)) return "an organisation's contact desk (its number)";
  const suffix = ORGANISATION_SUFFIX.exec(text.slice(end, line.end));
  if (suffix) return `organisation label 「${suffix[0].trim()}」`;
  // A label on the line above (「所在地」 then the value on its own line).
  const header = extra.find((t) => ORGANISATION_LABEL.test(t.trim()));
  if (header) return `organisation label 「${header.trim().replace(/[:：\s]+$/, '')}」`;
  const above = lines[k - 1];
  if (above && above.depth === line.depth && ORGANISATION_LABEL.test(above.text.trim())) return `organisation label 「${above.text.trim().replace(/[:：\s]+$/, '')}」`;
  // A block introduced by the paragraph above (「弊社は下記の住所に移転いたします。」).
  const intro = introductionAbove(lines, window[0]!);
  if (intro) texts.push(intro);
  for (const t of texts) {
    const org = ORGANISATION.exec(t);
    if (org) return `next to an organisation (${org[0]})`;
  }
  for (const t of texts) {
    const facility = FACILITY.exec(t);
    if (facility) return `next to a facility (${facility[0].trim()})`;
  }
  return null;
}
