/**
 * End to end in a real browser (Debian's chromium via playwright-core) against a real gateway:
 * SMTP in → held by the inspector seam → the real workflow → web UI → approve → upstream.
 * Also writes the screenshots referenced from docs/web.md.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createLogger } from '../../src/log/logger.js';
import { loadConfig } from '../../src/config/load.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Inspector } from '../../src/pipeline/types.js';
import { createWorkflow, type WorkflowService } from '../../src/workflow/create-workflow.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import { createWebUi } from '../../src/web/ui.js';
import { hashPassword } from '../../src/web/auth/password.js';
import { startGateway, tempDir, waitUntil } from '../helpers/gateway.js';
import { TestUpstream, type ReceivedMail } from '../helpers/upstream.js';
import { approversYaml, password, reportFor } from './harness.js';

const chromiumPath = '/usr/bin/chromium';
// Screenshots for docs/ are refreshed only on request (UPDATE_SCREENSHOTS=1); otherwise a temp dir.
const screenshots = process.env.UPDATE_SCREENSHOTS ? path.resolve('docs/screenshots') : mkdtempSync(path.join(os.tmpdir(), 'dlp-shots-'));
const run = existsSync(chromiumPath) ? describe : describe.skip;

/** Holds everything; the subject picks the stages and findings. */
const inspector: Inspector = {
  async inspect(record, raw) {
    const subject = (await simpleParser(raw)).subject ?? '';
    const stages = subject.includes('[SELF]') ? (['selfCheck'] as const) : (['approval'] as const);
    return reportFor(record.rcptTo, [...stages], {
      sensitive: subject.includes('健康'),
      filename: subject.includes('名簿') ? '顧客名簿_2026年11月.xlsx' : subject.includes('<script>') ? '<script>alert(1)</script>.xlsx' : '見積書.pdf',
      ruleId: subject.includes('健康') ? 'sensitive-data' : 'personal-data-external',
    });
  },
};

function isNotice(m: ReceivedMail): boolean {
  return /^x-dlp-notice:/im.test(m.raw.toString('latin1').split('\r\n\r\n')[0]!);
}

