import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, stripOurReceived, tempDir, waitUntil } from '../helpers/gateway.js';
import { approver, openAndConfirm, ManualClock, originals, senderActor, tokenFrom, waitForNotice } from '../workflow/harness.js';
import { issueApiToken } from '../../src/web/auth/api-tokens.js';
import { delayLinkPath, delayMs, pressButton, startDelayNode, type DelayNode } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const sender = 'yamada.taro@example.co.jp';
const outside = ['sato@partner.example.jp', 'kimura@client.example.com'];

async function setup(dataDir?: string) {
  const upstream = new TestUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const clock = new ManualClock();
  const node = await startDelayNode({ upstream, clock, ...(dataDir ? { dataDir } : {}) });
  cleanups.push(() => node.gw.cleanup());
  return { upstream, clock, node };
}

async function send(node: DelayNode, subject: string, to = outside): Promise<{ id: string; raw: Buffer }> {
  const raw = sampleMail({ subject, to });
  const { client } = await greet(node.gw.smtpPort);
  const answer = await client.send(sender, to, raw);
  client.destroy();
  const id = /queued as (\S+)/.exec(answer)![1]!;
  return { id, raw };
}

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('send delay (一時保留) over real SMTP', () => {
  it('waits in `delayed`, tells the sender, and is delivered unchanged at the due time', async () => {
    const { upstream, clock, node } = await setup();
    const receivedAt = clock.now();
    const { id, raw } = await send(node, '[DELAY] 見積書の送付');
    await waitUntil(async () => (await node.store.get(id))?.state === 'delayed', 5_000, 'delayed');
    const record = (await node.store.get(id))!;
    expect(record.nextAttemptAt).toBe(receivedAt + delayMs);

    const notice = await waitForNotice(upstream, id, 'delayed', sender);
    // Japanese first, then English; recipients (outside marked), organisations, attachments, both links.
    expect(notice.text.indexOf('今すぐ送信')).toBeLessThan(notice.text.indexOf('Send now'));
    expect(notice.text).toContain('sato@partner.example.jp 【社外');
    expect(notice.text).toContain('partner.example.jp');
    expect(notice.text).toContain('名簿.xlsx');
    expect(notice.text).toContain('送信を取り消す');
    delayLinkPath(notice.text, 'send-now');
    delayLinkPath(notice.text, 'cancel');

    clock.advance(delayMs - 1_000);
    node.gw.wakeRelease();
    await settle();
    expect(originals(upstream, sender)).toHaveLength(0);
    expect((await node.store.get(id))!.state).toBe('delayed');

    clock.advance(1_000);
    await waitUntil(async () => (await node.store.get(id))?.state === 'delivered', 5_000, 'delivered at the due time');
    const sent = originals(upstream, sender);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.rcptTo).toEqual(outside);
    expect(stripOurReceived(sent[0]!.raw).equals(raw)).toBe(true);
    const actions = (await node.store.events({ messageId: id })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['delayed', 'delay_released', 'delivered']));
  });

  it('cancel inside the delay: a confirmation page first, then never delivered, audited, counted in the statistics', async () => {
    const { upstream, clock, node } = await setup();
    const { id } = await send(node, '[DELAY] 誤送信');
    const notice = await waitForNotice(upstream, id, 'delayed', sender);
    clock.advance(60_000);

    const cancel = await pressButton(node.web, delayLinkPath(notice.text, 'cancel'));
    expect(cancel.status).toBe(200);
    // The GET is only the confirmation step: nothing changed yet.
    expect(cancel.page).toContain('送信を取り消しますか');
    expect(cancel.page).toContain('sato@partner.example.jp');
    expect(cancel.page).toContain('名簿.xlsx');
    expect(cancel.resultStatus).toBe(200);
    expect(cancel.result).toContain('送信を取り消しました');
    expect((await node.store.get(id))!.state).toBe('cancelled');

    clock.advance(delayMs);
    node.gw.wakeRelease();
    await settle(600);
    expect(originals(upstream, sender)).toHaveLength(0);
    expect((await node.store.get(id))!.state).toBe('cancelled');

    const cancelled = (await node.store.events({ messageId: id, action: 'delay_cancelled' }))[0]!;
    expect(cancelled.actor).toBe(`sender:${sender}`);
    expect(cancelled.detail).toMatchObject({ remainingMs: delayMs - 60_000 });

    // The link is single use; the send-now link cannot bring the message back.
    const again = await pressButton(node.web, delayLinkPath(notice.text, 'cancel'));
    expect(again.page).toContain('既に取り消されています');
    const sendNow = await pressButton(node.web, delayLinkPath(notice.text, 'send-now'));
    expect(sendNow.page).toContain('既に取り消されています');
    await settle();
    expect(originals(upstream, sender)).toHaveLength(0);

    // Statistics: one delayed, one cancelled within the delay (a mis-send caught).
    await node.store.upsertUser({ username: 'admin', displayName: 'admin', email: 'admin@example.co.jp', roles: ['admin'], passwordHash: 'x', department: null, failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: clock.now() });
    const { token } = await issueApiToken(node.store, clock, 'admin', 'delay test');
    const stats = (await (await fetch(`${node.web}/api/stats?days=7`, { headers: { authorization: `Bearer ${token}` } })).json()) as { delays: Record<string, unknown> };
    expect(stats.delays).toMatchObject({ delayed: 1, cancelled: 1, sentNow: 0, released: 0, cancelRate: 1 });
  });

  it('send now: the link sends the message before its due time, once', async () => {
    const { upstream, node } = await setup();
    const { id } = await send(node, '[DELAY] 至急');
    const notice = await waitForNotice(upstream, id, 'delayed', sender);
    // English is available on the same link.
    const english = await (await fetch(`${node.web}${delayLinkPath(notice.text, 'cancel')}?lang=en`)).text();
    expect(english).toContain('Cancel sending');
    expect(english).toContain('sato@partner.example.jp');
    const pressed = await pressButton(node.web, delayLinkPath(notice.text, 'send-now'));
    expect(pressed.page).toContain('今すぐ送信');
    expect(pressed.result).toContain('メールを送信しました');
    await waitUntil(async () => (await node.store.get(id))?.state === 'delivered', 5_000, 'delivered');
    expect(originals(upstream, sender)).toHaveLength(1);
    expect((await node.store.events({ messageId: id, action: 'delay_sent_now' }))).toHaveLength(1);
    // Too late to cancel now.
    const cancel = await pressButton(node.web, delayLinkPath(notice.text, 'cancel'));
    expect(cancel.page).toContain('既に送信されました');
    expect((await node.store.get(id))!.state).toBe('delivered');
  });

  it('a tampered link is refused and nothing moves', async () => {
    const { upstream, node } = await setup();
    const { id } = await send(node, '[DELAY] 改ざん');
    const notice = await waitForNotice(upstream, id, 'delayed', sender);
    const path = delayLinkPath(notice.text, 'cancel').replace(/\.([A-Za-z0-9_-])/, '.X$1');
    const res = await fetch(`${node.web}${path}`);
    expect(res.status).toBe(404);
    expect((await node.store.get(id))!.state).toBe('delayed');
  });

  it('internal-only mail is not delayed by the inspector of this test and passes at once', async () => {
    const { upstream, node } = await setup();
    const { id } = await send(node, '社内連絡', ['hanako@example.co.jp']);
    await waitUntil(async () => (await node.store.get(id))?.state === 'delivered', 5_000, 'delivered');
    expect(upstream.received.some((m) => m.rcptTo.includes('hanako@example.co.jp'))).toBe(true);
  });

  it('restart during the delay: still delayed after the restart, then delivered once at the due time', async () => {
    const dataDir = tempDir('dlp-delay-restart-');
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    const clock = new ManualClock();
    let node = await startDelayNode({ upstream, clock, dataDir });
    const { id, raw } = await send(node, '[DELAY] 再起動');
    await waitForNotice(upstream, id, 'delayed', sender);
    await node.gw.stop();

    clock.advance(2 * 60_000);
    node = await startDelayNode({ upstream, clock, dataDir });
    cleanups.push(() => node.gw.stop());
    await settle();
    expect((await node.store.get(id))!.state).toBe('delayed');
    expect(originals(upstream, sender)).toHaveLength(0);

    clock.advance(3 * 60_000);
    await waitUntil(async () => (await node.store.get(id))?.state === 'delivered', 5_000, 'delivered after restart');
    await settle();
    const sent = originals(upstream, sender);
    expect(sent).toHaveLength(1);
    expect(stripOurReceived(sent[0]!.raw).equals(raw)).toBe(true);
    expect(await node.store.events({ messageId: id, action: 'delay_released' })).toHaveLength(1);
  });

  it('held mail is not delayed again after approval, unless the policy says afterHold', async () => {
    const { upstream, clock, node } = await setup();
    const plain = await send(node, '[HOLD-APPROVAL] 承認後すぐ');
    const after = await send(node, '[HOLD-APPROVAL][DELAY-AFTER] 承認後に保留');
    await waitUntil(async () => (await node.store.get(plain.id))?.state === 'awaiting_approval' && (await node.store.get(after.id))?.state === 'awaiting_approval', 5_000, 'held');
    // The test inspector's holds carry My Number: a considered approval (opened, then confirmed).
    expect((await node.workflow.approve(plain.id, approver, undefined, await openAndConfirm(node, plain.id, approver))).ok).toBe(true);
    await waitUntil(async () => (await node.store.get(plain.id))?.state === 'delivered', 5_000, 'delivered right after approval');

    clock.advance(60_000);
    const approvedAt = clock.now();
    const result = await node.workflow.approve(after.id, approver, undefined, await openAndConfirm(node, after.id, approver));
    expect(result.ok && result.record.state).toBe('delayed');
    expect((await node.store.get(after.id))!.nextAttemptAt).toBe(approvedAt + delayMs);
    await waitForNotice(upstream, after.id, 'delayed', sender);
    await settle();
    expect(originals(upstream, sender)).toHaveLength(1);
    clock.advance(delayMs);
    await waitUntil(async () => (await node.store.get(after.id))?.state === 'delivered', 5_000, 'delivered after the delay');
  });

  it('a self-check-only hold with afterHold is delayed from the confirmation, then delivered', async () => {
    const { upstream, clock, node } = await setup();
    const { id } = await send(node, '[HOLD-SELF][DELAY-AFTER] 確認後に保留');
    const token = tokenFrom(await waitForNotice(upstream, id, 'held_self_check', sender));
    clock.advance(30_000);
    const confirmedAt = clock.now();
    const result = await node.workflow.confirmSelfCheck(token, senderActor(sender));
    expect(result.ok && result.record.state).toBe('delayed');
    expect((await node.store.get(id))!.nextAttemptAt).toBe(confirmedAt + delayMs);
    await waitForNotice(upstream, id, 'delayed', sender);
    await settle();
    expect(originals(upstream, sender)).toHaveLength(0);
    clock.advance(delayMs);
    await waitUntil(async () => (await node.store.get(id))?.state === 'delivered', 5_000, 'delivered after the delay');
    expect(originals(upstream, sender)).toHaveLength(1);
  });
});
