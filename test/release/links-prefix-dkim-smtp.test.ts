/**
 * The release chain with several steps at once, over real SMTP: attachments separated into a
 * download link AND the subject prefixed AND an archive Bcc (policy `modify`) — one rewritten
 * message, signed last by the gateway's DKIM key, verified by a real verifier (mailauth). A
 * temporary refusal shows the retry carries the same bytes to the same envelope.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import type { Inspector } from '../../src/pipeline/types.js';
import { tempDir, waitUntil } from '../helpers/gateway.js';
import { makeDkimKey, passFor, verifyDkim } from '../helpers/dkim.js';
import { linkInspector, linkUrlOf, mailWithAttachment, samplePdf, startLinkGateway } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const key = makeDkimKey('example.co.jp', 'gw2026');

/** `[LINK]` in the subject → separateAttachments (harness); every message also carries the modify rule `outside-marking`. */
const inspector: Inspector = {
  async inspect(record, raw) {
    const report = await linkInspector().inspect(record, raw);
    report.verdict.modify = [{ ruleId: 'outside-marking', bcc: [{ kind: 'address', address: 'archive@example.co.jp' }], subjectPrefix: '【社外】' }];
    return report;
  },
};

async function send(port: number, raw: Buffer): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  const info = await transport.sendMail({ envelope: { from: 'yamada.taro@example.co.jp', to: ['sato.hanako@partner.example.jp'] }, raw });
  transport.close();
  return /queued as (\S+)/.exec(info.response)![1]!;
}

describe('separated attachments + subject prefix + DKIM, together', () => {
  it('arrives with the link instead of the file, the prefix, the archive Bcc and a gateway signature that verifies; the retry is byte-identical', async () => {
    const dir = tempDir('dlp-chain-dkim-');
    writeFileSync(path.join(dir, 'dkim.pem'), key.privateKey);
    const { gw, upstream, publicUrl } = await startLinkGateway(cleanups, {
      inspector,
      overrides: { 'dkim.keys': [{ domain: 'example.co.jp', selector: 'gw2026', privateKeyFile: path.join(dir, 'dkim.pem') }] },
    });
    const attempts: Buffer[] = [];
    upstream.behaviour.data = (m) => {
      if (!m.rcptTo.includes('sato.hanako@partner.example.jp')) return undefined;
      attempts.push(m.raw);
      return attempts.length === 1 ? { code: 451, message: '4.3.0 try again' } : undefined;
    };
    const pdf = samplePdf();
    const id = await send(gw.smtpPort, mailWithAttachment({ subject: '[LINK] お見積書の送付', pdf: pdf.bytes }));
    await waitUntil(() => attempts.length >= 2, 30_000, 'the retried delivery');
    await waitUntil(async () => (await gw.store.get(id))?.state === 'delivered', 15_000, 'delivered');
    const sent = attempts[1]!;

    // Both modifications in the one message.
    const parsed = await simpleParser(sent);
    expect(parsed.subject).toBe('【社外】[LINK] お見積書の送付');
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['meeting.ics']);
    expect(sent.toString('latin1')).not.toContain(pdf.bytes.subarray(0, 57).toString('base64'));
    expect(linkUrlOf(parsed.text ?? '', publicUrl)).toMatch(/\/d\//);

    // Signed by the gateway after every change: the real verifier passes it for example.co.jp.
    const results = await verifyDkim(sent, [key]);
    expect(passFor(results, 'example.co.jp')?.selector).toBe('gw2026');
    // Tampering with the signed bytes breaks it (the check can fail).
    const tampered = Buffer.from(sent.toString('latin1').replace('Subject: ', 'Subject: X'), 'latin1');
    expect(passFor(await verifyDkim(tampered, [key]), 'example.co.jp')).toBeUndefined();

    // The archive got an envelope-only copy; no Bcc header; the retry sent the same bytes.
    expect(attempts[1]!.equals(attempts[0]!)).toBe(true);
    const record = (await gw.store.get(id))!;
    expect(record.recipients.map((r) => [r.address, r.status])).toEqual([
      ['sato.hanako@partner.example.jp', 'delivered'],
      ['archive@example.co.jp', 'delivered'],
    ]);
    expect(sent.toString('latin1').split('\r\n\r\n')[0]).not.toMatch(/^bcc:/im);

    // One audit event names every step, the rule and the added address; the stored form is what left.
    const modified = (await gw.store.events({ messageId: id })).filter((e) => e.action === 'message_modified');
    expect(modified).toHaveLength(1);
    expect((modified[0]!.detail.steps as Array<{ step: string }>).map((s) => s.step)).toEqual(['separate-attachments', 'subject-prefix', 'add-bcc', 'dkim-sign']);
    expect(modified[0]!.detail.rules).toEqual(['outside-marking']);
    expect(modified[0]!.detail.addedBcc).toEqual([{ address: 'archive@example.co.jp', as: 'archive', rule: 'outside-marking' }]);
    const stored = (await gw.store.getReleasedForm(id))!;
    expect(stored.raw.equals(sent)).toBe(true);
    expect(stored.addedRecipients).toEqual(['archive@example.co.jp']);
  });
});
