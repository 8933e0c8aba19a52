/**
 * PPAP ("Password-protected zip, Password sent separately, Angou-ka, Protocol"): the practice
 * Japanese government and many companies now forbid, because the password travels the same path
 * as the file. Two message-level signals, for policy to act on (detection never decides):
 *
 * - `ppap_notice`: the text says the password comes separately (別途/別メール/追って…), and the
 *   mail carries an encrypted attachment or a download/share link;
 * - `ppap_password`: the short mail that follows, whose content is essentially a password.
 */
import type { ExtractionResult, TextSegment } from '../extract/types.js';
import { lineAt } from './sentences.js';

export interface PpapSignal {
  category: 'ppap_notice' | 'ppap_password';
  location: string;
  /** Safe to show: never the password itself. */
  sample: string;
  reason: string;
}

const PASSWORD = /パスワード|パスワ-ド|暗証番号|解凍(?:用)?(?:キー|パス)|\bpass ?word\b|\bPW\b|\bpasscode\b/i;
/** "comes separately / in another mail / later": the announcement of the second mail. */
const SEPARATELY =
  /(?:別途|別メール|別のメール|別送|別便|追って|後ほど|のちほど|次のメール|後続のメール|続けて|改めて)[^。\n]{0,20}(?:送|お知らせ|連絡|通知|ご案内|お送り|送付)|(?:sent|send|follow|provided|share)[^.\n]{0,30}\b(?:separately|separate (?:e-?mail|message)|another (?:e-?mail|message)|later|shortly)\b/i;
const SHARE_LINK = /https?:\/\/[^\s<>"]+/gi;
/** A meeting's link (its passcode is not a file's password): Zoom, Teams, Meet, Webex. */
const MEETING_LINK = /zoom\.|teams\.microsoft|teams\.live|meet\.google|webex|whereby\.com|\/j\/\d{9,}/i;
const LINK_CONTEXT = /ダウンロード|共有|リンク|URL|ファイル便|転送サービス|download|share|link/i;

/** A password-like token after a label: 8–32 characters without spaces, mixing letters and digits or symbols. */
const PASSWORD_VALUE = /(?:パスワード|パスワ-ド|暗証番号|PW|pass ?word|passcode)\s*(?:は|:|：|=|＝)?\s*[「『"']?([!-~]{6,32})[」』"']?/i;

function bodyText(segments: TextSegment[]): { text: string; location: string } {
  const bodies = segments.filter((s) => s.source === 'body' || s.source === 'subject');
  const text = bodies.map((s) => s.text).join('\n');
  const location = bodies.find((s) => s.source === 'body')?.location ?? 'subject';
  return { text, location };
}

/** The mail text without quoted lines (`> …`) and without what follows a reply/forward header. */
function ownText(text: string): string {
  const cut = text.search(/^-{2,}\s*(?:Original Message|Forwarded message|元のメッセージ|転送メッセージ)|^On .{5,80} wrote:$|^\d{4}[/年].{0,40}(?:wrote|書きました)/im);
  const own = cut === -1 ? text : text.slice(0, cut);
  return own
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
}

function isPasswordLike(value: string): boolean {
  if (/^https?:/i.test(value) || /@/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2;
}

export function findPpap(extraction: ExtractionResult): PpapSignal[] {
  const { text, location } = bodyText(extraction.segments);
  const own = ownText(text);
  const signals: PpapSignal[] = [];
  // The password and "separately" in one sentence: 「パスワードは別途お送りします」.
  const announces = own.split(/[。\n]|\.\s/).some((sentence) => PASSWORD.test(sentence) && SEPARATELY.test(sentence));
  if (announces) {
    const encrypted = extraction.encrypted.length > 0;
    // A download or share link: on a line (or under one) that says so, not a meeting's link and
    // not the signature's home page.
    const link = [...own.matchAll(SHARE_LINK)].some((m) => !MEETING_LINK.test(m[0]) && LINK_CONTEXT.test(lineAt(own, m.index, 1)));
    if (encrypted || link) {
      signals.push({
        category: 'ppap_notice',
        location,
        sample: encrypted ? 'パスワード別送の予告 + 暗号化添付' : 'パスワード別送の予告 + 共有リンク',
        reason: encrypted ? 'password announced as sent separately, with an encrypted attachment' : 'password announced as sent separately, with a share link',
      });
    }
  }
  // The follow-up: short, no attachment of its own, and its point is a password value.
  const password = PASSWORD_VALUE.exec(own);
  const meaningful = own.replace(/\s+/g, '');
  if (password && isPasswordLike(password[1]!) && meaningful.length <= 400 && extraction.attachments.length === 0) {
    signals.push({ category: 'ppap_password', location, sample: 'パスワード: ********', reason: 'short mail that consists of a password' });
  }
  return signals;
}
