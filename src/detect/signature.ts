/**
 * The sender's signature block and the greeting to the addressee are not a leak on their
 * own: find them so their findings stay low and their people are not counted.
 */
import type { MailAddress } from '../extract/types.js';
import type { Zone } from './hit.js';

const DELIMITER = /^\s*(?:--|-{3,}|={3,}|_{3,}|\*{3,}|[―─━~〜＝]{3,}|[-=*]{2,}[ \t]*[^\n]{0,30}[ \t]*[-=*]{2,}|[■□◆◇●○]{3,})\s*$/;
const SIGN_OFF = /^\s*--\s*$/;
const QUOTE_START = /^\s*(?:>|-{2,}\s*(?:Original Message|元のメッセージ|Forwarded message)|On .+wrote:|.+(?:wrote|書きました)[:：]\s*$|From:|差出人:)/i;
const ORG_MARK = /株式会社|有限会社|合同会社|\(株\)|(?:法人|協会|組合|大学|病院)\b|Inc\.?|Co\.,|Ltd|Corporation|部|課|室|センター|グループ|事業所|支店|営業所|本社/;
const CONTACT_MARK = /TEL|Tel|tel|電話|FAX|Fax|E-?mail|e-?mail|Mail|mail|メール|〒|URL|https?:\/\/|携帯|Mobile|内線/;
/** Labels of personal data records: a block with these is data, not a signature. */
const RECORD_LABEL = /氏名|生年月日|誕生日|マイナンバー|個人番号|口座|病名|診断|患者|被保険者|免許|旅券|パスポート|在留/;
const GREETING_END = /(?:様|さま|殿|御中|各位|さん|先生|くん|君)\s*[,、]?\s*$/;
const MAX_SIGNATURE_LINES = 14;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '').replace(/^\s*>+\s?/, '') });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

const blank = (l: Line | undefined): boolean => l === undefined || l.text.trim() === '';

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

function findSignatures(lines: Line[]): Zone[] {
  const zones: Zone[] = [];
  // Paragraphs: runs of non-blank lines, split also at delimiter and quote lines.
  const paragraphs: Array<{ from: number; to: number; afterDelimiter: boolean; afterSignOff: boolean; section: number }> = [];
  let from = -1;
  let afterDelimiter = false;
  let afterSignOff = false;
  // A section is one message: a quoted or forwarded message starts a new one.
  let section = 0;
  const close = (to: number): void => {
    if (from >= 0) paragraphs.push({ from, to, afterDelimiter, afterSignOff, section });
    from = -1;
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (blank(line)) {
      close(k - 1);
      continue;
    }
    const quote = QUOTE_START.test(lines[k]!.text);
    if (DELIMITER.test(line.text) || quote) {
      close(k - 1);
      if (quote) section++;
      afterDelimiter = DELIMITER.test(line.text);
      afterSignOff = SIGN_OFF.test(line.text);
      continue;
    }
    if (from < 0) from = k;
  }
  close(lines.length - 1);

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const body = lines.slice(para.from, para.to + 1).map((l) => l.text);
    if (body.length > MAX_SIGNATURE_LINES) continue;
    const joined = body.join('\n');
    if (RECORD_LABEL.test(joined)) continue;
    const contact = CONTACT_MARK.test(joined);
    const org = ORG_MARK.test(joined);
    // Among the last two paragraphs of its message (before a quote or the end).
    const nearSectionEnd = paragraphs[p + 2]?.section !== para.section;
    const listLike = body.every((l) => l.length <= 60) && (joined.match(/。/g)?.length ?? 0) <= 1;
    const isSignature = para.afterSignOff || (contact && listLike && (para.afterDelimiter || (org && nearSectionEnd)));
    if (!isSignature) continue;
    let start = lines[para.from]!.start;
    // A name line directly above, separated by a blank line or delimiter, belongs to it too.
    const prev = paragraphs[p - 1];
    const prevText = prev ? lines.slice(prev.from, prev.to + 1).map((l) => l.text).join('') : '';
    const nameLine = prevText.length <= 24 && !/[\d。、！？!?]/.test(prevText);
    if (prev && !para.afterDelimiter && prev.section === para.section && prev.to - prev.from <= 1 && para.from - prev.to <= 2 && nameLine) {
      start = lines[prev.from]!.start;
    }
    zones.push({ start, end: lines[para.to]!.end, kind: 'signature' });
  }
  return zones;
}

/** Name keys of header mailboxes (`山田 太郎 <…>` → 山田太郎, 山田, 太郎). */
export function headerNameKeys(boxes: readonly MailAddress[]): Set<string> {
  const keys = new Set<string>();
  for (const b of boxes) {
    const name = b.name.normalize('NFKC').replace(/[(（][^)）]*[)）]/g, ' ').trim();
    if (!name) continue;
    const parts = name.split(/[\s/／|｜,、]+/).filter((p) => p.length >= 2 && !/株式会社|有限会社|部$|課$/.test(p));
    for (const p of parts) keys.add(p);
    keys.add(parts.join(''));
  }
  keys.delete('');
  return keys;
}
