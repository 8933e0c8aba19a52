/**
 * The supervisor's journey in Chromium against a real gateway: the link in the real notice, sign-in
 * and back, considered approval of a high-risk hold, 差し戻し, and staying on the decided message.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import type { Inspector } from '../../src/pipeline/types.js';
import { reportFor } from './harness.js';
import { rosterZip } from '../../src/bench/fixtures/xlsx.js';
import { person } from '../../src/bench/fixtures/people.js';
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

const eight = Array.from({ length: 8 }, (_, i) => `person${i + 1}@partner${i % 3}.co.jp`);

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

  it('a 4,000-person roster to 8 outside addresses: no bulk, j/a only opens it, approval needs the tick; then 「次へ」', async () => {
    await env.send('職員名簿の送付', eight, { attachments: [{ filename: '職員名簿.zip', content: rosterZip(4000) }] });
    await env.send('お見積りのご送付（次の一通）');
    const roster = await heldIdFor('職員名簿の送付');
    const other = await heldIdFor('次の一通');
    const context = await env.newContext();
    const page = await context.newPage();
    await env.signIn(page, 'boss');
    await page.waitForURL(`${env.base}/queue`);
    const row = page.locator(`.qrow[data-id="${roster}"]`);
    expect(await row.locator('input.pick-one').count()).toBe(0);
    // Select the roster's row with j and press a: it opens, it is not released.
    const rows = await page.locator('.qrow').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    for (let i = 0; i <= rows.indexOf(roster); i++) await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.waitForURL(new RegExp(`/messages/${roster}#decision`));
    expect((await env.gw.store.get(roster))!.state).toBe('awaiting_approval');
    expect(await page.textContent('#considered')).toContain('4,000 人分の個人データ');
    expect(await page.isDisabled('#approve-button')).toBe(true);
    await page.keyboard.press('a'); // still nothing: the statement is not ticked
    expect((await env.gw.store.get(roster))!.state).toBe('awaiting_approval');
    // Evidence without downloading: the zip's tree and the sheet's header and first rows, masked.
    const preview = (await page.textContent('#preview'))!;
    expect(preview).toContain('社員名簿_2025.xlsx');
    for (const column of ['社員番号', '氏名', '所属', '住所', '電話番号', 'メール']) expect(preview).toContain(column);
    expect(preview).toContain('先頭 5 行 / 全 4,000 行');
    for (const i of [2, 3, 4, 5, 6]) {
      const p = person(i);
      for (const secret of [p.name, p.phone, p.email, p.address, p.employeeNo]) expect(preview).not.toContain(secret);
    }
    expect(preview).toContain(person(2).phone.slice(0, 3)); // masked, recognisable: 090-****-…
    expect(preview).toContain(person(2).department);
    // Recipients by organisation: eight addresses at three partners.
    expect(await page.locator('#recipients li.org').count()).toBe(3);
    await page.screenshot({ path: path.join(screenshotDir, 'message-considered-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(screenshotDir, 'preview-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.check('#confirm-statement');
    expect(await page.textContent('label.confirm-statement')).toContain('4,000人分の個人データを社外 8 宛先へ送信する');
    await page.click('#approve-button');
    await page.waitForURL(`${env.base}/messages/${roster}?done=approved`);
    // Still the roster, with its new state, and a clear way on.
    expect(await page.textContent('h1')).toContain('職員名簿の送付');
    expect(await page.textContent('#decided')).toContain('承認しました');
    expect(await page.locator('#approve-button').count()).toBe(0);
    // 「次へ」 leads to a message still waiting (the one sent with it, or one older).
    const next = (await page.getAttribute('#next-message', 'href'))!.split('/messages/')[1]!;
    expect(next).not.toBe(roster);
    expect((await env.gw.store.get(next))!.state).toBe('awaiting_approval');
    expect([other, ...rows]).toContain(next);
    const [approved] = await env.gw.store.events({ messageId: roster, action: 'approved' });
    expect((approved!.detail.considered as { confirmed: string }).confirmed).toBe('4,000人分の個人データを社外 8 宛先へ送信する');
    await page.click('#next-message');
    await page.waitForURL(`${env.base}/messages/${next}`);
    expect(await page.locator('#decided').count()).toBe(0);
    await context.close();
  });

  it('差し戻し end to end: a required comment, a terminal state, and the sender is told why', async () => {
    await env.send('請求書の送付（差し戻し）');
    const id = await heldIdFor('差し戻し');
    const context = await env.newContext(true);
    const page = await context.newPage();
    await env.signIn(page, 'boss');
    await page.goto(`${env.base}/messages/${id}`);
    await page.click('#return-button'); // no comment
    await page.waitForURL(/error=reason_required/);
    expect((await env.gw.store.get(id))!.state).toBe('awaiting_approval');
    await page.fill('#reject-comment', '宛先に個人アドレスが含まれています。会社のアドレスに直して送り直してください。');
    await page.screenshot({ path: path.join(screenshotDir, 'message-return-phone.png'), fullPage: true });
    await page.click('#return-button');
    await page.waitForURL(`${env.base}/messages/${id}?done=returned`);
    expect(await page.textContent('#decided')).toContain('差し戻しました');
    expect((await env.gw.store.get(id))!.state).toBe('returned');
    let notice: Awaited<ReturnType<BrowserEnv['notices']>>[number] | undefined;
    await waitUntil(async () => {
      notice = (await env.notices('returned')).find((n) => n.text.includes(id));
      return notice !== undefined;
    }, 15_000, 'returned notice to the sender');
    expect(notice!.text).toContain('メールは承認者により差し戻され、送信されません');
    expect(notice!.text).toContain('コメント: 宛先に個人アドレスが含まれています');
    expect(notice!.raw.rcptTo).toEqual(['yamada.taro@example.co.jp']);
    await context.close();
  });

  it('approve is disabled, with the reason, while the sender has not done the self-check', async () => {
    await env.send('[SELF] 契約書の送付');
    const id = await heldIdFor('契約書の送付');
    const context = await env.newContext();
    const page = await context.newPage();
    await env.signIn(page, 'boss');
    await page.goto(`${env.base}/messages/${id}`);
    expect(await page.isDisabled('#approve-button')).toBe(true);
    expect(await page.textContent('#approve-blocked')).toContain('送信者の確認が済むまで承認できません');
    await context.close();
  });

  it('history, statistics, audit and users read well on a desktop and a phone (screenshots for docs/)', async () => {
    const context = await env.newContext();
    const page = await context.newPage();
    await env.signIn(page, 'admin');
    await page.waitForURL(`${env.base}/queue`);
    for (const [name, url, probe] of [
      ['history', '/history', '.hrow'],
      ['stats', '/stats', 'svg.chart'],
      ['audit', '/audit', 'td.detail'],
      ['users', '/users', 'tr[data-user]'],
    ] as const) {
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.goto(`${env.base}${url}`);
      expect(await page.locator(probe).count(), name).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(screenshotDir, `${name}-desktop.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      // Nothing wider than the phone but charts and tables that scroll inside their card.
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(overflow, `${name} is wider than the phone`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: path.join(screenshotDir, `${name}-phone.png`), fullPage: true });
    }
    await context.close();
  });
});

