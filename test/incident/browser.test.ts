/**
 * Incidents in a real browser (Debian's chromium via playwright-core) against a real gateway:
 * SMTP in → held → opened and approved by the boss in the browser (a considered approval: the
 * statement ticked) → delivered upstream; then an admin marks the message as mis-sent
 * from its page, includes a second mail to the same wrong recipient in the scope, and prints the
 * draft report. Writes the screenshots of docs/incident.md with UPDATE_SCREENSHOTS=1.
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
import { TestUpstream } from '../helpers/upstream.js';
import { approversYaml, password, reportFor } from '../web/harness.js';

const chromiumPath = '/usr/bin/chromium';
const screenshots = process.env.UPDATE_SCREENSHOTS ? path.resolve('docs/screenshots') : mkdtempSync(path.join(os.tmpdir(), 'dlp-incident-shots-'));
const run = existsSync(chromiumPath) ? describe : describe.skip;

/** Holds everything for approval; a subject with 健康 carries a 要配慮 finding. */
const inspector: Inspector = {
  async inspect(record, raw) {
    const subject = (await simpleParser(raw)).subject ?? '';
    return reportFor(record.rcptTo, ['approval'], { sensitive: subject.includes('健康'), filename: '健康診断結果_営業部.xlsx', ruleId: 'sensitive-data' });
  },
};

run('incidents in a browser', () => {
  let upstream: TestUpstream;
  let gw: Awaited<ReturnType<typeof startGateway>>;
  let workflow: WorkflowService;
  let store: SqliteStore;
  let browser: Browser;
  let base: string;

  async function sendAndDeliver(subject: string, to: string): Promise<string> {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: gw.smtpPort, ignoreTLS: true });
    const known = new Set((await store.list({ kind: 'mail', limit: 100 })).map((m) => m.id));
    await transport.sendMail({ from: '山田 太郎 <yamada.taro@example.co.jp>', to, subject, text: '田中様\n\n資料をお送りします。\n\n山田' });
    transport.close();
    let id = '';
    await waitUntil(async () => {
      const m = (await store.list({ states: ['awaiting_approval'], kind: 'mail', limit: 100 })).find((r) => !known.has(r.id));
      id = m?.id ?? '';
      return id !== '' && (await store.events({ messageId: id, action: 'hold_routed' })).length > 0;
    }, 15_000, 'held and routed');
    await approveInBrowser(id);
    await waitUntil(async () => (await store.get(id))!.state === 'delivered', 15_000, 'delivered upstream');
    return id;
  }

  /**
   * The boss approves the way a supervisor does: opens the message in the browser (a recorded
   * view), ticks the considered-approval statement (a 要配慮 hold asks for it), approves.
   */
  async function approveInBrowser(id: string): Promise<void> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    const page = await context.newPage();
    await signIn(page, 'boss');
    await page.goto(`${base}/messages/${id}`);
    expect(await page.textContent('#considered')).toContain('要配慮個人情報');
    await page.check('#confirm-statement');
    expect(await page.textContent('label.confirm-statement')).toMatch(/要配慮個人情報を含む.*を社外 1 宛先へ送信する/);
    await page.fill('#comment', '確認済み');
    await page.click('#approve-button');
    await page.waitForURL(`${base}/messages/${id}?done=approved`);
    const [approved] = await store.events({ messageId: id, action: 'approved' });
    expect(approved?.actor).toBe('boss');
    expect((approved?.detail.considered as { risks: Array<{ kind: string }> } | undefined)?.risks.map((r) => r.kind)).toContain('sensitive');
    await context.close();
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/sign-in`);
    await page.fill('#username', username);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/queue`);
  }

  beforeAll(async () => {
    upstream = new TestUpstream();
    await upstream.start();
    const dataDir = tempDir('dlp-incident-e2e-');
    const overrides = { 'storage.dataDir': dataDir, 'upstream.url': upstream.url, 'workflow.secret': 'b'.repeat(40) };
    const { config } = await loadConfig({ env: {}, overrides: { ...overrides, 'web.port': 0 } });
    store = new SqliteStore(path.join(dataDir, 'gateway.db'));
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

  it('marks a delivered message, scopes a second one, and prints the draft report', async () => {
    const first = await sendAndDeliver('健康診断結果の送付', 'tanaka@wrong-partner.example.com');
    const second = await sendAndDeliver('健康診断結果の送付（追加分）', 'tanaka@wrong-partner.example.com');
    expect(upstream.received.filter((m) => m.rcptTo.includes('tanaka@wrong-partner.example.com'))).toHaveLength(2);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await signIn(page, 'admin');

    // From the message page to the form.
    await page.goto(`${base}/messages/${first}`);
    await page.click('#mark-incident');
    await page.waitForURL(/\/incidents\/new\?message=/);
    expect(await page.isChecked('input[name=wrong][value="tanaka@wrong-partner.example.com"]')).toBe(true);
    await page.fill('#description', '健康診断結果を取引先の別の田中様に誤送信。受信者からの連絡で発覚。');
    await page.screenshot({ path: path.join(screenshots, 'incident-mark.png'), fullPage: true });
    await page.click('#mark-button');
    await page.waitForURL(/\/incidents\/INC-[^?]+\?done=marked/);
    const incidentUrl = page.url().split('?')[0]!;
    expect(await page.textContent('#reportable-badge')).toContain('報告対象');
    expect(await page.getAttribute('.reason[data-code="sensitive"]', 'data-effective')).toBe('yes');

    // Scope: the second mail to the same wrong recipient is offered; include it.
    const candidate = page.locator(`.scope-row[data-id="${second}"]`);
    expect(await candidate.textContent()).toContain('同じ宛先');
    await candidate.locator('input[type=checkbox]').check();
    await page.click('#scope-save');
    await page.waitForURL(/done=saved/);
    expect(await page.locator('.inc-messages .inc-message').count()).toBe(2);
    expect(await page.isChecked(`.scope-row[data-id="${second}"] input`)).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'incident-detail.png'), fullPage: true });

    // The list shows the deadlines.
    await page.goto(`${base}/incidents`);
    expect(await page.locator('.inc-row').count()).toBe(1);
    await page.screenshot({ path: path.join(screenshots, 'incident-list.png'), fullPage: true });

    // Print: the report in the form's order, without the screen chrome.
    await page.goto(`${incidentUrl}/report`);
    expect(await page.locator('tr.section').count()).toBe(9);
    expect(await page.textContent('tr.section[data-key="people"]')).toContain('4人');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.print-bar')).toBe(false);
    expect(await page.isVisible('header.top')).toBe(false);
    await page.screenshot({ path: path.join(screenshots, 'incident-report-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('#print-button')).toBe(true);
    expect(dialogs).toEqual([]);
    await context.close();
  }, 90_000);
});
