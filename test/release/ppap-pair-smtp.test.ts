/**
 * PPAP pairs across messages over real SMTP, with the production inspection (real detector,
 * real policy file, SQLite index of encrypted sends) and the hold workflow: an encrypted zip,
 * then a password-only mail from the same sender to the same recipients within the window.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { startGateway, tempDir, waitUntil } from '../helpers/gateway.js';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { approversYaml, ManualClock, tokenFrom, waitForNotice } from '../workflow/harness.js';

const policy = `
version: 1
organisation:
  internalDomains: [example.co.jp]
rules:
  - id: ppap-pair
    description: PPAP（暗号化ファイルの直後に同じ宛先へパスワードを送信）/ PPAP pair
    when:
      all:
        - recipients: { external: any }
        - findings: { category: ppap_pair }
    action: { hold: [selfCheck] }
`;

const zip = readFileSync(path.resolve('samples/extract/zipcrypto.zip'));

function archiveMail(from: string, to: string[]): Promise<Buffer> {
  return new MailComposer({
    from,
    to: to.join(', '),
    subject: 'お見積書の送付',
    text: '佐藤様\n\nお見積書をお送りします。\nパスワードは別途メールにてお送りします。\n\n山田',
    attachments: [{ filename: '見積書.zip', content: zip, contentType: 'application/zip' }],
  }).compile().build();
}

function passwordMail(from: string, to: string[]): Promise<Buffer> {
  return new MailComposer({ from, to: to.join(', '), subject: 'パスワードのお知らせ', text: '先ほどのファイルのパスワードです。\n\nパスワード: Xk7#pQ2m\n\n山田' }).compile().build();
}

let upstream: TestUpstream;
let gw: Awaited<ReturnType<typeof startGateway>>;
const clock = new ManualClock();

async function send(from: string, rcpt: string[], raw: Buffer): Promise<string> {
  const { client } = await greet(gw.smtpPort);
  const reply = await client.send(from, rcpt, raw);
  client.destroy();
  return /queued as (\S+)/.exec(reply)![1]!;
}

async function settled(id: string): Promise<string> {
  let state = '';
  await waitUntil(async () => ['delivered', 'awaiting_self_check', 'awaiting_approval', 'rejected'].includes((state = (await gw.store.get(id))?.state ?? '')), 60_000, `${id} inspected and settled`);
  return state;
}

function matchedRules(inspection: unknown): string[] {
  return ((inspection as { verdict: { matched: Array<{ id: string }> } }).verdict.matched ?? []).map((m) => m.id);
}

beforeAll(async () => {
  upstream = new TestUpstream();
  await upstream.start();
  const dir = tempDir('dlp-ppap-');
  writeFileSync(path.join(dir, 'policy.yaml'), policy);
  writeFileSync(path.join(dir, 'approvers.yaml'), approversYaml);
  gw = await startGateway(
    {
      'storage.dataDir': dir,
      'upstream.url': upstream.url,
      'policy.path': path.join(dir, 'policy.yaml'),
      'workflow.approversPath': path.join(dir, 'approvers.yaml'),
      'workflow.secret': 's'.repeat(40),
      'processing.concurrency': 1,
      'ppap.pairWindowMinutes': 10,
    },
    { clock },
    { inspect: true },
  );
}, 120_000);

afterAll(async () => {
  await gw?.cleanup();
  await upstream?.stop();
});

describe('PPAP pairs over real SMTP', () => {
  it('encrypted zip, then the password to the same recipients 3 minutes later → the password mail is held with the pair reason; the notice suggests a download link', async () => {
    const from = 'yamada.taro@example.co.jp';
    const archive = await send(from, ['sato@partner.example.jp', 'kato@partner.example.jp'], await archiveMail(from, ['sato@partner.example.jp', 'kato@partner.example.jp']));
    expect(await settled(archive)).toBe('delivered');
    clock.advance(3 * 60_000);
    // Same recipient set in another order and case.
    const rcpt = ['Kato@partner.example.jp', 'sato@partner.example.jp'];
    const password = await send(from, rcpt, await passwordMail(from, rcpt));
    expect(await settled(password)).toBe('awaiting_self_check');
    const record = (await gw.store.get(password))!;
    expect(matchedRules(record.inspection)).toEqual(['ppap-pair']);
    const findings = (record.inspection as { details: { findings: Array<{ category: string; sample: string }> } }).details.findings;
    expect(findings.find((f) => f.category === 'ppap_pair')?.sample).toContain(archive);
    const notice = await waitForNotice(upstream, password, 'held_self_check', from, 20_000);
    expect(notice.text).toContain('ダウンロードリンク');
    expect(notice.text.indexOf('ダウンロードリンク')).toBeLessThan(notice.text.indexOf('download link'));
    // The password itself never appears in the notice.
    expect(notice.text).not.toContain('Xk7#pQ2m');
    // The self-check page behind the notice's link says the same, Japanese first.
    const page = await (await fetch(`http://127.0.0.1:${gw.webPort}/self-check/${tokenFrom(notice)}`, { headers: { 'accept-language': 'ja' } })).text();
    expect(page).toMatch(/id="ppap-advice"[^>]*>[^<]*ダウンロードリンク/);
    expect(page).not.toContain('Xk7#pQ2m');
  });

  it('the password to different recipients is not paired (delivered)', async () => {
    const from = 'suzuki.hanako@example.co.jp';
    const archive = await send(from, ['sato@partner.example.jp'], await archiveMail(from, ['sato@partner.example.jp']));
    expect(await settled(archive)).toBe('delivered');
    clock.advance(60_000);
    const password = await send(from, ['ito@other.example.com'], await passwordMail(from, ['ito@other.example.com']));
    expect(await settled(password)).toBe('delivered');
    const inspection = (await gw.store.get(password))!.inspection;
    expect(matchedRules(inspection)).toEqual([]);
    const categories = (inspection as { details: { findings: Array<{ category: string }> } }).details.findings.map((f) => f.category);
    expect(categories).toContain('ppap_password');
    expect(categories).not.toContain('ppap_pair');
  });

  it('the password after the window is not paired (delivered)', async () => {
    const from = 'tanaka.jiro@example.co.jp';
    const archive = await send(from, ['sato@partner.example.jp'], await archiveMail(from, ['sato@partner.example.jp']));
    expect(await settled(archive)).toBe('delivered');
    clock.advance(11 * 60_000);
    const password = await send(from, ['sato@partner.example.jp'], await passwordMail(from, ['sato@partner.example.jp']));
    expect(await settled(password)).toBe('delivered');
    const findings = ((await gw.store.get(password))!.inspection as { details: { findings: Array<{ category: string }> } }).details.findings.map((f) => f.category);
    // The detector still sees a password mail; only the pair is missing.
    expect(findings).toContain('ppap_password');
    expect(findings).not.toContain('ppap_pair');
  });
});
