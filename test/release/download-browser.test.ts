/**
 * The link works in a real browser (Debian's Chromium): the recipient opens the page from the
 * delivered mail, asks for a code, reads it from what the upstream received, downloads the file
 * (right bytes, Japanese name); an admin sees the download log on the message page and withdraws
 * the link; the recipient's page then says so (410). Screenshots for docs/ with UPDATE_SCREENSHOTS=1.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotDir, startBrowserEnv, type BrowserEnv } from '../web/browser-env.js';
import { freePort } from '../helpers/upstream.js';
import { waitUntil } from '../helpers/gateway.js';
import { linkInspector, linkUrlOf, masterKey } from './harness.js';

describeInBrowser('download link in Chromium', () => {
  let env: BrowserEnv;
  let publicUrl: string;
  beforeAll(async () => {
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    env = await startBrowserEnv(linkInspector(), undefined, {
      'download.enabled': true,
      'download.listen.host': '127.0.0.1',
      'download.listen.port': port,
      'download.publicUrl': publicUrl,
      'download.masterKey': masterKey,
    });
  }, 60_000);
  afterAll(async () => env?.close());

  it('recipient downloads with a code; admin sees the log and withdraws; the page says withdrawn', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(300 * 1024)]);
    await env.send('[LINK] お見積書の送付', ['sato.hanako@partner.example.jp'], { attachments: [{ filename: '御見積書（2026年12月）.pdf', content: pdf }] });
    await waitUntil(() => env.upstream.received.length >= 1, 20_000, 'the rewritten mail');
    const delivered = await simpleParser(env.upstream.received[0]!.raw);
    expect(delivered.attachments).toHaveLength(0);
    const url = linkUrlOf(delivered.text ?? '', publicUrl);

    // Phone first: the page before verification.
    const phone = await env.newContext(true);
    const phonePage = await phone.newPage();
    await phonePage.goto(url);
    await expect(phonePage.locator('h1').textContent()).resolves.toContain('ファイルのダウンロード');
    await phonePage.screenshot({ path: path.join(screenshotDir, 'download-page-phone.png'), fullPage: true });
    await phone.close();

    const desktop = await env.newContext();
    const page = await desktop.newPage();
    await page.goto(url);
    await page.fill('input[name=address]', 'sato.hanako@partner.example.jp');
    await page.click('form[action$="/code"] button');
    await expect(page.locator('.note').textContent()).resolves.toContain('確認コードを送信しました');
    const codes = async () => env.notices('download_code');
    await waitUntil(async () => (await codes()).length === 1, 20_000, 'the code mail');
    const [codeMail] = await codes();
    expect(codeMail!.raw.rcptTo).toEqual(['sato.hanako@partner.example.jp']);
    const code = /確認コード: (\d{6})/.exec(codeMail!.text)![1]!;
    await page.fill('input[name=code]', code);
    await page.click('form[action$="/verify"] button');
    await page.waitForSelector('a.btn[download]');
    await page.screenshot({ path: path.join(screenshotDir, 'download-page-desktop.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.btn[download]')]);
    expect(download.suggestedFilename()).toBe('御見積書（2026年12月）.pdf');
    expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);

    // Admin: the message page shows the download log, and the link can be withdrawn.
    const [record] = await env.gw.store.list({ kind: 'mail' });
    const admin = await env.newContext();
    const adminPage = await admin.newPage();
    await env.signIn(adminPage, 'admin');
    await adminPage.goto(`${env.base}/messages/${record!.id}`);
    await expect(adminPage.locator('#download-log').textContent()).resolves.toContain('sato.hanako@partner.example.jp');
    // Without the form's CSRF token the withdrawal is refused (the admin's cookie alone is not enough).
    const linkId = await adminPage.locator('input[name=link]').getAttribute('value');
    const forged = await adminPage.request.post(`${env.base}/messages/${record!.id}/download-link/revoke`, { form: { link: linkId! }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    expect((await env.gw.store.downloadLinksForMessage(record!.id))[0]!.revokedAt).toBeNull();
    await adminPage.locator('#download-links').screenshot({ path: path.join(screenshotDir, 'message-download-links.png') });
    await adminPage.click('#revoke-link');
    await adminPage.waitForSelector('#link-revoked');
    await expect(adminPage.locator('[data-link-state]').getAttribute('data-link-state')).resolves.toBe('revoked');
    const revoked = (await env.gw.store.events({ messageId: record!.id, action: 'download_link_revoked' }))[0];
    expect(revoked?.actor).toBe('admin');
    await admin.close();

    const response = await page.reload();
    expect(response!.status()).toBe(410);
    await expect(page.locator('h1').textContent()).resolves.toBe('このリンクは取り消されました');
    await page.screenshot({ path: path.join(screenshotDir, 'download-page-withdrawn.png'), fullPage: true });
    await desktop.close();
  }, 90_000);
});
