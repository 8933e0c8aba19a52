/**
 * The sender's journey in Chromium at phone width against a real gateway: ask for a sign-in link
 * on the sign-in page, follow the link from the mail the sink received, see only one's own held
 * and delayed mail on /my, cancel a delayed one. Screenshots of /my (phone, desktop) for docs/.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simpleParser } from 'mailparser';
import { delayInspector } from '../delay/harness.js';
import { describeInBrowser, screenshotDir, startBrowserEnv, waitUntil, type BrowserEnv } from './browser-env.js';

const yamada = 'yamada.taro@example.co.jp';

describeInBrowser('sender journey in a browser', () => {
  let env: BrowserEnv;

  beforeAll(async () => {
    env = await startBrowserEnv(delayInspector);
  }, 60_000);
  afterAll(async () => {
    await env?.close();
  });

  async function idOf(subjectPart: string, state: string): Promise<string> {
    let id = '';
    await waitUntil(async () => {
      for (const r of await env.gw.store.list({ kind: 'mail', limit: 100 })) {
        const raw = await env.gw.store.getRaw(r.id);
        if (r.state === state && raw && ((await simpleParser(raw)).subject ?? '').includes(subjectPart)) id = r.id;
      }
      return id !== '';
    }, 15_000, `${subjectPart} ${state}`);
    return id;
  }

  async function signInByLink(page: Page, n: number): Promise<void> {
    await page.goto(`${env.base}/sign-in`);
    await page.click('#sign-in-link-offer a');
    await page.fill('#address', yamada);
    await page.click('#link-button');
    await page.locator('#link-sent').waitFor();
    let link = '';
    await waitUntil(async () => {
      const mails = await env.notices('sign_in_link');
      const mine = mails.filter((m) => m.raw.rcptTo.includes(yamada));
      if (mine.length < n) return false;
      link = /\/sign-in\/link\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(mine[n - 1]!.text)![0];
      return true;
    }, 15_000, 'sign-in link mail');
    await page.goto(`${env.base}${link}`);
    await page.click('#link-sign-in');
    await page.waitForURL(`${env.base}/my`);
  }

  it('phone: sign in by mailed link, see own mail only, cancel a delayed message; desktop screenshot too', async () => {
    await env.send('[DELAY] 見積書の送付', ['sato.hanako@partner.example.jp', 'kimura@client.example.com']);
    await env.send('[HOLD-SELF] 名簿の送付');
    await env.send('[HOLD-APPROVAL] 顧客リストの共有');
    await env.send('[HOLD-APPROVAL] 他部署の保留メール', undefined, { from: 'suzuki.hanako@example.co.jp' });
    const delayed = await idOf('[DELAY] 見積書の送付', 'delayed');
    await idOf('[HOLD-SELF] 名簿の送付', 'awaiting_self_check');
    await idOf('[HOLD-APPROVAL] 顧客リストの共有', 'awaiting_approval');
    const others = await idOf('[HOLD-APPROVAL] 他部署の保留メール', 'awaiting_approval');

    const phone = await env.newContext(true);
    const page = await phone.newPage();
    await signInByLink(page, 1);
    await expect.poll(() => page.locator('li.mycard').count()).toBe(3);
    const text = await page.locator('main').innerText();
    expect(text).toContain('自分の送信メール');
    expect(text).toContain('見積書の送付');
    expect(text).toContain('送信予定');
    expect(text).toContain('client.example.com');
    expect(text).not.toContain('他部署の保留メール');
    expect(await page.locator(`[data-id="${others}"]`).count()).toBe(0);
    // Nothing wider than the phone; the buttons are big enough to tap.
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(1);
    const box = await page.locator(`[data-id="${delayed}"] a.cancel`).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: path.join(screenshotDir, 'my-phone.png'), fullPage: true });

    // The approval queue is not there for a sender.
    await page.goto(`${env.base}/queue`);
    expect(page.url()).toBe(`${env.base}/my`);
    await page.goto(`${env.base}/messages/${others}`);
    expect(await page.locator('main').innerText()).toContain('403');

    await page.goto(`${env.base}/my`);
    await page.click(`[data-id="${delayed}"] a.cancel`);
    await page.locator('#cancel-confirm').waitFor();
    await page.click('#cancel-yes');
    await page.locator('#done').waitFor();
    expect(await page.locator('#done').innerText()).toContain('送信を取り消しました');
    expect((await env.gw.store.get(delayed))!.state).toBe('cancelled');
    await phone.close();

    await env.send('[DELAY] 請求書の送付');
    await idOf('[DELAY] 請求書の送付', 'delayed');
    const desktop = await env.newContext();
    const wide = await desktop.newPage();
    await signInByLink(wide, 2);
    await expect.poll(() => wide.locator('li.mycard').count()).toBe(3);
    expect(await wide.locator('#recent').innerText()).toContain('見積書の送付');
    await wide.screenshot({ path: path.join(screenshotDir, 'my-desktop.png'), fullPage: true });
    await wide.goto(`${env.base}/sign-in/link`);
    await wide.screenshot({ path: path.join(screenshotDir, 'sign-in-link-desktop.png') });
    await desktop.close();
  });
});
