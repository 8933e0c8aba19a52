/**
 * A gateway with attachments-as-links on: the marker inspector (test/workflow/harness.ts) plus
 * `[LINK]` in the subject → the verdict carries separateAttachments (inspection ran on the
 * original, as in production). Real SMTP in, a real SMTP sink upstream, the real download listener.
 */
import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import type { Clock } from '../../src/clock.js';
import type { Inspector } from '../../src/pipeline/types.js';
import type { SeparateAttachmentsSettings } from '../../src/policy/types.js';
import { startGateway, tempDir } from '../helpers/gateway.js';
import { freePort, TestUpstream } from '../helpers/upstream.js';
import { markerInspector } from '../workflow/harness.js';

export const masterKey = randomBytes(32).toString('base64');

export const linkSettings: SeparateAttachmentsSettings = {
  expiryMs: 7 * 86_400_000,
  maxDownloads: 3,
  verifyCode: true,
  notifySender: true,
  exceptPartners: [],
  exceptDomains: [],
  keepBelowBytes: null,
  keepTypes: ['.ics'],
};

export function linkInspector(settings: SeparateAttachmentsSettings = linkSettings): Inspector {
  return {
    async inspect(record, raw) {
      const report = await markerInspector.inspect(record, raw);
      const subject = (await simpleParser(raw)).subject ?? '';
      if (subject.includes('[LINK]')) report.verdict.separateAttachments = settings;
      return report;
    },
  };
}

export class ManualClock implements Clock {
  constructor(public t = Date.UTC(2026, 10, 30, 1, 0, 0)) {}
  now(): number {
    return this.t;
  }
}

export async function startLinkGateway(cleanups: Array<() => Promise<void>>, opts: { clock?: Clock; settings?: SeparateAttachmentsSettings; storeUrl?: string; inspector?: Inspector; overrides?: Record<string, unknown> } = {}) {
  const upstream = new TestUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const gw = await startGateway(
    {
      'storage.dataDir': tempDir('dlp-links-'),
      ...(opts.storeUrl ? { 'storage.url': opts.storeUrl } : {}),
      'upstream.url': upstream.url,
      'download.enabled': true,
      'download.listen.host': '127.0.0.1',
      'download.listen.port': port,
      'download.publicUrl': publicUrl,
      'download.masterKey': masterKey,
      'workflow.noticeSender': 'dlp-gateway@example.co.jp',
      ...opts.overrides,
    },
    { inspector: opts.inspector ?? linkInspector(opts.settings), ...(opts.clock ? { clock: opts.clock } : {}) },
  );
  cleanups.push(() => gw.cleanup());
  return { gw, upstream, publicUrl };
}

/** A business mail with a PDF (Japanese file name, RFC 2231) and a calendar file (kept by exception). */
export function mailWithAttachment(opts: { subject: string; pdf: Buffer; to?: string[]; fileName?: string }): Buffer {
  const to = opts.to ?? ['sato.hanako@partner.example.jp'];
  const name = opts.fileName ?? '見積書_2026年12月.pdf';
  const b64 = (opts.pdf.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
  const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
  return Buffer.from(
    [
      `From: =?UTF-8?B?${Buffer.from('山田 太郎').toString('base64')}?= <yamada.taro@example.co.jp>`,
      `To: ${to.join(', ')}`,
      `Subject: =?UTF-8?B?${Buffer.from(opts.subject).toString('base64')}?=`,
      'Date: Mon, 30 Nov 2026 10:00:00 +0900',
      `Message-ID: <${randomBytes(6).toString('hex')}@example.co.jp>`,
      'MIME-Version: 1.0',
      'X-Custom-Header: keep me',
      'Content-Type: multipart/mixed; boundary="==outer=="',
      '',
      'This is a multi-part message in MIME format.',
      '--==outer==',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      '佐藤様',
      '',
      'お見積書を添付いたします。ご確認ください。',
      '山田',
      '--==outer==',
      `Content-Type: application/pdf; name="estimate.pdf"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      '',
      b64,
      '--==outer==',
      'Content-Type: text/calendar; charset=UTF-8; name="meeting.ics"',
      'Content-Disposition: attachment; filename="meeting.ics"',
      '',
      ics,
      '--==outer==--',
      '',
    ].join('\r\n'),
    'utf8',
  );
}

/** A synthetic "PDF" whose plaintext contains a recognisable marker many times. */
export function samplePdf(size = 64 * 1024): { bytes: Buffer; marker: string } {
  const marker = `CONFIDENTIAL-ESTIMATE-${randomBytes(4).toString('hex')}`;
  const head = Buffer.from(`%PDF-1.4\n% ${marker}\n`);
  const body = Buffer.alloc(size - head.length);
  for (let i = 0; i < body.length; i++) body[i] = marker.charCodeAt(i % marker.length);
  return { bytes: Buffer.concat([head, body]), marker };
}

export function linkUrlOf(text: string, publicUrl: string): string {
  const m = new RegExp(`${publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/d/[A-Za-z0-9_-]{43}`).exec(text);
  if (!m) throw new Error('no download link in the text');
  return m[0];
}
