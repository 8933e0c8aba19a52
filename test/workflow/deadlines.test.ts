import { afterEach, describe, expect, it } from 'vitest';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, waitUntil } from '../helpers/gateway.js';
import { approver, ManualClock, originals, riskyBody, startNode, tokenFrom, waitForNotice, type Node } from './harness.js';
import type { HoldInfo } from '../../src/workflow/types.js';

const hour = 60 * 60_000;
const day = 24 * hour;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(clock: ManualClock, workflow: Record<string, unknown> = {}, background = false): Promise<{ node: Node; upstream: TestUpstream }> {
  const upstream = new TestUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const node = await startNode({ upstream, clock, workflow, background });
  cleanups.push(() => node.gw.cleanup());
  return { node, upstream };
}

async function send(node: Node, subject: string): Promise<string> {
  const { client } = await greet(node.gw.smtpPort);
  const answer = await client.send('yamada.taro@example.co.jp', ['sato@partner.example.jp'], sampleMail({ subject, body: riskyBody, to: ['sato@partner.example.jp'] }));
  client.destroy();
  return /queued as (\S+)/.exec(answer)![1]!;
}

async function holdOf(node: Node, id: string): Promise<HoldInfo> {
  return (await node.store.get(id))!.hold as HoldInfo;
}

describe('deadlines', () => {
  // Friday 2026-11-20 10:00 JST: three business days skip the weekend and 勤労感謝の日 (Mon 23rd).
  const friday = Date.parse('2026-11-20T10:00:00+09:00');

  it('reminds, escalates to the delegate, then expires: expired mail is never sent', async () => {
    const clock = new ManualClock(friday);
    const { node, upstream } = await setup(clock, { reminderBeforeMs: 4 * hour, escalateAfterMs: 1 * day });
    const id = await send(node, '[HOLD-APPROVAL] 期限');
    await waitForNotice(upstream, id, 'approval_request', 'suzuki.ichiro@example.co.jp');
    const hold = await holdOf(node, id);
    expect(hold.deadline).toBe(Date.parse('2026-11-26T10:00:00+09:00'));
    expect(hold.approvers).toEqual(['suzuki.ichiro']);
    expect(hold.delegates).toEqual(['takahashi.jiro']);

    // Nothing due yet.
    await node.workflow.tick(clock.now());
    expect((await holdOf(node, id)).escalatedAt).toBeUndefined();

    // A day later: escalation to the delegate.
    clock.advance(day + hour);
    await node.workflow.tick(clock.now());
    const escalation = await waitForNotice(upstream, id, 'escalation', 'takahashi.jiro@example.co.jp');
    expect(escalation.subject).toContain('代理承認');
    await node.workflow.tick(clock.now());
    expect(upstream.received.filter((m) => m.rcptTo.includes('takahashi.jiro@example.co.jp'))).toHaveLength(1);

    // Shortly before the deadline: a reminder to the approver, once.
    clock.t = hold.deadline - 2 * hour;
    await node.workflow.tick(clock.now());
    await node.workflow.tick(clock.now());
    await waitForNotice(upstream, id, 'approval_reminder', 'suzuki.ichiro@example.co.jp');
    expect((await node.store.events({ messageId: id })).filter((e) => e.action === 'reminder_sent')).toHaveLength(1);

    // Deadline: expired, the sender told, approval impossible, nothing sent.
    clock.t = hold.deadline;
    await node.workflow.tick(clock.now());
    expect((await node.store.get(id))!.state).toBe('expired');
    const expired = await waitForNotice(upstream, id, 'expired', 'yamada.taro@example.co.jp');
    expect(expired.text).toContain('送信されませんでした');
    expect(await node.workflow.approve(id, approver)).toMatchObject({ ok: false, error: 'wrong_state' });
    await new Promise((r) => setTimeout(r, 300));
    expect(originals(upstream, 'yamada.taro@example.co.jp')).toHaveLength(0);
  });

  it('a self-check that is never done expires too; the sender is reminded with a fresh link', async () => {
    const clock = new ManualClock(friday);
    const { node, upstream } = await setup(clock, { reminderBeforeMs: 4 * hour });
    const id = await send(node, '[HOLD-BOTH] 期限');
    const first = tokenFrom(await waitForNotice(upstream, id, 'held_self_check'));
    const { deadline } = await holdOf(node, id);
    clock.t = deadline - hour;
    await node.workflow.tick(clock.now());
    const reminder = tokenFrom(await waitForNotice(upstream, id, 'self_check_reminder', 'yamada.taro@example.co.jp'));
    expect(reminder).not.toBe(first);
    clock.t = deadline + 1;
    expect(await node.workflow.confirmSelfCheck(reminder, { id: 'sender:yamada.taro@example.co.jp', roles: [] })).toMatchObject({ ok: false, error: 'token_expired' });
    await node.workflow.tick(clock.now());
    expect((await node.store.get(id))!.state).toBe('expired');
  });

  it('purges the content of finished messages after the retention period', async () => {
    const clock = new ManualClock(friday);
    const { node, upstream } = await setup(clock, { retentionMs: 10 * day });
    const id = await send(node, '[HOLD-APPROVAL] 保存期間');
    await waitForNotice(upstream, id, 'approval_request');
    expect((await node.workflow.reject(id, approver, undefined, { reason: 'wrong_attachment' })).ok).toBe(true);
    clock.advance(5 * day);
    await node.workflow.tick(clock.now());
    expect(await node.store.getRaw(id)).toBeDefined();
    clock.advance(6 * day);
    await node.workflow.tick(clock.now());
    expect(await node.store.getRaw(id)).toBeUndefined();
    const record = (await node.store.get(id))!;
    expect(record.purged).toBe(true);
    expect(record.state).toBe('denied');
  });

  it('as the background seam of the gateway, the scheduler ticks periodically and stops with the gateway', async () => {
    const clock = new ManualClock(friday);
    const { node, upstream } = await setup(clock, { tickIntervalMs: 50 }, true);
    const id = await send(node, '[HOLD-APPROVAL] 自動');
    await waitForNotice(upstream, id, 'approval_request');
    clock.t = (await holdOf(node, id)).deadline + 1;
    await waitUntil(async () => (await node.store.get(id))!.state === 'expired', 5_000, 'expired by the scheduler');
  });
});
