/**
 * Hard MIME the project makes itself, so that every clone tests byte-identical relay and clean
 * extraction of it (the public datasets in ../shared/datasets/mime are not in a clone):
 * nested multiparts, broken boundaries, ISO-2022-JP / Shift_JIS / EUC-JP / unknown charsets,
 * long lines, raw 8-bit headers, message/rfc822 inside message/rfc822. Every byte is written
 * here (iconv-lite and encoding-japanese encode the Japanese charsets); nothing is normalised by a MIME library, so
 * the quirks survive. Synthetic people only. Lines end in CRLF, as SMTP carries them.
 */
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';

export interface HardMessage {
  /** File-like name: shows in test titles and failure messages. */
  name: string;
  /** What makes it hard. */
  about: string;
  raw: Buffer;
  /** Text that extraction must find at a location (exact location → substring of its text). */
  texts: Record<string, string>;
  /** Decoded subject, when the message has one worth checking. */
  subject?: string;
  /** Tables extraction must find (location → header row). */
  tables?: Record<string, string[]>;
  /** Exactly what extraction may report as not inspected (location and reason); anything else is a failure. */
  problems?: Array<{ location: string; reason: string }>;
}

type Piece = string | Buffer;
const CRLF = '\r\n';

/** Lines joined with CRLF; strings are UTF-8 unless already bytes. */
function lines(...parts: Piece[]): Buffer {
  const out: Buffer[] = [];
  parts.forEach((p, i) => {
    out.push(typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
    if (i < parts.length - 1) out.push(Buffer.from(CRLF));
  });
  return Buffer.concat(out);
}

/** Bytes of `text` in `charset` (iconv-lite has no ISO-2022-JP encoder: encoding-japanese writes JIS). */
const enc = (text: string, charset: string): Buffer =>
  /^iso-2022-jp$/i.test(charset) ? Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' })) : iconv.encode(text, charset);
const b64 = (bytes: Buffer | string): string => (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');
/** Base64 folded at 76 columns, as MIME writers do. */
const b64Body = (bytes: Buffer): string => b64(bytes).replace(/.{76}/g, `$&${CRLF}`);
/** RFC 2047 B encoding of `text` in `charset`. */
const word = (text: string, charset: string): string => `=?${charset}?B?${b64(enc(text, charset))}?=`;

function envelope(subject: string, extra: Piece[] = []): Piece[] {
  return [
    `From: ${word('山田 太郎', 'UTF-8')} <yamada.taro@example.co.jp>`,
    'To: sato.hanako@partner.example.jp',
    `Subject: ${subject}`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0900',
    `Message-ID: <${subject.length}.${extra.length}@hard-mime.example.co.jp>`,
    'MIME-Version: 1.0',
    ...extra,
  ];
}

/** multipart/mixed › multipart/alternative › (text/plain, multipart/related › (text/html, image)), plus a Shift_JIS CSV. */
function nestedMultipart(): HardMessage {
  const csv = enc('氏名,電話番号\r\n架空 一郎,090-0000-0101\r\n架空 二郎,090-0000-0202\r\n', 'Shift_JIS');
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const raw = lines(
    ...envelope(word('入れ子のマルチパート', 'UTF-8'), ['Content-Type: multipart/mixed; boundary="outer-1"']),
    '',
    'This is a multi-part message in MIME format.',
    '--outer-1',
    'Content-Type: multipart/alternative; boundary="alt-2"',
    '',
    '--alt-2',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    Buffer.from(`=E4=BD=90=E8=97=A4=E6=A7=98=0D=0A=E5=90=8D=E7=B0=BF=E3=82=92=E6=B7=BB=E4=BB=98=E3=81=97=E3=81=BE=E3=81=99=E3=80=82 soft=\r\nbreak`, 'latin1'),
    '--alt-2',
    'Content-Type: multipart/related; boundary="rel-3"; type="text/html"',
    '',
    '--rel-3',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64Body(Buffer.from('<html><body><p>佐藤様</p><p>名簿を添付します。</p><img src="cid:logo@x"></body></html>', 'utf8')),
    '--rel-3',
    'Content-Type: image/png',
    'Content-ID: <logo@x>',
    'Content-Transfer-Encoding: base64',
    '',
    b64Body(png),
    '--rel-3--',
    '',
    '--alt-2--',
    '',
    '--outer-1',
    `Content-Type: text/csv; charset=Shift_JIS; name="${word('名簿.csv', 'ISO-2022-JP')}"`,
    "Content-Disposition: attachment; filename*=Shift_JIS''%96%BC%95%EB.csv",
    'Content-Transfer-Encoding: base64',
    '',
    b64Body(csv),
    '--outer-1--',
    'epilogue text that is not part of any body part',
    '',
  );
  return {
    name: 'nested-multipart.eml',
    about: 'four levels: mixed › alternative › related › html + inline image; QP soft line break; Shift_JIS CSV with a Shift_JIS RFC 2231 name',
    raw,
    subject: '入れ子のマルチパート',
    texts: { 'body (text/plain)': '名簿を添付します。 softbreak', 'body (text/html)': '名簿を添付します。' },
    tables: { 'attachment[2] 名簿.csv': ['氏名', '電話番号'] },
    problems: [{ location: 'attachment[1] (image/png)', reason: 'no_text' }],
  };
}

/** A closing delimiter that never comes, a boundary with transport padding, a boundary-like line in the preamble. */
function brokenBoundaries(): HardMessage {
  const raw = lines(
    ...envelope('broken boundaries', ['Content-Type: multipart/mixed; boundary=brk']),
    '',
    '--brk-not-a-delimiter: a preamble line that merely starts like one',
    '--brk   ',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    '一つ目の部分です。',
    '--brk',
    'Content-Type: multipart/alternative; boundary="inner-never-closed"',
    '',
    '--inner-never-closed',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    '電話は 03-0000-0000 までお願いします。',
    '',
    '(the inner closing delimiter and the outer one are both missing; the message just ends)',
    '',
  );
  return {
    name: 'broken-boundaries.eml',
    about: 'unquoted boundary, transport padding after a delimiter, a preamble line that only starts like a delimiter, inner and outer closing delimiters missing',
    raw,
    texts: { 'body (text/plain)': '一つ目の部分です。', 'body[2] (text/plain)': '電話は 03-0000-0000 までお願いします。' },
    // Read as far as it goes, and said to be possibly truncated: never silently "clean".
    problems: [
      { location: 'message', reason: 'corrupt' },
      { location: 'message', reason: 'corrupt' },
    ],
  };
}

function iso2022jp(): HardMessage {
  const body = '鈴木様\r\nお世話になっております。会議は十一月三十日（月）です。\r\n';
  const raw = lines(
    ...envelope(word('会議のご案内', 'ISO-2022-JP'), ['Content-Type: text/plain; charset=ISO-2022-JP', 'Content-Transfer-Encoding: 7bit']),
    '',
    enc(body, 'ISO-2022-JP'),
  );
  return { name: 'iso-2022-jp.eml', about: 'ISO-2022-JP subject (RFC 2047) and 7bit body with escape sequences', raw, subject: '会議のご案内', texts: { 'body (text/plain)': '会議は十一月三十日（月）です。' } };
}

function shiftJis(): HardMessage {
  const body = '各位\r\n記号：ソ・ポ・十・能・表（５Ｃを含む文字）\r\n以上です。\r\n';
  const raw = lines(
    ...envelope(word('ソフト表示の確認', 'Shift_JIS'), ['Content-Type: text/plain; charset=Shift_JIS', 'Content-Transfer-Encoding: 8bit']),
    '',
    enc(body, 'Shift_JIS'),
  );
  return { name: 'shift_jis.eml', about: '8-bit Shift_JIS body whose trail bytes include 0x5C (ソ 表 能) and 0x7E', raw, subject: 'ソフト表示の確認', texts: { 'body (text/plain)': 'ソ・ポ・十・能・表（５Ｃを含む文字）' } };
}

function eucJp(): HardMessage {
  const body = '田中様\r\n請求書をお送りします。金額は１２，０００円です。\r\n';
  const raw = lines(
    ...envelope(word('請求書の送付', 'EUC-JP'), ['Content-Type: text/plain; charset="euc-jp"', 'Content-Transfer-Encoding: base64']),
    '',
    b64Body(enc(body, 'EUC-JP')),
  );
  return { name: 'euc-jp.eml', about: 'EUC-JP subject and base64 body, lower-case quoted charset label', raw, subject: '請求書の送付', texts: { 'body (text/plain)': '金額は１２，０００円です。' } };
}

function unknownCharset(): HardMessage {
  const raw = lines(
    ...envelope('unknown charsets', ['Content-Type: multipart/mixed; boundary="uc"']),
    '',
    '--uc',
    'Content-Type: text/plain; charset="x-no-such-charset"',
    'Content-Transfer-Encoding: 8bit',
    '',
    '未知の文字セット名ですが中身は UTF-8 です。',
    '--uc',
    'Content-Type: text/plain; charset=x-unknown',
    'Content-Transfer-Encoding: 8bit',
    '',
    enc('中身は Shift_JIS の本文です。', 'Shift_JIS'),
    '--uc',
    'Content-Type: text/plain; charset=""',
    '',
    'empty charset label, plain ASCII',
    '--uc--',
    '',
  );
  return {
    name: 'unknown-charset.eml',
    about: 'charset labels no decoder knows (x-no-such-charset over UTF-8, x-unknown over Shift_JIS) and an empty label',
    raw,
    texts: { 'body (text/plain)': '中身は UTF-8 です。', 'body[2] (text/plain)': '中身は Shift_JIS の本文です。', 'body[3] (text/plain)': 'empty charset label' },
  };
}

function longLines(): HardMessage {
  const longWord = 'x'.repeat(20_000);
  const longHeader = `X-Long: ${'y'.repeat(3_000)}`;
  const folded = `X-Folded: ${Array.from({ length: 60 }, (_, i) => `part${i}`).join(`${CRLF}\t`)}`;
  const raw = lines(
    ...envelope('long lines', [longHeader, folded, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit']),
    '',
    `先頭 ${longWord} 末尾の電話 03-0000-1111`,
    '.',
    '..two dots at the start of a line',
    '.single dot then text',
    `${'長い日本語の行。'.repeat(1_500)}`,
    '',
  );
  return { name: 'long-lines.eml', about: 'a 20 000-character line, a 3 000-character header, a header folded 60 times, dot-stuffing-sensitive lines, a 36 KB Japanese line', raw, texts: { 'body (text/plain)': '末尾の電話 03-0000-1111\n.\n..two dots at the start of a line\n.single dot then text\n長い日本語の行。' } };
}

function eightBitHeaders(): HardMessage {
  const raw = lines(
    Buffer.from('From: 山田 太郎 <yamada.taro@example.co.jp>', 'utf8'),
    'To: sato.hanako@partner.example.jp',
    Buffer.from('Subject: 見積書の件（８ビットのヘッダー）', 'utf8'),
    Buffer.concat([Buffer.from('X-Legacy-Note: '), enc('旧式のShift_JISヘッダー', 'Shift_JIS')]),
    'Date: Mon, 23 Nov 2026 10:00:00 +0900',
    'Message-ID: <8bit-headers@hard-mime.example.co.jp>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    '見積書をお送りします。',
    '',
  );
  return { name: '8bit-headers.eml', about: 'raw UTF-8 Subject and From display name (no RFC 2047), a raw Shift_JIS header', raw, subject: '見積書の件（８ビットのヘッダー）', texts: { 'body (text/plain)': '見積書をお送りします。' } };
}

/** A message forwarded as an attachment that itself carries a forwarded message (ISO-2022-JP inside). */
function rfc822InRfc822(): HardMessage {
  const innermost = lines(
    `From: ${word('高橋 美咲', 'ISO-2022-JP')} <takahashi@example.jp>`,
    'To: yamada.taro@example.co.jp',
    `Subject: ${word('一番内側', 'ISO-2022-JP')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=ISO-2022-JP',
    '',
    enc('一番内側の本文です。住所は東京都千代田区千代田１－１です。\r\n', 'ISO-2022-JP'),
  );
  const middle = lines(
    'From: suzuki@example.jp',
    'To: yamada.taro@example.co.jp',
    'Subject: =?UTF-8?B?' + b64('転送: 一番内側') + '?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mid"',
    '',
    '--mid',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    '転送します（中間のメッセージ）。',
    '--mid',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="inner.eml"',
    '',
    innermost,
    '--mid--',
    '',
  );
  const raw = lines(
    ...envelope('Fwd: Fwd: nested messages', ['Content-Type: multipart/mixed; boundary="top"']),
    '',
    '--top',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    '転送の転送です。',
    '--top',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="middle.eml"',
    '',
    middle,
    '--top--',
    '',
  );
  return {
    name: 'rfc822-in-rfc822.eml',
    about: 'message/rfc822 (multipart) carrying another message/rfc822 with an ISO-2022-JP body and headers',
    raw,
    texts: {
      'body (text/plain)': '転送の転送です。',
      'attachment[1] middle.eml › body (text/plain)': '中間のメッセージ',
      'attachment[1] middle.eml › attachment[1] inner.eml › body (text/plain)': '一番内側の本文です。',
      'attachment[1] middle.eml › attachment[1] inner.eml › subject': '一番内側',
    },
  };
}

/** The whole corpus, in a stable order. Each ends with CRLF, as every message carried by SMTP does. */
export function hardMimeMessages(): HardMessage[] {
  return [nestedMultipart(), brokenBoundaries(), iso2022jp(), shiftJis(), eucJp(), unknownCharset(), longLines(), eightBitHeaders(), rfc822InRfc822()].map((m) =>
    m.raw.subarray(-2).toString('latin1') === CRLF ? m : { ...m, raw: Buffer.concat([m.raw, Buffer.from(CRLF)]) },
  );
}
