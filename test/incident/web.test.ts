/** The incident pages and API in-process (real SQLite store, real workflow): who may do what, marking, scope, overrides, status, exports, the sender's link. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { Client, createHarness, type Harness } from '../web/harness.js';
import type { MessageRecord } from '../../src/store/types.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.addUser('admin', ['admin']);
  await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp', department: 'sales' });
  await h.addUser('audit', ['auditor']);
  await h.addUser('stranger', ['approver'], { email: 'stranger@example.co.jp', department: 'hr' });
});
afterEach(async () => {
  await h.close();
});

/** The value of the considered-approval box on a message page (HTML-unescaped), if the page asks for one. */
function confirmStatement(page: string): string | undefined {
  const m = /<input type="checkbox" name="confirm" value="([^"]*)" id="confirm-statement"/.exec(page);
  if (!m) return undefined;
  return m[1]!.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A held message approved by the boss on its page, as a supervisor does it: open it (a recorded
 * view), tick the statement when a considered approval is asked for (a 要配慮 hold always asks),
 * approve. Released (queued), so it left.
 */
async function released(opts: Parameters<Harness['hold']>[0] = {}): Promise<MessageRecord> {
  const m = await h.hold(opts);
  const boss = await signedIn('boss');
  const page = await boss.get(`/messages/${m.id}`);
  expect(page.statusCode).toBe(200);
  const statement = confirmStatement(page.body);
  if (opts.sensitive) expect(statement).toMatch(/^要配慮個人情報を含む.*を社外 \d+ 宛先へ送信する$/);
  const res = await boss.post(`/messages/${m.id}/approve`, { _csrf: boss.csrf, comment: 'OK', ...(statement !== undefined ? { confirm: statement } : {}) });
  expect(res.headers.location).toBe(`/messages/${m.id}?done=approved`);
  const record = (await h.store.get(m.id))!;
  expect(record.state).toBe('queued');
  return record;
}

async function signedIn(user: string): Promise<Client> {
  const c = new Client(h.app);
  await c.signIn(user);
  return c;
}

async function mark(c: Client, id: string, extra: Record<string, string | string[]> = {}): Promise<string> {
  const form = await c.get(`/incidents/new?message=${id}`);
  expect(form.statusCode).toBe(200);
  const res = await c.post('/incidents', { _csrf: c.csrf, message: id, awareAt: '2026-11-24T10:00', kind: 'mis_sent', description: '宛先の選択を誤った', wrong: 'sato@partner.example.jp', ...extra });
  expect(res.statusCode).toBe(303);
  return /\/incidents\/([^?]+)\?done=marked/.exec(String(res.headers.location))![1]!;
}

