import { afterEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, startGateway, tempDir, waitUntil } from '../helpers/gateway.js';
import { defaultPolicyWithoutDelay } from '../helpers/policy-without-delay.js';
import type { InspectionReport } from '../../src/pipeline/types.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const upstream = new TestUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  // The default policy's holds; its send delay for outside mail is tested in test/delay/.
  const dataDir = tempDir();
  const gw = await startGateway({ 'storage.dataDir': dataDir, 'policy.path': defaultPolicyWithoutDelay(dataDir), 'upstream.url': upstream.url, 'processing.concurrency': 1 }, {}, { inspect: true });
  cleanups.push(() => gw.cleanup());
  return { gw, upstream };
}

describe('inspection in the gateway (extract → detect → policy)', () => {
  it('holds external mail carrying a My Number, relays an ordinary one, and stores only masked findings', async () => {
    const { gw, upstream } = await setup();
    const { client } = await greet(gw.smtpPort);
    const risky = sampleMail({
      to: ['tanaka@partner-other.example.com'],
      subject: '手続き書類の件',
      body: '田中様\r\n\r\n下記の通り、山本 健一さんの個人番号をお送りします。\r\n個人番号: 1234 5678 9018\r\n生年月日: 1985年4月12日\r\n\r\nよろしくお願いいたします。\r\n',
    });
    const heldAnswer = await client.send('yamada.taro@example.co.jp', ['tanaka@partner-other.example.com'], risky);
    const ordinary = sampleMail({ to: ['suzuki@partner-other.example.com'], subject: '会議室の予約', body: '鈴木様\r\n\r\n明日の会議室は3階の第2会議室です。\r\n\r\n-- \r\n山田\r\n' });
    const passAnswer = await client.send('yamada.taro@example.co.jp', ['suzuki@partner-other.example.com'], ordinary);
    client.destroy();
    const heldId = /queued as (\S+)/.exec(heldAnswer)![1]!;
    const passId = /queued as (\S+)/.exec(passAnswer)![1]!;

    // The ordinary mail goes out; for the held one only the notice to its sender does.
    const mails = await upstream.waitFor(2, 30_000);
    const relayed = mails.find((m) => m.rcptTo.includes('suzuki@partner-other.example.com'));
    expect(relayed?.mailFrom).toBe('yamada.taro@example.co.jp');
    const notice = mails.find((m) => m.rcptTo.includes('yamada.taro@example.co.jp'));
    expect(notice, 'self-check notice to the sender').toBeDefined();
    const parsed = await simpleParser(notice!.raw);
    const noticeText = `${parsed.subject ?? ''}\n${parsed.text ?? ''}\n${typeof parsed.html === 'string' ? parsed.html : ''}`;
    expect(noticeText).toMatch(/個人番号|マイナンバー|my_number|My Number/);
    expect(noticeText.replace(/\s/g, '')).not.toContain('123456789018');
    await waitUntil(async () => (await gw.store.get(heldId))?.state !== 'received', 30_000, 'inspection of the risky message');
    const held = (await gw.store.get(heldId))!;
    expect(held.state).toBe('awaiting_self_check');
    const report = held.inspection as InspectionReport;
    expect(report.verdict.verdict).toBe('hold');
    expect(report.verdict.stages).toEqual(['selfCheck', 'approval']);
    const findings = (report.details.findings as Array<{ category: string; confidence: string; sample: string }>);
    expect(findings.some((f) => f.category === 'my_number' && f.confidence === 'high')).toBe(true);
    // Masked at rest: the stored inspection never carries the full number.
    const stored = JSON.stringify(held.inspection);
    expect(stored).not.toMatch(/1234\s?5678\s?9018/);
    expect(stored).not.toContain('123456789018');
    expect((await gw.store.get(passId))!.state).toMatch(/queued|delivered/);
    // Nothing of the held message went upstream.
    await new Promise((r) => setTimeout(r, 300));
    expect(upstream.received.map((m) => m.rcptTo[0])).not.toContain('tanaka@partner-other.example.com');
  });
});
