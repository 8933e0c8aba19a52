/**
 * A real gateway (SMTP in, SQLite, the real workflow, the web UI) plus Debian's Chromium, for the
 * journey tests: mail is sent over SMTP, notices are read from what the upstream received.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createLogger } from '../../src/log/logger.js';
import { loadConfig } from '../../src/config/load.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Inspector } from '../../src/pipeline/types.js';
import type { Role } from '../../src/store/types.js';
import { createWorkflow, type WorkflowService } from '../../src/workflow/create-workflow.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import { createWebUi } from '../../src/web/ui.js';
import { hashPassword } from '../../src/web/auth/password.js';
import { startGateway, tempDir, waitUntil } from '../helpers/gateway.js';
import { TestUpstream, type ReceivedMail } from '../helpers/upstream.js';
import { approversYaml, password } from './harness.js';

export const chromiumPath = '/usr/bin/chromium';
export const describeInBrowser = existsSync(chromiumPath) ? describe : describe.skip;
export const publicBase = 'http://dlp.test';

/** Screenshots for docs/ are refreshed only on request (UPDATE_SCREENSHOTS=1); otherwise a temp dir. */
export const screenshotDir = process.env.UPDATE_SCREENSHOTS ? path.resolve('docs/screenshots') : mkdtempSync(path.join(os.tmpdir(), 'dlp-shots-'));

export function isNotice(m: ReceivedMail): boolean {
  return /^x-dlp-notice:/im.test(m.raw.toString('latin1').split('\r\n\r\n')[0]!);
}

export interface BrowserEnv {
  upstream: TestUpstream;
  gw: Awaited<ReturnType<typeof startGateway>>;
  workflow: WorkflowService;
  browser: Browser;
  /** Where the web UI really listens (the notices say `publicBase`). */
  base: string;
  send(subject: string, to?: string[], opts?: { from?: string; text?: string; attachments?: Array<{ filename: string; content: Buffer }> }): Promise<void>;
  /** Text of the notices the upstream received so far, of one type (X-DLP-Notice). */
  notices(type: string): Promise<Array<{ text: string; html: string; raw: ReceivedMail }>>;
  /** A link from a notice, pointed at the live server instead of the public name. */
  live(url: string): string;
  signIn(page: Page, username: string, pw?: string): Promise<void>;
  newContext(phone?: boolean): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startBrowserEnv(inspector: Inspector, users: Array<[string, string, Role[]]> = [['boss', '鈴木 部長', ['approver']], ['admin', '管理者', ['admin']]], configOverrides: Record<string, unknown> = {}): Promise<BrowserEnv> {
  const upstream = new TestUpstream();
  await upstream.start();
  const dataDir = tempDir('dlp-web-e2e-');
  const overrides = { 'storage.dataDir': dataDir, 'upstream.url': upstream.url, 'workflow.secret': 's'.repeat(40), ...configOverrides };
  const { config } = await loadConfig({ env: {}, overrides: { ...overrides, 'web.port': 0 } });
  const store = new SqliteStore(path.join(dataDir, 'gateway.db'));
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let wake = () => {};
  const workflow = await createWorkflow({ config, store, clock: { now: () => Date.now() }, log, wakeRelay: () => wake(), baseUrl: publicBase, env: {}, approvers: parseApprovers(approversYaml) });
  for (const [username, displayName, roles] of users) {
    await store.upsertUser({ username, displayName, email: `${username}@example.co.jp`, roles: [...roles], passwordHash: await hashPassword(password), department: 'sales', failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: Date.now() });
  }
  const gw = await startGateway(overrides, {
    store,
    inspector,
    holds: workflow,
    webPlugins: [(app, g) => createWebUi({ store: g.store, workflow, clock: g.clock, log: g.log, config: g.config, wakeRelay: g.wakeRelay })(app)],
  });
  wake = () => gw.wakeRelay();
  const base = `http://127.0.0.1:${gw.webPort}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    upstream,
    gw,
    workflow,
    browser,
    base,
    async send(subject, to = ['sato.hanako@partner.example.jp'], opts = {}) {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: gw.smtpPort, ignoreTLS: true });
      await transport.sendMail({ from: `山田 太郎 <${opts.from ?? 'yamada.taro@example.co.jp'}>`, to, subject, text: opts.text ?? '佐藤様\n\n資料をお送りします。\n\n山田', ...(opts.attachments ? { attachments: opts.attachments } : {}) });
      transport.close();
    },
    async notices(type) {
      const out = [];
      for (const m of upstream.received.filter(isNotice)) {
        const head = m.raw.toString('latin1').split('\r\n\r\n')[0]!;
        if (!new RegExp(`^x-dlp-notice:\\s*${type}\\s*$`, 'im').test(head)) continue;
        const parsed = await simpleParser(m.raw);
        out.push({ text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', raw: m });
      }
      return out;
    },
    live(url) {
      if (!url.startsWith(`${publicBase}/`)) throw new Error(`link not under the public base URL: ${url}`);
      return base + url.slice(publicBase.length);
    },
    async signIn(page, username, pw = password) {
      await page.goto(`${base}/sign-in`);
      await page.fill('#username', username);
      await page.fill('#password', pw);
      await page.click('button[type=submit]');
    },
    newContext(phone = false) {
      return phone
        ? browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ja-JP' })
        : browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ja-JP' });
    },
    async close() {
      await browser.close();
      await gw.cleanup();
      await upstream.stop();
    },
  };
}

export { waitUntil };
