/**
 * Senders sign in (mailed link, role `sender`) and act on their own mail on /my — over real SMTP
 * (mail in, notices and sign-in links out to the sink), the real workflow and SQLite store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, waitUntil } from '../helpers/gateway.js';
import { TestUpstream } from '../helpers/upstream.js';
import { ManualClock, originals, waitForNotice } from '../workflow/harness.js';
import { delayMs, startDelayNode, type DelayNode } from '../delay/harness.js';
import { followLink, requestLink, signInLinks, WebSession } from './sender-helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const yamada = 'yamada.taro@example.co.jp';
const suzuki = 'suzuki.hanako@example.co.jp';
const outside = ['sato@partner.example.jp'];
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

async function setup() {
  const upstream = new TestUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const clock = new ManualClock();
  const node = await startDelayNode({ upstream, clock });
  cleanups.push(() => node.gw.cleanup());
  return { upstream, clock, node };
}

async function send(node: DelayNode, envelope: string, subject: string, headerFrom = envelope): Promise<string> {
  const { client } = await greet(node.gw.smtpPort);
  const answer = await client.send(envelope, outside, sampleMail({ from: headerFrom, subject, to: outside }));
  client.destroy();
  return /queued as (\S+)/.exec(answer)![1]!;
}

async function stateOf(node: DelayNode, id: string, state: string): Promise<void> {
  await waitUntil(async () => (await node.store.get(id))?.state === state, 10_000, `${id} ${state}`);
}

async function signedInSender(node: DelayNode, upstream: TestUpstream, address: string): Promise<WebSession> {
  const web = new WebSession(node.web);
  const { link } = await requestLink(web, upstream, address);
  const done = await followLink(web, link);
  expect(done.status).toBe(303);
  expect(done.location).toBe('/my');
  return web;
}

describe('the sender page (/my) over real SMTP', () => {
  it('a sender signs in by mailed link and sees, cancels, sends now and self-checks only their own mail', async () => {
    const { upstream, clock, node } = await setup();
    const toCancel = await send(node, yamada, '[DELAY] 見積書の送付');
    const toSendNow = await send(node, yamada, '[DELAY] 至急の連絡');
    const toCheck = await send(node, yamada, '[HOLD-SELF] 名簿の送付');
    // Envelope from a system address, but From: is the sender: still theirs.
    const viaHeader = await send(node, 'noreply-system@example.co.jp', '[HOLD-APPROVAL] システム経由の送信', yamada);
    const others = await send(node, suzuki, '[HOLD-APPROVAL] 他人の保留メール');
    const othersDelayed = await send(node, suzuki, '[DELAY] 他人の一時保留');
    for (const [id, state] of [[toCancel, 'delayed'], [toSendNow, 'delayed'], [toCheck, 'awaiting_self_check'], [viaHeader, 'awaiting_approval'], [others, 'awaiting_approval'], [othersDelayed, 'delayed']] as const) {
      await stateOf(node, id, state);
    }

    // The notices to the sender point at their page.
    for (const [id, type] of [[toCancel, 'delayed'], [toCheck, 'held_self_check'], [viaHeader, 'held_approval']] as const) {
      const notice = await waitForNotice(upstream, id, type);
      expect(notice.text, type).toContain('https://dlp.example.co.jp/my');
      expect(notice.text, type).toContain('自分の送信メール');
      expect(notice.text, type).toContain('My sent mail');
    }

    // Sign in: link mailed through the outbox to the sender's own address; GET shows a button only.
    const web = new WebSession(node.web);
    const { page, link } = await requestLink(web, upstream, yamada);
    expect(page).toContain('サインイン用のリンクを送りました');
    const opened = await web.get(link);
    expect(opened.status).toBe(200);
    expect(opened.body).toContain(yamada);
    expect(await node.store.getUser(yamada)).toBeUndefined();
    const signedIn = await web.post(link);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/my');
    const account = (await node.store.getUser(yamada))!;
    expect(account.roles).toEqual(['sender']);
    expect(account.passwordHash).toBe('');
    expect((await node.store.events({ action: 'signed_in' })).some((e) => e.actor === yamada && e.detail.method === 'mail_link')).toBe(true);

    // The page: own delayed and held mail (with due time, recipients, organisations, attachments) — never someone else's.
    const my = await web.get('/my');
    expect(my.status).toBe(200);
    expect(my.body).toContain('自分の送信メール');
    for (const id of [toCancel, toSendNow, toCheck, viaHeader]) expect(my.body).toContain(id);
    for (const id of [others, othersDelayed]) expect(my.body).not.toContain(id);
    expect(my.body).not.toContain('他人の');
    expect(my.body).toContain('見積書の送付');
    expect(my.body).toContain('sato@partner.example.jp');
    expect(my.body).toContain('partner.example.jp');
    expect(my.body).toContain('名簿.xlsx');
    expect(my.body).toContain('一時保留');
    expect(my.body).toContain('保留中（本人確認待ち）');
    expect(my.body).toContain('保留中（承認待ち）');
    expect(my.body).toMatch(/送信予定<\/dt><dd class="due">/);
    expect((await node.store.events({ action: 'sender_page_viewed' })).at(-1)!.detail.shown).toEqual(expect.arrayContaining([toCancel, toSendNow, toCheck, viaHeader]));

    // Someone else's mail: not found, and no action moves it.
    expect((await web.get(`/my/${others}`)).status).toBe(404);
    expect((await web.get(`/my/${othersDelayed}/cancel`)).status).toBe(404);
    await web.get('/my');
    expect((await web.post(`/my/${othersDelayed}/cancel`)).status).toBe(404);
    expect((await web.post(`/my/${othersDelayed}/send-now`)).status).toBe(404);
    expect((await web.get(`/my/${others}/self-check`)).status).toBe(404);
    expect((await node.store.get(othersDelayed))!.state).toBe('delayed');

    // Staff pages and the API are closed to a sender account.
    const queue = await web.get('/queue');
    expect(queue.status).toBe(303);
    expect(queue.location).toBe('/my');
    expect((await web.get(`/messages/${others}`)).status).toBe(403);
    expect((await web.get('/history')).status).toBe(403);
    expect((await web.get('/audit')).status).toBe(403);
    expect((await web.get('/api/messages')).status).toBe(403);
    await web.get('/my');
    expect((await web.post(`/messages/${others}/approve`, { comment: 'x' })).status).toBe(403);
    expect((await node.store.get(others))!.state).toBe('awaiting_approval');

    // A POST without the session's CSRF token changes nothing.
    expect((await web.post(`/my/${toCancel}/cancel`, {}, { csrf: false })).status).toBe(403);
    expect((await node.store.get(toCancel))!.state).toBe('delayed');

    // Cancel a delayed mail: a confirmation page, then never delivered, audited as the account.
    clock.advance(60_000);
    const confirm = await web.get(`/my/${toCancel}/cancel`);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain('送信を取り消しますか');
    const cancelled = await web.post(`/my/${toCancel}/cancel`);
    expect(cancelled.status).toBe(303);
    expect(cancelled.location).toContain('done=cancelled');
    expect((await node.store.get(toCancel))!.state).toBe('cancelled');
    const cancelEvent = (await node.store.events({ messageId: toCancel, action: 'delay_cancelled' }))[0]!;
    expect(cancelEvent.actor).toBe(yamada);
    expect(cancelEvent.detail).toMatchObject({ remainingMs: delayMs - 60_000 });

    // Send one now: delivered before its due time.
    await web.get('/my');
    const sent = await web.post(`/my/${toSendNow}/send-now`);
    expect(sent.location).toContain('done=sent');
    await stateOf(node, toSendNow, 'delivered');
    expect((await node.store.events({ messageId: toSendNow, action: 'delay_sent_now' }))[0]!.actor).toBe(yamada);

    // Self-check from the page: a fresh single-use link to the existing self-check flow.
    const toSelfCheck = await web.get(`/my/${toCheck}/self-check`);
    expect(toSelfCheck.status).toBe(303);
    expect(toSelfCheck.location).toMatch(/^\/self-check\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const form = await web.get(toSelfCheck.location!);
    expect(form.body).toContain('名簿の送付');
    const checked = await web.post(`${toSelfCheck.location!}/confirm`, { check_recipients: '1', check_attachments: '1', check_body: '1' });
    expect(checked.status).toBe(200);
    await stateOf(node, toCheck, 'delivered');
    // The page records who opened the self-check; the self-check itself is the link's (the message's sender).
    expect((await node.store.events({ messageId: toCheck, action: 'self_check_opened' }))[0]!.actor).toBe(yamada);
    expect((await node.store.events({ messageId: toCheck, action: 'self_check_confirmed' }))[0]!.actor).toBe(`sender:${yamada}`);

    // The history link of a message: its events in order, no views by others listed.
    const history = await web.get(`/my/${toCancel}`);
    expect(history.status).toBe(200);
    expect(history.body).toContain('送信者が送信を取消');
    expect((await node.store.events({ messageId: toCancel, action: 'message_viewed' })).some((e) => e.actor === yamada && e.detail.via === 'my')).toBe(true);

    // After the due time: the cancelled mail never left; the others went once each.
    clock.advance(delayMs);
    node.gw.wakeRelease();
    await stateOf(node, othersDelayed, 'delivered');
    await settle();
    const subjects = originals(upstream, yamada).map((m) => m.raw.toString('latin1'));
    expect(originals(upstream, yamada)).toHaveLength(2);
    expect(subjects.some((s) => s.includes(Buffer.from('[DELAY] 見積書の送付').toString('base64')))).toBe(false);
    expect((await node.store.get(toCancel))!.state).toBe('cancelled');

    // The recent section lists decided mail with its state; English is available.
    const after = await web.get('/my');
    expect(after.body).toContain('送信者が取消');
    expect(after.body).toContain('送信済み');
    const english = await web.get('/my?lang=en');
    expect(english.body).toContain('My sent mail');
    expect(english.body).toContain('Recent results');
    expect(english.body).not.toContain('自分の送信メール');
  });

  it('links: the same answer for unknown and outside addresses, single use, 15 minutes, rate-limited, never for staff accounts', async () => {
    const { upstream, clock, node } = await setup();
    const web = new WebSession(node.web);

    // Unknown address inside the organisation: a link (the account is made on first use).
    const unknown = await requestLink(web, upstream, 'nobody.yet@example.co.jp');
    // Outside the organisation: the very same page, and no mail.
    await web.get('/sign-in/link');
    const outsideAnswer = await web.post('/sign-in/link', { address: 'someone@outside.example.com' });
    await web.get('/sign-in/link');
    const notAnAddress = await web.post('/sign-in/link', { address: 'not an address' });
    const strip = (body: string) => body.replace(/name="_csrf" value="[^"]+"/g, '');
    expect(outsideAnswer.status).toBe(200);
    expect(strip(outsideAnswer.body)).toBe(strip(unknown.page));
    expect(strip(notAnAddress.body)).toBe(strip(unknown.page));
    await settle();
    expect(await signInLinks(upstream, 'someone@outside.example.com')).toHaveLength(0);
    expect((await node.store.events({ action: 'sign_in_link_refused' })).map((e) => e.detail.reason)).toEqual(expect.arrayContaining(['outside_organisation', 'not_an_address']));
    // The address never shows in the link (sealed) nor unmasked in the audit.
    expect(unknown.link).not.toContain('nobody');
    expect(Buffer.from(unknown.link.split('/').pop()!.split('.')[0]!, 'base64url').toString('utf8')).not.toContain('nobody');
    expect(JSON.stringify(await node.store.events({ action: 'sign_in_link_sent' }))).not.toContain('nobody.yet@');

    // Single use: a second browser with the same link is refused.
    const first = await followLink(web, unknown.link);
    expect(first.location).toBe('/my');
    const replay = await followLink(new WebSession(node.web), unknown.link);
    expect(replay.status).toBe(410);
    expect(replay.body).toContain('このリンクは無効か、期限切れか、使用済みです');

    // Expired after 15 minutes.
    const late = await requestLink(new WebSession(node.web), upstream, yamada);
    const lateBrowser = new WebSession(node.web);
    await lateBrowser.get(late.link);
    clock.advance(15 * 60_000 + 1);
    const expired = await lateBrowser.post(late.link);
    expect(expired.status).toBe(410);
    expect((await lateBrowser.get('/my')).status).toBe(303);

    // Per address: three links an hour, then the same answer but no more mail.
    const flood = new WebSession(node.web);
    const target = 'kato@example.co.jp';
    await requestLink(flood, upstream, target, 1);
    await requestLink(flood, upstream, target, 2);
    await requestLink(flood, upstream, target, 3);
    await flood.get('/sign-in/link');
    const fourth = await flood.post('/sign-in/link', { address: target });
    expect(fourth.status).toBe(200);
    expect(strip(fourth.body)).toBe(strip(unknown.page));
    await settle(600);
    expect(await signInLinks(upstream, target)).toHaveLength(3);

    // A staff account is never opened by a mailed link.
    await node.store.upsertUser({ username: 'boss@example.co.jp', displayName: 'boss', email: 'boss@example.co.jp', roles: ['approver'], passwordHash: 'x', department: null, failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: clock.now() });
    const bossLink = await requestLink(new WebSession(node.web), upstream, 'boss@example.co.jp');
    const boss = await followLink(new WebSession(node.web), bossLink.link);
    expect(boss.status).toBe(403);
    expect(boss.location).toBeNull();
    expect((await node.store.getUser('boss@example.co.jp'))!.roles).toEqual(['approver']);

    // A sender account made for this address (CLI, admin page) is the one signed in; no second account.
    await node.store.upsertUser({ username: 'kobayashi', displayName: '小林', email: 'Kobayashi@example.co.jp', roles: ['sender'], passwordHash: '', department: null, failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: clock.now() });
    const kobayashi = new WebSession(node.web);
    const kLink = await requestLink(kobayashi, upstream, 'kobayashi@example.co.jp');
    expect((await followLink(kobayashi, kLink.link)).location).toBe('/my');
    expect((await kobayashi.get('/my')).body).toContain('小林');
    expect(await node.store.getUser('kobayashi@example.co.jp')).toBeUndefined();

    // Per client: ten requests in 15 minutes, then 429.
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) {
      await flood.get('/sign-in/link');
      status = (await flood.post('/sign-in/link', { address: `x${i}@outside.example.com` })).status;
    }
    expect(status).toBe(429);

  });

  it('a sender signed in by link sees only their own mail, and another sender only theirs', async () => {
    const { upstream, node } = await setup();
    const mine = await send(node, yamada, '[HOLD-APPROVAL] 山田の保留');
    const theirs = await send(node, suzuki, '[HOLD-APPROVAL] 鈴木の保留');
    await stateOf(node, mine, 'awaiting_approval');
    await stateOf(node, theirs, 'awaiting_approval');
    const a = await signedInSender(node, upstream, yamada);
    const b = await signedInSender(node, upstream, suzuki);
    const pageA = (await a.get('/my')).body;
    const pageB = (await b.get('/my')).body;
    expect(pageA).toContain(mine);
    expect(pageA).not.toContain(theirs);
    expect(pageB).toContain(theirs);
    expect(pageB).not.toContain(mine);
    expect((await a.get(`/my/${theirs}`)).status).toBe(404);
    expect((await b.get(`/my/${mine}`)).status).toBe(404);
    // A held message waiting for approval has no cancel for the sender (the approver decides).
    expect(pageA).not.toContain(`/my/${mine}/cancel`);
  });
});
