/**
 * Attachments as download links, end to end: real SMTP in, a real SMTP sink upstream, the real
 * download listener over HTTP. What the recipient gets, what is at rest, what the page allows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleMail, stripOurReceived, waitUntil } from '../helpers/gateway.js';
import { linkUrlOf, mailWithAttachment, ManualClock, samplePdf, startLinkGateway } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function send(port: number, raw: Buffer, to = ['sato.hanako@partner.example.jp']): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  const info = await transport.sendMail({ envelope: { from: 'yamada.taro@example.co.jp', to }, raw });
  transport.close();
  return /queued as (\S+)/.exec(info.response)![1]!;
}

function headerBlock(raw: Buffer): string {
  const text = raw.toString('latin1');
  return text.slice(0, text.indexOf('\r\n\r\n'));
}

/** Press the download page's forms like a browser: code to `address`, read it from the sink, confirm. */
async function verifyByCode(url: string, address: string, upstream: { received: Array<{ rcptTo: string[]; raw: Buffer }> }, seen: number): Promise<string> {
  const sent = await fetch(`${url}/code`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ address }).toString() });
  expect(sent.status).toBe(200);
  await waitUntil(() => upstream.received.length > seen, 15_000, 'the code mail');
  const mail = await simpleParser(upstream.received.at(-1)!.raw);
  expect(upstream.received.at(-1)!.rcptTo).toEqual([address]);
  const code = /確認コード: (\d{6})/.exec(mail.text ?? '')![1]!;
  const verified = await fetch(`${url}/verify`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ code }).toString(), redirect: 'manual' });
  expect(verified.status).toBe(303);
  return (verified.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('attachments as download links', () => {
  it('the sink receives the rewritten mail: attachment gone, text+HTML link part, original headers and body part kept', async () => {
    const { gw, upstream, publicUrl } = await startLinkGateway(cleanups);
    const pdf = samplePdf();
    const original = mailWithAttachment({ subject: '[LINK] お見積書の送付', pdf: pdf.bytes });
    const id = await send(gw.smtpPort, original);
    const [delivered] = await upstream.waitFor(1);
    const raw = stripOurReceived(delivered!.raw);
    // Every original header field is still there, byte for byte, in order.
    expect(headerBlock(raw)).toBe(headerBlock(original));
    // The kept body part is byte-identical; the calendar file stays (type exception).
    expect(raw.includes(Buffer.from('お見積書を添付いたします。ご確認ください。\r\n山田'))).toBe(true);
    const parsed = await simpleParser(raw);
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['meeting.ics']);
    expect(raw.toString('latin1')).not.toContain(pdf.bytes.subarray(0, 57).toString('base64'));
    const url = linkUrlOf(parsed.text ?? '', publicUrl);
    expect(parsed.text).toContain('添付ファイルのダウンロードのご案内');
    expect(parsed.text).toContain('Attachments available for download');
    expect(parsed.text).toContain('見積書_2026年12月.pdf');
    expect(String(parsed.html)).toContain(`href="${url}"`);
    expect(parsed.subject).toBe('[LINK] お見積書の送付');
    expect(parsed.headers.get('x-custom-header')).toBe('keep me');
    // The envelope is unchanged; the original stays in the store for audit; the released form is stored.
    expect(delivered!.rcptTo).toEqual(['sato.hanako@partner.example.jp']);
    expect((await gw.store.getRaw(id))!.includes(Buffer.from(pdf.bytes.subarray(0, 57).toString('base64')))).toBe(true);
    expect((await gw.store.getReleasedForm(id))!.raw.equals(delivered!.raw)).toBe(true);
    const events = await gw.store.events({ messageId: id });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['download_link_created', 'message_modified', 'delivered']));
  });

  it('unmodified mail still goes upstream byte-identical (no rule; a rule but no attachment)', async () => {
    const { gw, upstream } = await startLinkGateway(cleanups);
    const plain = sampleMail({ subject: 'ご連絡' });
    const noAttachment = sampleMail({ subject: '[LINK] 添付なし' });
    await send(gw.smtpPort, plain);
    await send(gw.smtpPort, noAttachment);
    const mails = await upstream.waitFor(2);
    const bodies = mails.map((m) => stripOurReceived(m.raw));
    expect(bodies.some((b) => b.equals(plain))).toBe(true);
    expect(bodies.some((b) => b.equals(noAttachment))).toBe(true);
  });

  it('a retried release sends the identical stored bytes (at-least-once stays safe)', async () => {
    const { gw, upstream } = await startLinkGateway(cleanups);
    const attempts: Buffer[] = [];
    upstream.behaviour.data = (mail) => {
      attempts.push(mail.raw);
      return attempts.length === 1 ? { code: 451, message: '4.3.0 try again' } : undefined;
    };
    await send(gw.smtpPort, mailWithAttachment({ subject: '[LINK] 再送', pdf: samplePdf().bytes }));
    await upstream.waitFor(1, 20_000);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.equals(attempts[0]!)).toBe(true);
  });

  it('files at rest are encrypted: the stored blobs never contain the plaintext', async () => {
    const { gw, upstream } = await startLinkGateway(cleanups);
    const pdf = samplePdf(256 * 1024);
    await send(gw.smtpPort, mailWithAttachment({ subject: '[LINK] 機密', pdf: pdf.bytes }));
    await upstream.waitFor(1);
    const dir = path.join(gw.dataDir, 'downloads');
    const files = readdirSync(dir);
    expect(files.length).toBe(1);
    for (const f of files) {
      const bytes = readFileSync(path.join(dir, f));
      expect(bytes.length).toBeGreaterThan(pdf.bytes.length);
      expect(bytes.includes(Buffer.from(pdf.marker))).toBe(false);
      expect(bytes.includes(pdf.bytes.subarray(0, 32))).toBe(false);
      expect(bytes.includes(Buffer.from('%PDF'))).toBe(false);
    }
  });

  it('download with a one-time code from the outbox: right bytes, Japanese name (RFC 5987), logged; limit; revoke → 410 withdrawn', async () => {
    const { gw, upstream, publicUrl } = await startLinkGateway(cleanups);
    const pdf = samplePdf();
    const id = await send(gw.smtpPort, mailWithAttachment({ subject: '[LINK] 見積', pdf: pdf.bytes }));
    const [delivered] = await upstream.waitFor(1);
    const url = linkUrlOf((await simpleParser(delivered!.raw)).text ?? '', publicUrl);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('見積書_2026年12月.pdf');
    expect(html).not.toContain('/f/0'); // no download button before the code
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-store');

    // Without a code the file is not served.
    expect((await fetch(`${url}/f/0`, { redirect: 'manual' })).status).toBe(303);
    // An address that is not a recipient gets the same answer, and no mail goes out.
    const stranger = await fetch(`${url}/code`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'address=attacker%40evil.example' });
    expect(await stranger.text()).toContain('確認コードを送信しました');
    await new Promise((r) => setTimeout(r, 500));
    expect(upstream.received).toHaveLength(1);

    const cookie = await verifyByCode(url, 'sato.hanako@partner.example.jp', upstream, 1);
    const file = await fetch(`${url}/f/0`, { headers: { cookie, 'user-agent': 'TestBrowser/1.0' } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf.bytes)).toBe(true);
    const disposition = file.headers.get('content-disposition')!;
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('見積書_2026年12月.pdf')}`);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; /);

    const log = await gw.store.downloadLog(id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ recipient: 'sato.hanako@partner.example.jp', userAgent: 'TestBrowser/1.0', fileName: '見積書_2026年12月.pdf' });
    expect(log[0]!.clientAddress).toMatch(/127\.0\.0\.1/);
    // The sender is told about the first download (policy notifySender).
    await waitUntil(() => upstream.received.some((m) => m.rcptTo.includes('yamada.taro@example.co.jp')), 15_000, 'first-download notice');

    // Download limit 3 per file.
    for (let i = 0; i < 2; i++) expect((await fetch(`${url}/f/0`, { headers: { cookie } })).status).toBe(200);
    const over = await fetch(`${url}/f/0`, { headers: { cookie } });
    expect(over.status).toBe(410);
    expect(await over.text()).toContain('上限');

    // Withdrawn by the sender: 410 and a page that says so, downloads refused.
    const { revokeLink } = await import('../../src/download/service.js');
    const [link] = await gw.store.downloadLinksForMessage(id);
    expect(await revokeLink(gw.store, link!, 'yamada.taro@example.co.jp', Date.now())).toBe(true);
    const withdrawn = await fetch(url);
    expect(withdrawn.status).toBe(410);
    expect(await withdrawn.text()).toContain('このリンクは取り消されました');
    expect((await fetch(`${url}/f/0`, { headers: { cookie } })).status).toBe(410);
    expect((await gw.store.events({ messageId: id })).some((e) => e.action === 'download_link_revoked')).toBe(true);
  });

  it('after the expiry the page says expired (injected clock); files are purged after expiry + retention', async () => {
    const clock = new ManualClock(Date.now());
    const { gw, upstream, publicUrl } = await startLinkGateway(cleanups, { clock });
    const id = await send(gw.smtpPort, mailWithAttachment({ subject: '[LINK] 期限', pdf: samplePdf().bytes }));
    const [delivered] = await upstream.waitFor(1);
    const url = linkUrlOf((await simpleParser(delivered!.raw)).text ?? '', publicUrl);
    expect((await fetch(url)).status).toBe(200);
    clock.t += 7 * 86_400_000 + 1;
    const expired = await fetch(`${url}?lang=en`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('The download has expired');
    expect(await gw.store.purgeDownloads(clock.t - 90 * 86_400_000, clock.t)).toBe(0);
    expect(await gw.store.purgeDownloads(clock.t, clock.t)).toBe(1);
    expect(readdirSync(path.join(gw.dataDir, 'downloads'))).toHaveLength(0);
    expect((await gw.store.downloadLinksForMessage(id))[0]!.purged).toBe(true);
  });
});

describe('the public download listener', () => {
  it('no enumeration, no traversal, no admin route, code attempts locked', async () => {
    const { gw, upstream, publicUrl } = await startLinkGateway(cleanups);
    await send(gw.smtpPort, mailWithAttachment({ subject: '[LINK] 攻撃', pdf: samplePdf().bytes }));
    const [delivered] = await upstream.waitFor(1);
    const url = linkUrlOf((await simpleParser(delivered!.raw)).text ?? '', publicUrl);
    const token = url.slice(url.lastIndexOf('/') + 1);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);

    // Nothing of the admin listener exists here.
    for (const p of ['/', '/healthz', '/metrics', '/login', '/api/messages', '/messages', '/admin', '/queue', '/d']) {
      expect((await fetch(`${publicUrl}${p}`)).status, p).toBe(404);
    }
    // Traversal and odd paths never reach a file.
    for (const p of [`/d/..%2F..%2Fetc%2Fpasswd`, `/d/${token}/f/..%2F..%2Fgateway.db`, `/d/${token}/f/-1`, `/d/${token}/f/99`, `/d/${token}/../../gateway.db`, `/d/${token}/f/0%00`]) {
      const r = await fetch(`${publicUrl}${p}`, { redirect: 'manual' });
      expect([303, 400, 404], p).toContain(r.status);
      expect((await r.text()).includes('SQLite format')).toBe(false);
    }
    // Addresses that are not recipients never use up the link's code requests (no lock-out by a forwarded link).
    for (let i = 0; i < 8; i++) {
      const r = await fetch(`${url}/code`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `address=someone${i}%40elsewhere.example` });
      expect(r.status).toBe(200);
    }
    // Wrong codes: locked after 5, then even a right code is refused.
    const asked = await fetch(`${url}/code`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'address=sato.hanako%40partner.example.jp' });
    expect(asked.status).toBe(200); // not rate limited by the strangers above (limit: 5 per hour)
    await waitUntil(() => upstream.received.length === 2, 15_000, 'the code mail');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await fetch(`${url}/verify`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `code=${String(i).padStart(6, '0')}` });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 4)).toEqual([400, 400, 400, 400]);
    expect(statuses[4]).toBe(429);
    // A form posted from another site is refused.
    expect((await fetch(`${url}/code`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, body: 'address=x%40y.z' })).status).toBe(403);
    // Guessing tokens: 404 each, then 429 for that client.
    const guesses: number[] = [];
    for (let i = 0; i < 32; i++) guesses.push((await fetch(`${publicUrl}/d/${'A'.repeat(42)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh'[i]}`)).status);
    expect(guesses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(guesses.at(-1)).toBe(429);
  });
});
