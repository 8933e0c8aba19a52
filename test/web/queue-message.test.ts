import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, createHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.addUser('admin', ['admin']);
  await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp', department: 'sales' });
  await h.addUser('other', ['approver'], { email: 'other@example.co.jp', department: 'hr' });
  await h.addUser('audit', ['auditor']);
});
afterEach(async () => h.close());

async function signedIn(username: string): Promise<Client> {
  const c = new Client(h.app);
  expect((await c.signIn(username)).statusCode).toBe(303);
  await c.get('/queue');
  return c;
}

describe('queue', () => {
  it('shows held messages with recipients marks, categories, rules, age and deadline', async () => {
    const m = await h.hold({ to: ['sato@partner.example.jp', 'ceo@examp1e.co.jp'], subject: '顧客リスト送付の件' });
    h.clock.advance(2 * 3_600_000);
    const c = await signedIn('boss');
    const res = await c.get('/queue');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('顧客リスト送付の件');
    expect(res.body).toContain('<span class="sender">山田 太郎</span> <span class="addr-line">yamada.taro@example.co.jp</span>');
    expect(res.body).toContain('sato@partner.example.jp');
    expect(res.body).toContain('類似ドメイン');
    expect(res.body).toContain('社外');
    expect(res.body).toContain('初回');
    expect(res.body).toContain('電話番号 <b>2</b>');
    expect(res.body).toContain('2 人分');
    expect(res.body).toContain('個人データの社外送信');
    expect(res.body).toContain('2 時間前');
    expect(res.body).toMatch(/あと \d/);
    expect(res.body).toContain(`/messages/${m.id}`);
  });

  it('shows only what the user may see: routed approver yes, other department no, auditor read-only', async () => {
    await h.hold({ subject: 'sales mail' });
    expect((await (await signedIn('boss')).get('/queue')).body).toContain('sales mail');
    expect((await (await signedIn('other')).get('/queue')).body).not.toContain('sales mail');
    const auditor = await (await signedIn('audit')).get('/queue');
    expect(auditor.body).toContain('sales mail');
    expect(auditor.body).toContain('閲覧のみ');
    expect(auditor.body).not.toContain('bulk-form');
  });

  it('filters by state, rule and category, and searches subject and sender', async () => {
    await h.hold({ subject: 'alpha 見積', ruleId: 'rule-a' });
    await h.hold({ subject: 'beta 健康診断', ruleId: 'rule-b', sensitive: true });
    await h.hold({ subject: 'gamma 確認', stages: ['selfCheck', 'approval'], from: 'suzuki@example.co.jp' });
    const c = await signedIn('admin');
    const count = async (q: string) => (/(\d+) 件/.exec((await c.get(`/queue?${q}`)).body) ?? [])[1];
    expect(await count('')).toBe('3');
    expect(await count('state=awaiting_self_check')).toBe('1');
    expect(await count('rule=rule-b')).toBe('1');
    expect(await count('category=sensitive.medical')).toBe('1');
    expect(await count('q=ALPHA')).toBe('1');
    expect(await count('q=suzuki')).toBe('1');
  });

  it('escapes subjects and filenames: <script> from mail is never live HTML', async () => {
    const m = await h.hold({ subject: '<script>alert(1)</script>請求書', filename: '<img src=x onerror=alert(2)>.xlsx' });
    const c = await signedIn('admin');
    for (const url of ['/queue', `/messages/${m.id}`]) {
      const res = await c.get(url);
      expect(res.body).not.toContain('<script>alert(1)</script>');
      expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;請求書');
      expect(res.body).not.toContain('<img src=x');
      expect(res.body).toContain('&lt;img src=x onerror=alert(2)&gt;.xlsx');
    }
    const revealed = await c.post(`/messages/${m.id}/content`, { _csrf: c.csrf });
    expect(revealed.body).not.toContain('<script>alert(1)</script>');
  });

  it('switches to English with ?lang=en and remembers it', async () => {
    await h.hold({});
    const c = await signedIn('admin');
    const en = await c.get('/queue?lang=en');
    expect(en.body).toContain('Held messages');
    expect(en.body).toContain('<html lang="en">');
    expect((await c.get('/queue')).body).toContain('Held messages');
    expect((await c.get('/queue?lang=ja')).body).toContain('保留中のメール');
  });
});

