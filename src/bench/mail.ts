/** Realistic Japanese business mail for the load: bodies of a few KB, signatures, attachments. */
import { CLOSINGS, GREETINGS, OPENINGS, PARAGRAPHS, SIGNATURES } from './text.js';

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

export const SENDER = 'yamada@example.co.jp';
export const RECIPIENT = 'sato@partner.example.jp';

/** A body of about `chars` characters; `variant` picks greeting, paragraphs and signature. */
export function businessBody(variant: number, chars = 1700, signature = variant % 3 !== 2): string {
  const lines: string[] = [GREETINGS[variant % GREETINGS.length]!, '', OPENINGS[variant % OPENINGS.length]!, ''];
  let k = variant * 5;
  while (lines.join('\n').length < chars - 80) {
    lines.push(PARAGRAPHS[k % PARAGRAPHS.length]!, '');
    k += 3;
  }
  lines.push(CLOSINGS[variant % CLOSINGS.length]!, '');
  if (signature) lines.push(SIGNATURES[variant % SIGNATURES.length]!);
  return lines.join('\n');
}

const encodeWord = (s: string): string => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;

function base64Lines(data: Buffer): string {
  return (data.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** RFC 5322 message with an `X-Bench-Id` header (the sink times arrivals by it). */
export function buildMail(id: string, body: string, subject: string, attachments: Attachment[] = []): Buffer {
  const headers = [
    `From: ${encodeWord('山田 太郎')} <${SENDER}>`,
    `To: ${encodeWord('佐藤 様')} <${RECIPIENT}>`,
    `Subject: ${encodeWord(subject)}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${id}@bench.example.co.jp>`,
    `X-Bench-Id: ${id}`,
    'MIME-Version: 1.0',
  ];
  const text = body.replace(/\n/g, '\r\n');
  if (attachments.length === 0) {
    return Buffer.from([...headers, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit', '', text, ''].join('\r\n'));
  }
  const boundary = `----=_bench_${id.replace(/[^A-Za-z0-9]/g, '')}`;
  const parts = [
    [...headers, `Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit', '', text].join('\r\n'),
  ];
  for (const a of attachments) {
    parts.push(
      [
        `--${boundary}`,
        `Content-Type: ${a.contentType}; name="${encodeWord(a.filename)}"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename="${encodeWord(a.filename)}"`,
        '',
        base64Lines(a.data),
      ].join('\r\n'),
    );
  }
  parts.push(`--${boundary}--`, '');
  return Buffer.from(parts.join('\r\n'));
}

/** The plain-mail load: ~5 KB UTF-8 bodies, two of three with a signature. */
export function plainMail(id: string, n: number): Buffer {
  return buildMail(id, businessBody(n), `お見積りの件（${n % 97}）`);
}
