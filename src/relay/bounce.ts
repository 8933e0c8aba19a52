import { randomBytes } from 'node:crypto';
import { rfc5322Date } from '../receive/received-header.js';
import type { RecipientResult } from './types.js';

export interface BounceInput {
  originalId: string;
  originalMailFrom: string;
  originalRaw: Buffer | undefined;
  receivedAt: number;
  failed: RecipientResult[];
  hostname: string;
  now: number;
  /** Why: 'rejected' (5xx upstream) or 'expired' (queue lifetime exceeded). */
  reason: 'rejected' | 'expired';
}

function headerBlock(raw: Buffer | undefined): string {
  if (!raw) return '';
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  return (end >= 0 ? text.slice(0, end) : text.slice(0, 64 * 1024)).replace(/\r?\n/g, '\r\n');
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
}

/**
 * Delivery status notification (RFC 3464) to the envelope sender, sent with a null
 * envelope sender so it can never bounce back. Japanese first, English second.
 */
export function buildBounce(input: BounceInput): Buffer {
  const boundary = `dsn-${randomBytes(8).toString('hex')}`;
  const list = input.failed.map((r) => `  <${r.address}>: ${r.response}`).join('\n');
  const why =
    input.reason === 'expired'
      ? '配送先サーバーに一定期間内に届けられませんでした。 / The message could not be delivered within the queue lifetime.'
      : '配送先サーバーが受け取りを拒否しました。 / The next-hop server refused the message.';
  const text = [
    '送信されたメールは次の宛先に配送できませんでした。',
    'Your message could not be delivered to the following recipients.',
    '',
    list,
    '',
    why,
    '',
    `Queue ID: ${input.originalId}`,
    `受付日時 / Received: ${rfc5322Date(new Date(input.receivedAt))}`,
  ].join('\n');
  const perRecipient = input.failed
    .map((r) => {
      const code = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(r.response)?.[1] ?? (input.reason === 'expired' ? '4.4.7' : '5.0.0');
      return [
        `Final-Recipient: rfc822; ${r.address}`,
        'Action: failed',
        `Status: ${code.startsWith('2') ? '5.0.0' : code}`,
        `Diagnostic-Code: smtp; ${r.response.replace(/[\r\n]+/g, ' ')}`,
      ].join('\r\n');
    })
    .join('\r\n\r\n');
  const lines = [
    `From: Mail Delivery System <MAILER-DAEMON@${input.hostname}>`,
    `To: <${input.originalMailFrom}>`,
    `Subject: =?UTF-8?B?${Buffer.from('配送不能通知 / Undelivered Mail Returned to Sender').toString('base64')}?=`,
    `Date: ${rfc5322Date(new Date(input.now))}`,
    `Message-ID: <${input.originalId}.dsn.${randomBytes(4).toString('hex')}@${input.hostname}>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(text),
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${input.hostname}`,
    `X-Queue-ID: ${input.originalId}`,
    `Arrival-Date: ${rfc5322Date(new Date(input.receivedAt))}`,
    '',
    perRecipient,
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    headerBlock(input.originalRaw),
    '',
    `--${boundary}--`,
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
