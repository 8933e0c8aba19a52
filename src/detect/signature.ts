/**
 * The sender's signature block and the greeting to the addressee are not a leak on their
 * own: find them so their findings stay low and their people are not counted.
 *
 * A signature is recognised by structure, not by one layout: the text is cut into messages
 * (the sender's own text, each quoted `>` level, each forwarded/replied part), and among the
 * last paragraphs of each message a short list-like block counts as a signature when it is
 * dominated by contact lines (TEL, Direct, e-mail, 〒, 法人番号 …) together with a company or
 * department line, or stands under an explicit separator (`--`, `****`, `━━`, `===`, `<hr>` …).
 * A lone short name line ending a message is its sign-off.
 */
import type { MailAddress } from '../extract/types.js';
import type { Zone } from './hit.js';

const DELIMITER = /^\s*(?:--|-{3,}|={3,}|_{3,}|\*{3,}|[―─━~〜＝・･]{3,}|[-=*#]{2,}[ \t]*[^\n]{0,30}[ \t]*[-=*#]{2,}|[■□◆◇●○]{3,}|<hr\s*\/?>)\s*$/i;
/**
 * A decorated rule: a line of five or more symbols and no letter or digit (*・゜゜・*:.。..。.:*・゜゜・*,
 * ★☆★☆★). Not a table's rule (|---|---|, +----+----+): that line belongs to the table.
 */
const SYMBOL_RULE = /^[^\p{L}\p{N}|+]*$/u;
const SYMBOL_RULE_MIN = 5;
const SIGN_OFF = /^\s*--\s*$/;
/** A closing line of a letter. */
const CLOSING = /^\s*(?:(?:Best|Kind|Warm|With best)\s+(?:regards|wishes)|Regards|Best|Sincerely|Yours (?:sincerely|faithfully|truly)|Many thanks|Thanks(?: again)?|Thank you|Cheers|よろしくお願い(?:いた)?します|以上(?:、?よろしくお願いいたします)?)[,.!。]?\s*$/i;
/** Start of a quoted or forwarded message (its header block follows). */
const QUOTE_HEADER = /^\s*(?:-{2,}\s*(?:Original Message|元のメッセージ|Forwarded message|転送(?:された)?メッセージ|Ursprüngliche Nachricht|Message d'origine|Mensaje original)|On .+wrote:\s*$|.+(?:wrote|schrieb|a écrit|escribió|書きました|書いています)[:：]\s*$|(?:From|差出人|送信者)\s*[:：])/i;
/** 'From' in German, French, Spanish, Italian: a header only when a header field follows (Gesendet:, Envoyé: …). */
const FOREIGN_FROM = /^\s*(?:Von|De|Da)\s*:\s*\S/;
/** Header fields of a quoted message. */
const HEADER_FIELD = /^\s*(?:From|Sent|Date|To|Cc|Subject|差出人|送信者|送信日時|日時|日付|宛先|件名|CC|Von|Gesendet|An|Betreff|De|Envoyé|À|Objet|Enviado|Para|Asunto|Da|Inviato|Oggetto)\s*[:：]/i;
const ORG_MARK =
  /株式会社|有限会社|合同会社|合資会社|[(（](?:株|有)[)）]|法人|協会|協議会|組合|機構|財団|事務所|大学|病院|医院|クリニック|銀行|信用金庫|[^\s]{1,12}[部課室係]\b|[部課室]$|[部課室][\s　/／|]|センター|グループ|チーム|支店|支社|営業所|本社|本部|窓口|[^\s]{1,12}寮(?=[\s　/／|]|$)|\b(?:Inc|Co|Ltd|LLC|LLP|Corp|K\.K|G\.K|Corporation|Company|Department|Dept|Division|Group|Team|Center|Centre|Office|Association|Foundation|Institute|University|College|School|Hospital|Clinic|Bank|Holdings|Partners|NPO|NGO|Agency|Bureau|Secretariat|Council|Committee|GmbH|AG|KG|SARL|SAS|S\.A|S\.p\.A|B\.V|N\.V|Pty|PLC|Limited|Oy|ApS)\b/i;
const CONTACT_MARK =
  /\b(?:TEL|FAX|Phone|Mobile|Direct|Cell|E-?mail|Mail|URL|Web|Office)\b|電話|携帯|代表|直通|内線|フリーダイヤル|〒|メール|https?:\/\/|www\.|法人番号|所在地|住所|本社|@[A-Za-z0-9-]+\./i;
const PHONE_LIKE = /(?:\+81|\b0)\d{1,4}[-() ]{0,2}\d{1,4}[-() ]{0,2}\d{3,4}\b|\+[1-9]\d{0,2}[ -]?\(?\d{1,4}\)?(?:[ -]?\d{2,5}){2,4}\b/;
const POSTAL_LIKE = /\b\d{3}-\d{4}\b/;
/** Labels of personal data records: a block with these is data, not a signature. */
const RECORD_LABEL = /氏名|お名前|[（(]\d{1,3}歳[)）]|(?:利用者|対象者|本人)[ \u3000]*[:：]|障害(?:の状況|の程度|等級|区分)|手帳[ \u3000]*[:：]|ご住所|ご宿泊|ご意見|お問い?合わせ内容|生年月日|誕生日|マイナンバー|個人番号|口座|病名|診断|患者|被保険者|免許(?:証|番号|の種類|取得|[ \u3000]*[:：])|旅券|パスポート|在留|お届け先|送付先|配送先|届け先|申込者|受取人|振込先|返金先|引落口座|引落先|お客様番号|会員番号|入電|続柄|保険金|個人携帯|個人メール|私用|緊急連絡先|勤務先|所有者|債務者|滞納|未納|借主|賃借人|契約者|[（(](?:妻|夫|長男|長女|次男|次女|父|母|息子|娘)[)）]|Name\s*:|Birth|Passport|Emergency contact|Next of kin|Health note|Allerg|\b(?:Volunteer|Applicant|Candidate|Patient|Student|Employee|Guest|Passenger|Travell?er|Tenant|Customer|Reporter|Complainant|Whistleblower|Victim|Witness|Member|Pupil|Child|Trainee|Intern|Allottee|Beneficiary|Payee|Seafarer|Account holder|Account no\.?|Account number)\s*:|\b(?:Home|Private|Personal)\s+(?:address|mobile|phone|cell|e-?mail)\b|^\s*Home\s*:/i;
/** A line addressed to someone else (様, 御中 …) belongs to a greeting or a record, not a signature. */
const ADDRESSED = /(?:様|さま|殿|御中|各位|さん)\s*[,、]?\s*$/;
/** The paragraph above introduces data (以下の通り…：), so the block below is data, not a signature. */
const INTRODUCES = /(?:以下|下記|次の|こちら)[^。\n]{0,30}(?:[:：]|です|ます|。)?\s*$|[:：]\s*$/;
/** A row of a table pasted in the body (tabs, pipes, columns aligned with spaces): data, not a signature. */
const TABLE_ROW = /(?:(?:\t|\||\S[ \u3000]{2,}(?=\S)|,).*){3}/;
const TABLE_ROW_CELLS = /(?:(?:\t|\S[ \u3000]{2,}(?=\S)).*){3}/;
const NAME_ONLY = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々 \u3000]{1,12}$/u;
const GREETING_END = /(?:様|さま|殿|御中|各位|さん|先生|くん|君)\s*[,、]?\s*$/;
/** An honorific after a name (not お客様 in a desk's name). */
const HONORIFIC_INSIDE = /(?<!お客)(?:様|さん|殿)(?=[\s\u3000,、:：()（）\d]|$)/;
const MAX_SIGNATURE_LINES = 12;
const MAX_LINE = 90;
/** How many content paragraphs at the end of a message may hold its signature (a disclaimer may follow). */
const TAIL_PARAGRAPHS = 3;

interface Line {
  start: number;
  end: number;
  /** Text without quote marks, HTML tags and &nbsp;. */
  text: string;
  /** Number of `>` quote marks. */
  depth: number;
  delimiter: boolean;
}

const QUOTE_PREFIX = /^(?:[ \t]*>)+[ \t]?/;

// Hoisted: a regex literal is a new object each time it is evaluated (here once per line).
const TRAILING_CR = /\r$/;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]*>/g;
const NBSP_ENTITY = /&nbsp;/gi;
const QUOTE_MARK = />/g;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end).replace(TRAILING_CR, '');
    const prefix = QUOTE_PREFIX.exec(raw)?.[0] ?? '';
    const rest = raw.slice(prefix.length);
    const delimiter = DELIMITER.test(rest) || (SYMBOL_RULE.test(rest) && rest.replace(/\s/g, '').length >= SYMBOL_RULE_MIN);
    const clean = rest.replace(HTML_TAG, '').replace(NBSP_ENTITY, ' ');
    lines.push({ start, end, text: clean, depth: (prefix.match(QUOTE_MARK) ?? []).length, delimiter });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

const blank = (l: Line | undefined): boolean => l === undefined || (!l.delimiter && l.text.trim() === '');

export function findMailZones(text: string): Zone[] {
  const lines = splitLines(text);
  const zones: Zone[] = [];
  const greeting = findGreeting(lines);
  if (greeting) zones.push(greeting);
  zones.push(...findSignatures(lines));
  return zones;
}

/** First lines addressed to the recipient: `株式会社〇〇 / 営業部 / 山田様`. */
function findGreeting(lines: Line[]): Zone | null {
  let i = 0;
  while (i < lines.length && blank(lines[i])) i++;
  const first = i;
  let lastHonorific = -1;
  for (let k = first; k < Math.min(lines.length, first + 4) && !blank(lines[k]); k++) {
    const l = lines[k]!.text;
    if (l.length > 40 || RECORD_LABEL.test(l)) break;
    if (GREETING_END.test(l)) lastHonorific = k;
  }
  if (lastHonorific < 0) return null;
  return { start: lines[first]!.start, end: lines[lastHonorific]!.end, kind: 'greeting' };
}

interface Paragraph {
  from: number;
  to: number;
}

/** One message of the text: the sender's own part, a quoted level, a forwarded part. */
function sections(lines: Line[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let depth = -1;
  let inHeader = false;
  const flush = (): void => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (blank(line)) {
      inHeader = false;
      current.push(k);
      continue;
    }
    if (QUOTE_HEADER.test(line.text) || (FOREIGN_FROM.test(line.text) && HEADER_FIELD.test(lines[k + 1]?.text ?? '')) || (inHeader && HEADER_FIELD.test(line.text))) {
      flush();
      inHeader = true;
      depth = line.depth;
      continue;
    }
    inHeader = false;
    if (line.depth !== depth) {
      flush();
      depth = line.depth;
    }
    current.push(k);
  }
  flush();
  return out;
}

function findSignatures(lines: Line[]): Zone[] {
  const zones: Zone[] = [];
  for (const section of sections(lines)) {
    const zone = signatureOf(lines, section);
    if (zone) zones.push(zone);
  }
  return zones;
}

function signatureOf(lines: Line[], section: number[]): Zone | null {
  // Paragraphs: runs of content lines, split at blank and delimiter lines.
  const paragraphs: Paragraph[] = [];
  let from = -1;
  let prev = -1;
  for (const k of section) {
    const line = lines[k]!;
    if (blank(line) || line.delimiter || (from >= 0 && k !== prev + 1)) {
      if (from >= 0) paragraphs.push({ from, to: prev });
      from = -1;
    }
    if (!blank(line) && !line.delimiter && from < 0) from = k;
    prev = k;
  }
  if (from >= 0) paragraphs.push({ from, to: prev });
  const inSection = new Set(section);
  const delimiterAbove = (k: number): number => {
    for (let j = k - 1; j >= 0 && inSection.has(j); j--) {
      if (lines[j]!.delimiter) return j;
      if (!blank(lines[j])) return -1;
    }
    return -1;
  };
  const delimiterBelow = (k: number): number => {
    for (let j = k + 1; j < lines.length && inSection.has(j); j++) {
      if (lines[j]!.delimiter) return j;
      if (!blank(lines[j])) return -1;
    }
    return -1;
  };

  const last = paragraphs.length - 1;
  for (let p = last; p >= Math.max(0, last - TAIL_PARAGRAPHS + 1); p--) {
    const para = paragraphs[p]!;
    const texts: string[] = [];
    for (let k = para.from; k <= para.to; k++) texts.push(lines[k]!.text.trim());
    // A record, or a table: a row with cells split by tabs or wide spaces, or two rows split by
    // pipes or commas (one such line is an English street address or a European signature line).
    if (texts.some((t) => RECORD_LABEL.test(t) || TABLE_ROW_CELLS.test(t)) || texts.filter((t) => TABLE_ROW.test(t)).length >= 2) continue;
    // The trailing run of list-like lines (a closing sentence may share the paragraph).
    let runFrom = para.to;
    while (runFrom > para.from && listLike(texts[runFrom - 1 - para.from]!)) runFrom--;
    if (!listLike(texts[runFrom - para.from]!)) continue;
    const run = texts.slice(runFrom - para.from);
    if (run.length > MAX_SIGNATURE_LINES) continue;
    // A list of people is not one person's signature: rows addressed to people (様, さん),
    // or three rows with an unlabelled phone number each.
    if (run.filter((t) => HONORIFIC_INSIDE.test(t)).length >= 2) continue;
    if (run.filter((t) => PHONE_LIKE.test(t) && !CONTACT_MARK.test(t)).length >= 3) continue;
    const delimAbove = runFrom === para.from ? delimiterAbove(para.from) : -1;
    const signOff = delimAbove >= 0 && SIGN_OFF.test(lines[delimAbove]!.text);
    const contact = run.some((t) => CONTACT_MARK.test(t) || PHONE_LIKE.test(t) || POSTAL_LIKE.test(t));
    const org = run.some((t) => ORG_MARK.test(t));
    const above = paragraphs[p - 1];
    const introduced = delimAbove < 0 && runFrom === para.from && above !== undefined && INTRODUCES.test(lines[above.to]!.text);
    const signOffName = p === last && run.length <= 2 && run.every((t) => NAME_ONLY.test(t) && !/^以上$/.test(t));
    // A closing (Best regards, / よろしくお願いいたします) right above or opening the run, then a
    // name and contact lines: a signature even without a company line.
    const closing = CLOSING.test(texts[Math.max(0, runFrom - para.from - 1)] ?? '') || CLOSING.test(run[0] ?? '');
    const isSignature = !introduced && ((contact && (org || delimAbove >= 0 || closing)) || signOff || signOffName);
    if (!isSignature) continue;
    let start = lines[delimAbove >= 0 ? delimAbove : runFrom]!.start;
    // A name line directly above (blank line between), e.g. `鈴木 一郎` then the company block.
    if (delimAbove < 0 && runFrom === para.from && above && above.to - above.from <= 1 && para.from - above.to <= 2) {
      const aboveText = lines.slice(above.from, above.to + 1).map((l) => l.text).join('');
      if (aboveText.length <= 24 && !/[\d。、！？!?]/.test(aboveText) && !ADDRESSED.test(aboveText) && !RECORD_LABEL.test(aboveText)) {
        start = lines[above.from]!.start;
      }
    }
    const below = delimiterBelow(para.to);
    const end = lines[below >= 0 ? below : para.to]!.end;
    return { start, end, kind: 'signature' };
  }
  return null;
}

/** A short line without sentence ending, not addressed to someone: a signature-like line. */
/** An English sentence: eight words or more with a verb or a pronoun (a signature line has neither). */
const PROSE_EN = /\b(?:is|are|was|were|has|have|had|will|would|can|could|please|we|you|he|she|they|I)\b/;

/**
 * A sentence wrapped onto the next line: a clause with its comma, cut after a verb's or a
 * particle's joining form (「本日、…から電話があり、…を受診して」 ⏎ 「…陽性だったとのことです。」).
 */
const WRAPPED_CLAUSE = /、[^、]*(?:して|して[はも]|した[がら]|があり|があって|ので|から|けれど|けど|ため|ところ|により|によって|について|として|ており|ていて|ました[がけ]|ます[がけ]|です[がけ])$/;

function listLike(t: string): boolean {
  // A sentence written without its 。 (mail from a phone: 「…と個人メール …です」) is not a signature line.
  if (PROSE_EN.test(t) && t.split(/\s+/).length >= 8) return false;
  if (WRAPPED_CLAUSE.test(t)) return false;
  return t.length > 0 && t.length <= MAX_LINE && !/[。！？]\s*$/.test(t) && !/(?:です|ます|ました|でした|ください|ません)\s*$/.test(t) && (t.match(/。/g)?.length ?? 0) === 0 && !ADDRESSED.test(t);
}

/** Name keys of header mailboxes (`山田 太郎 <…>` → 山田太郎, 山田, 太郎). */
/**
 * Surnames that end in 部 like a department (営業部) does: 阿部, 服部, 長谷部 … are the person's name
 * in a display name (長谷部 ちひろ), not the department beside it.
 */
export const SURNAME_IN_BU = /^(?:阿|安|服|岡|渡|長谷|磯|矢|日下|建|卜|財|園|刑|石|武|曽我|長宗我|宗我|物|綾|海|勝|田|坂|戸|真|苅|神|丹|占)部$/;

export function headerNameKeys(boxes: readonly MailAddress[]): Set<string> {
  const keys = new Set<string>();
  for (const b of boxes) {
    // Honorifics in a display name (安斎 智史 先生, 山田様) are not part of the name.
    const name = b.name.normalize('NFKC').replace(/[(（][^)）]*[)）]/g, ' ').replace(/[ \u3000]*(?:先生|様|さま|さん|殿|御中|各位)(?=[ \u3000]|$)/g, '').trim();
    if (!name) continue;
    const words = name.split(/[\s/／|｜,、]+/).filter((p) => p !== '' && !/株式会社|有限会社/.test(p) && (!/[部課]$/.test(p) || SURNAME_IN_BU.test(p)));
    const parts = words.filter((p) => p.length >= 2);
    for (const p of parts) keys.add(p);
    // A full name written as one word (西村拓也): its surname alone is written too (翔英ゼミの西村です),
    // and a surname has two or three characters far more often than one.
    if (words.length <= 2) {
      for (const p of words) {
        if (!/^[\p{sc=Han}々]{3,5}$/u.test(p)) continue;
        keys.add(p.slice(0, 2));
        if (p.length >= 5) keys.add(p.slice(0, 3));
      }
    }
    // The whole name, one-character surname and given name included (林 蓮 → 林蓮).
    keys.add(words.join(''));
    const latin = latinNameKey(name);
    if (latin) keys.add(latin);
  }
  keys.delete('');
  return keys;
}

/**
 * A key for a name in Latin letters that ignores case and word order: NGUYEN THI LAN and
 * JOHNSON MARK on a form are the To header's Nguyen Thi Lan and Mark Johnson.
 */
export function latinNameKey(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z' .,-]*$/.test(name.trim())) return null;
  const words = name.toLowerCase().split(/[\s,.]+/).filter((w) => w.length >= 2);
  return words.length >= 2 ? `~${words.sort().join(' ')}` : null;
}
