/**
 * Bookkeeping for "nothing lost": every message the gateway answered 250 must end up upstream
 * byte-identical after our Received: header, with its envelope, or still be held. Messages are
 * recognised upstream by a token in their Message-ID.
 */
import { randomBytes } from 'node:crypto';
import { stripOurReceived } from '../../helpers/gateway.js';
import type { MessageState } from '../../../src/store/types.js';

export interface SentMail {
  token: string;
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
  queueId: string;
}

export interface UpstreamCopy {
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
}

export interface Tally {
  sent: number;
  delivered: number;
  held: number;
  lost: number;
  duplicates: number;
  /** Copies whose bytes or envelope differ from what the client sent (must be 0). */
  altered: number;
  /** Copies upstream of messages that are held (must be 0). */
  releasedWhileHeld: number;
  lostIds: string[];
}

export function newToken(prefix = 'f'): string {
  return `${prefix}${randomBytes(6).toString('hex')}`;
}

const tokenPattern = /^Message-ID: <([^@>]+)@faults\.test>/im;

export function tokenOf(raw: Buffer): string | undefined {
  const head = raw.subarray(0, 64 * 1024).toString('latin1');
  const end = head.indexOf('\r\n\r\n');
  return tokenPattern.exec(end >= 0 ? head.slice(0, end) : head)?.[1];
}

/** An ordinary business mail (passes the default policy) carrying `token`, CRLF, with dot lines. */
export function trackedMail(token: string, opts: { from?: string; to?: string[]; extraHeaders?: string[]; body?: string } = {}): Buffer {
  const from = opts.from ?? 'yamada.taro@example.co.jp';
  const to = opts.to ?? ['sato.hanako@partner.example.jp'];
  const lines = [
    `From: =?UTF-8?B?${Buffer.from('山田 太郎').toString('base64')}?= <${from}>`,
    `To: ${to.join(', ')}`,
    `Subject: =?UTF-8?B?${Buffer.from(`打ち合わせの件 ${token}`).toString('base64')}?=`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0900',
    `Message-ID: <${token}@faults.test>`,
    'MIME-Version: 1.0',
    'DKIM-Signature: v=1; a=rsa-sha256; d=example.co.jp; s=sel; bh=AAAA; b=BBBB',
    ...(opts.extraHeaders ?? []),
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    opts.body ?? '佐藤様\r\n\r\nいつもお世話になっております。\r\n来週の打ち合わせの日程についてご連絡いたします。\r\n.\r\n..先頭のドット行も崩れずに届くこと。\r\n\r\n-- \r\n山田 太郎\r\n',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

const held: readonly MessageState[] = ['awaiting_self_check', 'awaiting_approval'];

/**
 * Compare what was accepted with what reached upstream and what the store still holds.
 * `states` maps queue id → state (read from the store after the run).
 */
export function tally(sent: readonly SentMail[], upstream: readonly UpstreamCopy[], states: ReadonlyMap<string, MessageState>): Tally {
  const copies = new Map<string, UpstreamCopy[]>();
  for (const mail of upstream) {
    if (mail.mailFrom === '') continue; // bounces quote the original headers
    const token = tokenOf(stripSafe(mail.raw));
    if (!token) continue;
    copies.set(token, [...(copies.get(token) ?? []), mail]);
  }
  const t: Tally = { sent: sent.length, delivered: 0, held: 0, lost: 0, duplicates: 0, altered: 0, releasedWhileHeld: 0, lostIds: [] };
  for (const mail of sent) {
    const got = copies.get(mail.token) ?? [];
    const state = states.get(mail.queueId);
    // Per recipient: every recipient must have received it at least once.
    const perRecipient = mail.rcptTo.map((r) => got.filter((c) => c.rcptTo.includes(r)).length);
    for (const c of got) {
      let body: Buffer | undefined;
      try {
        body = stripOurReceived(c.raw);
      } catch {
        body = undefined;
      }
      if (!body || !body.equals(mail.raw) || c.mailFrom !== mail.mailFrom || c.rcptTo.some((r) => !mail.rcptTo.includes(r))) t.altered++;
    }
    if (state && held.includes(state)) {
      t.held++;
      if (got.length > 0) t.releasedWhileHeld++;
      continue;
    }
    if (perRecipient.every((n) => n >= 1)) {
      t.delivered++;
      t.duplicates += perRecipient.reduce((sum, n) => sum + (n - 1), 0);
    } else {
      t.lost++;
      t.lostIds.push(`${mail.queueId} (${state ?? 'not in store'})`);
    }
  }
  return t;
}

function stripSafe(raw: Buffer): Buffer {
  try {
    return stripOurReceived(raw);
  } catch {
    return raw;
  }
}
