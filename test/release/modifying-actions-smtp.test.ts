/**
 * Modifying actions end to end over real SMTP: the production inspection (worker threads, a
 * policy file, the approver routing), the relay to a real SMTP sink, DKIM checked by a real
 * verifier (mailauth) against a DNS resolver seam.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import Encoding from 'encoding-japanese';
import { startGateway, stripOurReceived, tempDir, waitUntil } from '../helpers/gateway.js';
import { TestUpstream, type ReceivedMail } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { makeDkimKey, passFor, verifyDkim } from '../helpers/dkim.js';
import { approversYaml } from '../workflow/harness.js';

const policy = `
version: 1
organisation:
  internalDomains: [example.co.jp]
rules:
  - id: outside-marking
    description: 社外宛ての件名表示と上長Bcc / Outside mail is marked and copied to the supervisor
    when: { recipients: { external: any } }
    action: { modify: { bcc: [supervisor, archive@example.co.jp], subjectPrefix: 【社外】 } }
`;

const key = makeDkimKey('example.co.jp', 'gw2026');
const jis = (text: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' })).toString('base64');

function mail(opts: { from: string; to: string[]; subjectLine: string; body?: string }): Buffer {
  return Buffer.from(
    [
      `From: =?UTF-8?B?${Buffer.from('山田 太郎').toString('base64')}?= <${opts.from}>`,
      `To: ${opts.to.join(', ')}`,
      opts.subjectLine,
      'Date: Mon, 23 Nov 2026 10:00:00 +0900',
      `Message-ID: <${Math.random().toString(36).slice(2)}@example.co.jp>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      opts.body ?? '佐藤様\r\n\r\nお見積書の件、ご確認をお願いいたします。\r\n\r\n山田',
      '',
    ].join('\r\n'),
  );
}

let upstream: TestUpstream;
let gw: Awaited<ReturnType<typeof startGateway>>;

async function send(from: string, rcpt: string[], raw: Buffer): Promise<string> {
  const { client } = await greet(gw.smtpPort);
  const reply = await client.send(from, rcpt, raw);
  client.destroy();
  return /queued as (\S+)/.exec(reply)![1]!;
}

function deliveredTo(id: string): Promise<ReceivedMail> {
  return (async () => {
    let found: ReceivedMail | undefined;
    await waitUntil(() => (found = upstream.received.find((m) => m.raw.toString('latin1').includes(`id ${id}`))) !== undefined, 30_000, `delivery of ${id}`);
    return found!;
  })();
}

beforeAll(async () => {
  upstream = new TestUpstream();
  await upstream.start();
  const dir = tempDir('dlp-modify-');
  writeFileSync(path.join(dir, 'policy.yaml'), policy);
  writeFileSync(path.join(dir, 'approvers.yaml'), approversYaml);
  writeFileSync(path.join(dir, 'dkim.pem'), key.privateKey);
  gw = await startGateway(
    {
      'storage.dataDir': dir,
      'upstream.url': upstream.url,
      'policy.path': path.join(dir, 'policy.yaml'),
      'workflow.approversPath': path.join(dir, 'approvers.yaml'),
      'workflow.secret': 's'.repeat(40),
      'processing.concurrency': 1,
      'dkim.keys': [{ domain: 'example.co.jp', selector: 'gw2026', privateKeyFile: path.join(dir, 'dkim.pem') }],
    },
    {},
    { inspect: true },
  );
}, 120_000);

afterAll(async () => {
  await gw?.cleanup();
  await upstream?.stop();
});

describe('modifying actions over real SMTP', () => {
  it('outside mail: supervisor and archive get an envelope-only Bcc, the subject is prefixed, DKIM verifies; audited; retries send identical bytes', async () => {
    const subjectLine = `Subject: =?ISO-2022-JP?B?${jis('お見積書の送付')}?=`;
    const raw = mail({ from: 'yamada.taro@example.co.jp', to: ['sato.hanako@partner.example.jp'], subjectLine });
    // The sink refuses the first DATA temporarily: the retry must carry the very same bytes.
    const attempts: Buffer[] = [];
    upstream.behaviour.data = (m) => {
      if (!m.rcptTo.includes('sato.hanako@partner.example.jp')) return undefined;
      attempts.push(m.raw);
      return attempts.length === 1 ? { code: 451, message: '4.3.0 try again' } : undefined;
    };
    const id = await send('yamada.taro@example.co.jp', ['sato.hanako@partner.example.jp'], raw);
    const sent = await deliveredTo(id);
    upstream.behaviour = {};

    // Supervisor (department sales → suzuki.ichiro) and archive: extra RCPT TO, no Bcc header anywhere.
    expect(sent.rcptTo).toEqual(['sato.hanako@partner.example.jp', 'suzuki.ichiro@example.co.jp', 'archive@example.co.jp']);
    const header = sent.raw.toString('latin1').split('\r\n\r\n')[0]!;
    expect(header).not.toMatch(/^bcc:/im);
    expect(header).not.toContain('suzuki.ichiro');
    expect(header).not.toContain('archive@');
    // The subject reads 【社外】お見積書の送付; the original ISO-2022-JP word is kept as it was.
    const parsed = await simpleParser(sent.raw);
    expect(parsed.subject).toBe('【社外】お見積書の送付');
    expect(header).toContain(subjectLine.slice('Subject: '.length));
    expect(parsed.text?.trim()).toContain('お見積書の件');
    // Signed by the gateway for example.co.jp, verified by a real DKIM verifier.
    const results = await verifyDkim(sent.raw, [key]);
    expect(passFor(results, 'example.co.jp')?.selector).toBe('gw2026');
    // Two attempts, byte-identical.
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.equals(attempts[0]!)).toBe(true);

    const record = await gw.store.get(id);
    expect(record?.state).toBe('delivered');
    expect(record?.recipients.map((r) => [r.address, r.status])).toEqual([
      ['sato.hanako@partner.example.jp', 'delivered'],
      ['suzuki.ichiro@example.co.jp', 'delivered'],
      ['archive@example.co.jp', 'delivered'],
    ]);
    const modified = (await gw.store.events({ messageId: id })).filter((e) => e.action === 'message_modified');
    expect(modified).toHaveLength(1);
    expect(modified[0]!.detail.rules).toEqual(['outside-marking']);
    expect(modified[0]!.detail.addedBcc).toEqual([
      { address: 'suzuki.ichiro@example.co.jp', as: 'supervisor', rule: 'outside-marking' },
      { address: 'archive@example.co.jp', as: 'archive', rule: 'outside-marking' },
    ]);
    expect((modified[0]!.detail.notes as string[]).join('\n')).toContain('DKIM-signed d=example.co.jp s=gw2026');
  });

  it('a subject that already carries the prefix is not prefixed twice', async () => {
    const raw = mail({ from: 'yamada.taro@example.co.jp', to: ['ito@customer.example.com'], subjectLine: `Subject: =?UTF-8?B?${Buffer.from('【社外】Re: 見積').toString('base64')}?=` });
    const id = await send('yamada.taro@example.co.jp', ['ito@customer.example.com'], raw);
    const sent = await deliveredTo(id);
    expect((await simpleParser(sent.raw)).subject).toBe('【社外】Re: 見積');
    // Bcc added, bytes unchanged: nothing to re-sign, the message goes out as the client sent it.
    expect(sent.rcptTo).toContain('archive@example.co.jp');
    expect(stripOurReceived(sent.raw).equals(raw)).toBe(true);
  });

  it('internal mail matches no modifying rule: relayed byte-identical, original envelope, not audited as modified', async () => {
    const raw = mail({ from: 'yamada.taro@example.co.jp', to: ['kobayashi.yuki@example.co.jp'], subjectLine: 'Subject: =?UTF-8?B?56S+5YaF6YCj57Wh?=' });
    const id = await send('yamada.taro@example.co.jp', ['kobayashi.yuki@example.co.jp'], raw);
    const sent = await deliveredTo(id);
    expect(sent.rcptTo).toEqual(['kobayashi.yuki@example.co.jp']);
    expect(stripOurReceived(sent.raw).equals(raw)).toBe(true);
    expect((await gw.store.events({ messageId: id })).some((e) => e.action === 'message_modified')).toBe(false);
  });
});