run('web UI in a browser', () => {
  let upstream: TestUpstream;
  let gw: Awaited<ReturnType<typeof startGateway>>;
  let workflow: WorkflowService;
  let browser: Browser;
  let base: string;

  async function send(subject: string, to: string[] = ['sato.hanako@partner.example.jp']): Promise<void> {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: gw.smtpPort, ignoreTLS: true });
    await transport.sendMail({ from: '山田 太郎 <yamada.taro@example.co.jp>', to, subject, text: '佐藤様\n\n資料をお送りします。\n\n山田' });
    transport.close();
  }

  async function signIn(page: Page, username: string, pw = password): Promise<void> {
    await page.goto(`${base}/sign-in`);
    await page.fill('#username', username);
    await page.fill('#password', pw);
    await page.click('button[type=submit]');
  }

  beforeAll(async () => {
    upstream = new TestUpstream();
    await upstream.start();
    const dataDir = tempDir('dlp-web-e2e-');
    const overrides = { 'storage.dataDir': dataDir, 'upstream.url': upstream.url, 'workflow.secret': 's'.repeat(40) };
    const { config } = await loadConfig({ env: {}, overrides: { ...overrides, 'web.port': 0 } });
    const store = new SqliteStore(path.join(dataDir, 'gateway.db'));
    const log = createLogger({ level: 'silent' });
    let wake = () => {};
    workflow = await createWorkflow({ config, store, clock: { now: () => Date.now() }, log, wakeRelay: () => wake(), baseUrl: 'http://dlp.test', env: {}, approvers: parseApprovers(approversYaml) });
    for (const [username, displayName, roles] of [['boss', '鈴木 部長', ['approver']], ['admin', '管理者', ['admin']]] as const) {
      await store.upsertUser({ username, displayName, email: `${username}@example.co.jp`, roles: [...roles], passwordHash: await hashPassword(password), department: 'sales', failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: Date.now() });
    }
    gw = await startGateway(overrides, {
      store,
      inspector,
      holds: workflow,
      webPlugins: [(app, g) => createWebUi({ store: g.store, workflow, clock: g.clock, log: g.log, config: g.config, wakeRelay: g.wakeRelay })(app)],
    });
    wake = () => gw.wakeRelay();
    base = `http://127.0.0.1:${gw.webPort}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gw?.cleanup();
    await upstream?.stop();
  });

  it('signs in, sees the held message, opens it, approves with "a", and the mail reaches upstream', async () => {
    await send('顧客名簿の送付（11月分）');
    await send('健康診断結果のご連絡', ['hr-contact@examp1e.co.jp']);
    await send('お見積りのご送付 <script>alert(1)</script>', ['buyer@client.example.com', 'cc-person@client.example.com']);
    await waitUntil(async () => (await gw.store.list({ states: ['awaiting_approval'], kind: 'mail' })).length === 3, 15_000, 'three held messages');

    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ja-JP' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await signIn(page, 'boss');
    if (process.env.DEBUG_WEB) console.log(page.url(), (await page.content()).slice(0, 3000));
    await page.waitForURL(`${base}/queue`);
    await waitUntil(async () => (await page.locator('.qrow').count()) === 3, 5000, 'three rows in the queue');
    expect(await page.locator('.qrow').first().textContent()).toContain('顧客名簿');
    expect(await page.content()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    await page.screenshot({ path: path.join(screenshots, 'queue-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(screenshots, 'queue-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 860 });

    // Keyboard: j selects the first row, Enter opens it.
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/messages\//);
    expect(await page.textContent('h1')).toContain('顧客名簿の送付');
    expect(await page.content()).toContain('090-****-5678');
    await page.screenshot({ path: path.join(screenshots, 'message-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(screenshots, 'message-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 860 });

    const id = page.url().split('/messages/')[1]!.split('?')[0]!;
    await page.keyboard.press('a');
    await page.waitForURL(/done=approved/);
    expect(await page.textContent('.alert.ok')).toContain('承認しました');
    await waitUntil(() => upstream.received.some((m) => !isNotice(m) && m.rcptTo.includes('sato.hanako@partner.example.jp')), 15_000, 'approved mail upstream');
    expect((await gw.store.get(id))!.state).toBe('delivered');
    expect(dialogs).toEqual([]);

    // A POST without the CSRF token is refused, even from our own page.
    const status = await page.evaluate(async (url) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'comment=x' })).status, `${base}/messages/${id}/reject`);
    expect(status).toBe(403);
    await context.close();
  });

  it("lets the sender confirm on the self-check page; the mail is then released", async () => {
    await send('[SELF] 請求書の送付');
    let token = '';
    await waitUntil(async () => {
      for (const m of upstream.received.filter(isNotice)) {
        const text = (await simpleParser(m.raw)).text ?? '';
        const found = /\/self-check\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(text);
        if (found) token = found[1]!;
      }
      return token !== '';
    }, 15_000, 'self-check notice');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/self-check/${token}`);
    expect(await page.textContent('h1')).toContain('送信前の確認');
    expect(await page.isDisabled('#confirm-button')).toBe(true);
    for (const name of ['check_recipients', 'check_attachments', 'check_body']) await page.check(`input[name=${name}]`);
    expect(await page.isDisabled('#confirm-button')).toBe(false);
    await page.screenshot({ path: path.join(screenshots, 'self-check-phone.png'), fullPage: true });
    await page.click('#confirm-button');
    await page.waitForSelector('.alert.ok');
    expect(await page.textContent('.alert.ok')).toContain('確認が完了しました');
    // The first test released one mail; this is the second that is not a notice.
    await waitUntil(() => upstream.received.filter((m) => !isNotice(m)).length >= 2, 15_000, 'self-checked mail upstream');
    await context.close();
  });

  it('after five wrong passwords this client cannot sign in, and hears the same answer as for a wrong password', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let i = 0; i < 5; i++) await signIn(page, 'admin', 'definitely wrong password');
    expect(await page.textContent('.alert.error')).toContain('ユーザー名またはパスワードが正しくありません');
    await signIn(page, 'admin');
    expect(await page.textContent('.alert.error')).toContain('ユーザー名またはパスワードが正しくありません');
    expect(page.url()).toContain('/sign-in');
    await context.close();
  });
});