describe('message view and decisions', () => {
  it('shows findings with locations and masked samples, recipients, timeline; logs the view', async () => {
    const m = await h.hold({});
    const c = await signedIn('boss');
    const res = await c.get(`/messages/${m.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('attachment[1] 名簿.xlsx › Sheet1!C2');
    expect(res.body).toContain('090-****-5678');
    expect(res.body).toContain('連絡先 090-****-5678 まで');
    // Whom the finding is about, with the detection's reason.
    expect(res.body).toContain('第三者の情報: person in a record');
    expect(res.body).toContain('電話番号と氏名（2名分）が社外宛てに含まれています');
    expect(res.body).toContain('保留'); // timeline: held
    const viewed = await h.store.events({ messageId: m.id, action: 'message_viewed' });
    expect(viewed).toHaveLength(1);
    expect(viewed[0]!.actor).toBe('boss');
    expect(res.body).toContain('id="approve-button"');
  });

  it('approves with a comment (POST + CSRF), releases the message and logs who', async () => {
    const m = await h.hold({});
    const c = await signedIn('boss');
    const page = await c.get(`/messages/${m.id}`);
    // Who holds it: the routed approver, the delegates, the deadline.
    expect(page.body).toContain('<dd id="hold-approvers">boss</dd>');
    expect(page.body).toContain('<dd id="hold-delegates">—</dd>');
    expect(page.body).toContain('あと ');
    const res = await c.post(`/messages/${m.id}/approve`, { _csrf: c.csrf, comment: '確認済み' });
    expect(res.statusCode).toBe(303);
    // The approver stays on the decided message, which now says so.
    expect(res.headers.location).toBe(`/messages/${m.id}?done=approved`);
    const after = await h.store.get(m.id);
    expect(after!.state).toBe('queued');
    const approved = await h.store.events({ messageId: m.id, action: 'approved' });
    expect(approved[0]!.actor).toBe('boss');
    expect(h.released.length).toBeGreaterThan(0);
    const after2 = await c.get(`/messages/${m.id}?done=approved`);
    expect(after2.body).toContain('承認しました');
    expect(after2.body).not.toContain('id="decision"');
    expect(after2.body).not.toContain('あと ');
  });

  it('rejects with a reason, stays on the rejected message and offers 「次へ」 to the next one', async () => {
    const a = await h.hold({ subject: 'first' });
    h.clock.advance(1000);
    const b = await h.hold({ subject: 'second' });
    const c = await signedIn('boss');
    const page = await c.get(`/messages/${a.id}`);
    expect(page.body).toContain(`rel="next" href="/messages/${b.id}"`);
    // Without a reason (the default policy requires one) nothing happens.
    const bare = await c.post(`/messages/${a.id}/reject`, { _csrf: c.csrf });
    expect(bare.headers.location).toBe(`/messages/${a.id}?error=reason_required#decision`);
    expect((await h.store.get(a.id))!.state).toBe('awaiting_approval');
    const res = await c.post(`/messages/${a.id}/reject`, { _csrf: c.csrf, reason: 'wrong_recipient', comment: '宛先違い' });
    expect(res.headers.location).toBe(`/messages/${a.id}?done=rejected`);
    expect((await h.store.get(a.id))!.state).toBe('denied');
    const after = await c.get(res.headers.location as string);
    expect(after.body).toContain('<h1>first</h1>');
    expect(after.body).toContain('却下しました');
    expect(after.body).toContain(`id="next-message" href="/messages/${b.id}"`);
    expect(after.body).toContain('宛先が誤っている');
    expect(after.body).not.toContain('id="approve-button"');
    const notice = (await h.store.list({ kind: 'notice', limit: 50 })).find((n) => (n.client as Record<string, unknown>).generatedFor === a.id && (n.client as Record<string, unknown>).notice === 'denied');
    const { simpleParser } = await import('mailparser');
    const text = (await simpleParser((await h.store.getRaw(notice!.id))!)).text ?? '';
    expect(text).toContain('理由: 宛先が誤っている');
    expect(text).toContain('コメント: 宛先違い');
  });

  it('refuses a POST without CSRF token (403) and from another origin (403)', async () => {
    const m = await h.hold({});
    const c = await signedIn('boss');
    expect((await c.post(`/messages/${m.id}/approve`, {})).statusCode).toBe(403);
    expect((await c.post(`/messages/${m.id}/approve`, { _csrf: 'wrong' })).statusCode).toBe(403);
    expect((await c.post(`/messages/${m.id}/approve`, { _csrf: c.csrf }, { origin: 'https://evil.example' })).statusCode).toBe(403);
    // With Referrer-Policy no-referrer browsers send Origin: null; then Sec-Fetch-Site decides.
    expect((await c.post(`/messages/${m.id}/approve`, { _csrf: c.csrf }, { origin: 'null' })).statusCode).toBe(403);
    expect((await c.post(`/messages/${m.id}/approve`, { _csrf: c.csrf }, { origin: 'null', 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await h.store.get(m.id))!.state).toBe('awaiting_approval');
  });

  it('reveal and download are deliberate, role-restricted and audited', async () => {
    const m = await h.hold({ body: '本文の原文テキスト\r\n' });
    const c = await signedIn('boss');
    const page = await c.get(`/messages/${m.id}`);
    expect(page.body).not.toContain('本文の原文テキスト');
    const shown = await c.post(`/messages/${m.id}/content`, { _csrf: c.csrf });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('本文の原文テキスト');
    const dl = await c.post(`/messages/${m.id}/download`, { _csrf: c.csrf });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toContain('message/rfc822');
    expect(dl.headers['content-disposition']).toContain('attachment');
    expect(dl.rawPayload.equals((await h.store.getRaw(m.id))!)).toBe(true);
    expect((await h.store.events({ messageId: m.id, action: 'content_viewed' }))[0]!.actor).toBe('boss');
    expect((await h.store.events({ messageId: m.id, action: 'content_downloaded' }))[0]!.actor).toBe('boss');

    const auditor = await signedIn('audit');
    const view = await auditor.get(`/messages/${m.id}`);
    expect(view.body).not.toContain('approve-button');
    expect((await auditor.post(`/messages/${m.id}/content`, { _csrf: auditor.csrf })).statusCode).toBe(403);
    expect((await auditor.post(`/messages/${m.id}/approve`, { _csrf: auditor.csrf })).headers.location).toContain('error=forbidden');
    expect((await h.store.get(m.id))!.state).toBe('awaiting_approval');
  });

  it('hides messages the user may not see (404)', async () => {
    const m = await h.hold({});
    const c = await signedIn('other');
    expect((await c.get(`/messages/${m.id}`)).statusCode).toBe(404);
    expect((await c.post(`/messages/${m.id}/approve`, { _csrf: c.csrf })).statusCode).toBe(404);
  });

  it('bulk-approves only bulk-safe messages (no special-care data)', async () => {
    const safe = await h.hold({ subject: 'safe one' });
    const sensitive = await h.hold({ subject: 'medical', sensitive: true });
    const c = await signedIn('boss');
    const q = await c.get('/queue');
    expect(q.body).toContain(`value="${safe.id}" form="bulk-form"`);
    expect(q.body).not.toContain(`value="${sensitive.id}" form="bulk-form"`);
    // Even if the form is forged to include it, the server re-checks.
    const res = await c.post('/queue/approve-selected', { _csrf: c.csrf, ids: [safe.id, sensitive.id] });
    expect(res.headers.location).toBe('/queue?done=bulk&n=1&skipped=1');
    expect((await h.store.get(safe.id))!.state).toBe('queued');
    expect((await h.store.get(sensitive.id))!.state).toBe('awaiting_approval');
  });
});