describe('incident pages', () => {
  it('an approver records a released message; the page shows reportability, deadlines and the audit', async () => {
    const m = await released({ sensitive: true });
    const boss = await signedIn('boss');
    expect((await boss.get(`/messages/${m.id}`)).body).toContain(`/incidents/new?message=${m.id}`);
    const id = await mark(boss, m.id);
    const page = await boss.get(`/incidents/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('報告対象');
    expect(page.body).toContain('data-code="sensitive" data-effective="yes"');
    // Aware 2026-11-24 (day 1): 速報 2026-11-26 – 2026-11-28, 確報 2026-12-23.
    expect(page.body).toMatch(/2026-11-26 〜 <b>2026-11-28<\/b>/);
    expect(page.body).toContain('<b>2026-12-23</b>');
    const english = await boss.get(`/incidents/${id}?lang=en`);
    expect(english.body).toContain('Must it be reported?');
    expect(english.body).toContain('Special-care data found');
    const actions = (await h.store.events({ messageId: m.id })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['incident_marked', 'incident_viewed']));
  });

  it('refuses a message that never left, and people who may not see it', async () => {
    const held = await h.hold();
    const admin = await signedIn('admin');
    expect((await admin.get(`/incidents/new?message=${held.id}`)).statusCode).toBe(409);
    const res = await admin.post('/incidents', { _csrf: admin.csrf, message: held.id, awareAt: '2026-11-24T10:00', kind: 'mis_sent', description: '' });
    expect(res.statusCode).toBe(422);
    const m = await released();
    const id = await mark(admin, m.id);
    const stranger = await signedIn('stranger');
    expect((await stranger.get(`/incidents/${id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/incidents/new?message=${m.id}`)).statusCode).toBe(404);
    const audit = await signedIn('audit');
    expect((await audit.get(`/incidents/${id}`)).statusCode).toBe(200);
    const refused = await audit.post(`/incidents/${id}/status`, { _csrf: audit.csrf, version: '1', status: 'closed', note: '' });
    expect(refused.statusCode).toBe(403);
    // Without the CSRF token nothing changes.
    expect((await admin.post(`/incidents/${id}/status`, { version: '1', status: 'closed', note: '' })).statusCode).toBe(403);
    expect((await h.store.getIncident(id))!.status).toBe('draft');
  });

  it('scope: another message to the same wrong recipient is offered and included; an override and the status are audited', async () => {
    const first = await released();
    h.clock.advance(3_600_000);
    const second = await released({ subject: '追加の資料' });
    await released({ to: ['someone@elsewhere.example.org'] });
    const admin = await signedIn('admin');
    const id = await mark(admin, first.id);
    let page = await admin.get(`/incidents/${id}`);
    expect(page.body).toContain(`data-id="${second.id}"`);
    expect((await h.store.getIncident(id))!.data).toMatchObject({ messages: [{ id: first.id }] });
    let res = await admin.post(`/incidents/${id}/scope`, { _csrf: admin.csrf, version: '1', windowDays: '7', include: second.id, excludeReason: '' });
    expect(res.statusCode).toBe(303);
    const stored = (await h.store.getIncident(id))!;
    expect((stored.data as { messages: Array<{ id: string }> }).messages.map((m) => m.id)).toEqual([first.id, second.id]);
    // A stale form (version 1) is refused as a conflict.
    res = await admin.post(`/incidents/${id}/override`, { _csrf: admin.csrf, version: '1', code: 'sensitive', value: 'true', reason: 'x' });
    expect(res.headers.location).toContain('error=conflict');
    res = await admin.post(`/incidents/${id}/override`, { _csrf: admin.csrf, version: '2', code: 'sensitive', value: 'true', reason: '名簿に病歴欄があった（検出漏れ）' });
    expect(res.headers.location).toContain('done=saved');
    page = await admin.get(`/incidents/${id}`);
    expect(page.body).toContain('data-code="sensitive" data-effective="yes"');
    expect(page.body).toContain('名簿に病歴欄があった');
    res = await admin.post(`/incidents/${id}/status`, { _csrf: admin.csrf, version: '3', status: 'preliminary_sent', note: '受付番号 12345' });
    expect(res.headers.location).toContain('done=saved');
    res = await admin.post(`/incidents/${id}/status`, { _csrf: admin.csrf, version: '4', status: 'preliminary_sent', note: '' });
    expect(res.statusCode).toBe(422);
    // The awareness time is corrected with a reason; the deadlines move with it.
    h.clock.advance(2 * 86_400_000);
    await admin.signIn('admin');
    await admin.get(`/incidents/${id}`);
    res = await admin.post(`/incidents/${id}/aware`, { _csrf: admin.csrf, version: '4', awareAt: '2026-11-25T09:00', reason: '' });
    expect(res.statusCode).toBe(422);
    res = await admin.post(`/incidents/${id}/aware`, { _csrf: admin.csrf, version: '4', awareAt: '2026-11-25T09:00', reason: '受信者からの電話は翌朝だった' });
    expect(res.headers.location).toContain('done=saved');
    expect((await admin.get(`/incidents/${id}`)).body).toContain('<b>2026-12-24</b>');
    expect((await h.store.getIncident(id))!.awareAt).toBe(Date.parse('2026-11-25T09:00:00+09:00'));
    const list = await admin.get('/incidents');
    expect(list.body).toContain(id);
    expect(list.body).toContain('速報済み');
    const events = (await h.store.events({ messageId: first.id })).filter((e) => e.detail.incident === id);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['incident_marked', 'incident_scope_changed', 'incident_overridden', 'incident_status_changed', 'incident_aware_changed']));
    expect(events.find((e) => e.action === 'incident_overridden')!.detail).toMatchObject({ reason: '名簿に病歴欄があった（検出漏れ）', value: true });
    // The message page's timeline names the incident actions in Japanese.
    expect((await admin.get(`/messages/${first.id}`)).body).toContain('インシデントとして記録');
  });

  it('the report page follows the form; JSON and CSV exports; the notice draft; statistics', async () => {
    const m = await released({ sensitive: true });
    const admin = await signedIn('admin');
    const id = await mark(admin, m.id);
    await admin.post(`/incidents/${id}/fields`, { _csrf: admin.csrf, version: '1', cause: '宛先のオートコンプリートで別会社の佐藤氏を選択した' });
    const report = await admin.get(`/incidents/${id}/report`);
    expect(report.statusCode).toBe(200);
    const titles = [...report.body.matchAll(/<th>(\d)\. ([^<]+)<\/th>/g)].map((x) => `${x[1]}. ${x[2]}`);
    expect(titles).toEqual([
      '1. 概要',
      '2. 漏えい等が発生し又は発生したおそれがある個人データの項目',
      '3. 漏えい等が発生し又は発生したおそれがある個人データに係る本人の数',
      '4. 原因',
      '5. 二次被害又はそのおそれの有無及びその内容',
      '6. 本人への対応の実施状況',
      '7. 公表の実施状況',
      '8. 再発防止のための措置',
      '9. その他参考となる事項',
    ]);
    expect(report.body).toContain('宛先のオートコンプリートで別会社の佐藤氏を選択した');
    expect(report.body).toContain('【要記入】');
    expect(report.body).toContain('要配慮個人情報が含まれる個人データの漏えい等（第7条第1号）');
    const json = await admin.get(`/incidents/${id}/report.json`);
    const parsed = JSON.parse(json.body) as { report: { sections: Array<{ key: string; needsPerson: boolean; person: string | null }> }; notice: { body: string } };
    expect(parsed.report.sections.find((s) => s.key === 'cause')).toMatchObject({ needsPerson: false, person: '宛先のオートコンプリートで別会社の佐藤氏を選択した' });
    expect(parsed.notice.body).toContain('【要記入');
    const csv = await admin.get(`/incidents/${id}/report.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF号,項目,')).toBe(true);
    expect(csv.body).toContain(m.id);
    const notice = await admin.get(`/incidents/${id}/notice`);
    expect(notice.body).toContain('個人情報の漏えいに関するお詫びとお知らせ');
    expect(notice.body).toContain('病歴');
    const stats = await admin.get('/stats');
    expect(stats.body).toContain('id="incident-stats"');
    expect(stats.body).toContain('2026-11');
    expect(stats.body).toContain('boss');
    expect((await h.store.events({ action: 'incident_report_exported' })).length).toBe(4);
  });

  it('the sender reports by a signed single-use link mailed to the sender address', async () => {
    const m = await released({ from: 'yamada.taro@example.co.jp' });
    const sender = new Client(h.app, '203.0.113.9');
    await sender.get('/incident-report');
    const asked = await sender.post('/incident-report', { _csrf: sender.csrf, message: m.id });
    expect(asked.statusCode).toBe(200);
    // The same answer for an unknown id; no mail for it.
    await sender.get('/incident-report');
    expect((await sender.post('/incident-report', { _csrf: sender.csrf, message: 'NOPE123' })).body).toContain('id="link-sent"');
    const notices = (await h.store.list({ kind: 'notice', limit: 100 })).filter((n) => (n.client as Record<string, unknown>).notice === 'incident_link');
    expect(notices.map((n) => n.rcptTo)).toEqual([['yamada.taro@example.co.jp']]);
    const text = (await simpleParser((await h.store.getRaw(notices[0]!.id))!)).text ?? '';
    const token = /\/incident-report\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(text)![1]!;
    const form = await sender.get(`/incident-report/${token}`);
    expect(form.statusCode).toBe(200);
    const done = await sender.post(`/incident-report/${token}`, { _csrf: sender.csrf, awareAt: '2026-11-24T10:00', wrong: 'sato@partner.example.jp', description: '別の佐藤さんに送ってしまいました' });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('id="link-done"');
    const incidents = await h.store.listIncidents({});
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.data).toMatchObject({ markedBy: { id: 'sender:yamada.taro@example.co.jp', via: 'link', role: 'sender' } });
    // Single use.
    await sender.get(`/incident-report/${token}`);
    expect((await sender.post(`/incident-report/${token}`, { _csrf: sender.csrf, awareAt: '2026-11-24T10:00' })).statusCode).toBe(410);
    expect((await sender.get('/incident-report/forged.token')).statusCode).toBe(410);
  });
});

describe('the sender, signed in', () => {
  it('records his own sent message although it was not routed to him, and sees (not edits) the incident', async () => {
    await h.addUser('yamada', ['auditor'], { email: 'yamada.taro@example.co.jp' });
    await h.addUser('kato', ['approver'], { email: 'kato@example.co.jp', department: 'hr' });
    const m = await released({ from: 'yamada.taro@example.co.jp' });
    const other = await released({ from: 'suzuki@example.co.jp' });
    const kato = await signedIn('kato');
    // kato is neither the sender nor routed: no form.
    expect((await kato.get(`/incidents/new?message=${m.id}`)).statusCode).toBe(404);
    const yamada = await signedIn('yamada');
    expect((await yamada.get(`/incidents/new?message=${other.id}`)).statusCode).toBe(404); // not his, and auditors only read
    const id = await mark(yamada, m.id);
    const stored = (await h.store.getIncident(id))!;
    expect(stored.data).toMatchObject({ markedBy: { id: 'yamada', via: 'session' } });
    const page = await yamada.get(`/incidents/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('id="scope-save"');
  });
});
