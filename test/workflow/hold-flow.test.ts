import { afterEach, describe, expect, it } from 'vitest';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, stripOurReceived, waitUntil } from '../helpers/gateway.js';
import { allNotices, approver, openAndConfirm, baseUrl, ManualClock, originals, riskyBody, secrets, senderActor, startNode, tokenFrom, waitForNotice, type Node } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(workflow: Record<string, unknown> = {}): Promise<{ node: Node; upstream: TestUpstream; clock: ManualClock }> {
  const upstream = new TestUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const clock = new ManualClock();
  const node = await startNode({ upstream, clock, workflow });
  cleanups.push(() => node.gw.cleanup());
  return { node, upstream, clock };
}

async function send(node: Node, opts: { subject: string; from?: string; envelopeFrom?: string; to?: string[] }): Promise<{ id: string; raw: Buffer; answer: string }> {
  const from = opts.from ?? 'yamada.taro@example.co.jp';
  const to = opts.to ?? ['sato.hanako@partner.example.jp', 'hidden@examp1e.co.jp'];
  const raw = sampleMail({ from, to: to.slice(0, 1), subject: opts.subject, body: riskyBody });
  const { client } = await greet(node.gw.smtpPort);
  const answer = await client.send(opts.envelopeFrom ?? from, to, raw);
  client.destroy();
  const id = /queued as (\S+)/.exec(answer)?.[1];
  if (!id) throw new Error(`not accepted: ${answer}`);
  return { id, raw, answer };
}

async function stateOf(node: Node, id: string): Promise<string | undefined> {
  return (await node.store.get(id))?.state;
}

describe('hold workflow over real SMTP', () => {
  it('self-check then approval releases the original bytes and envelope exactly once', async () => {
    const { node, upstream } = await setup();
    const { id, raw, answer } = await send(node, { subject: '[HOLD-BOTH] 顧客リスト送付' });
    expect(answer).toMatch(/^250 /);

    // The sender's notice: findings (masked), rule and reason, recipients marked, attachment, link, checklist.
    const held = await waitForNotice(upstream, id, 'held_self_check', 'yamada.taro@example.co.jp');
    expect(await stateOf(node, id)).toBe('awaiting_self_check');
    expect(held.mail.mailFrom).toBe('');
    expect(held.text.indexOf('保留')).toBeLessThan(held.text.indexOf('English below'));
    expect(held.text).toContain('090-****-5678');
    expect(held.text).toContain('********9012'); // the leaked full number was re-masked
    expect(held.text).toContain('個人番号: 2件');
    expect(held.text).toContain('推定人数: 2名');
    expect(held.text).toContain('本文に電話番号・個人番号（2名分）が含まれ、社外宛てです');
    expect(held.text).toMatch(/sato\.hanako@partner\.example\.jp 【社外・初めての宛先】/);
    expect(held.text).toMatch(/hidden@examp1e\.co\.jp 【[^】]*類似ドメイン注意: example\.co\.jp[^】]*BCC/);
    expect(held.text).toContain('名簿.xlsx');
    expect(held.text).toMatch(/宛先:.*\n[\s\S]*添付:[\s\S]*本文:/);
    expect(held.text).toContain('[HOLD-BOTH] 顧客リスト送付');
    expect(held.html).toContain(`<a href="${baseUrl}/self-check/`);
    const token = tokenFrom(held);

    // Opening has no side effects; confirming moves it on to approval.
    expect((await node.workflow.openSelfCheck(token, senderActor())).ok).toBe(true);
    const confirmed = await node.workflow.confirmSelfCheck(token, senderActor());
    expect(confirmed.ok && confirmed.record.state).toBe('awaiting_approval');

    const request = await waitForNotice(upstream, id, 'approval_request', 'suzuki.ichiro@example.co.jp');
    expect(request.text).toContain(`${baseUrl}/messages/${id}`);
    expect(request.text).toContain('送信者の確認: 済');
    expect(originals(upstream, 'yamada.taro@example.co.jp')).toHaveLength(0);

    // Two concurrent clicks: exactly one wins.
    // My Number is in it: a considered approval. Not without opening it and confirming what leaves.
    expect(await node.workflow.approve(id, approver)).toMatchObject({ ok: false, error: 'view_required' });
    const statement = await openAndConfirm(node, id, approver);
    expect(await node.workflow.approve(id, approver)).toMatchObject({ ok: false, error: 'confirmation_required' });
    const [a, b] = await Promise.all([node.workflow.approve(id, approver, '確認済み', statement), node.workflow.approve(id, approver, undefined, statement)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ error: 'wrong_state' });

    await waitUntil(async () => (await stateOf(node, id)) === 'delivered', 10_000, 'delivered');
    await waitForNotice(upstream, id, 'approved', 'yamada.taro@example.co.jp');
    await new Promise((r) => setTimeout(r, 500));
    const sent = originals(upstream, 'yamada.taro@example.co.jp');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.rcptTo).toEqual(['sato.hanako@partner.example.jp', 'hidden@examp1e.co.jp']);
    expect(stripOurReceived(sent[0]!.raw).equals(raw)).toBe(true);

    const events = await node.store.events({ messageId: id });
    const actions = events.map((e) => e.action);
    for (const a of ['received', 'held', 'hold_routed', 'notice_queued', 'self_check_confirmed', 'approved', 'delivered']) expect(actions).toContain(a);
    expect(actions.filter((x) => x === 'approved')).toHaveLength(1);
    const approvedEvent = events.find((e) => e.action === 'approved')!;
    expect(approvedEvent.actor).toBe('suzuki.ichiro');
    expect(approvedEvent.detail).toMatchObject({ ip: '192.0.2.10', userAgent: 'vitest-approver', comment: '確認済み' });
    expect(events.find((e) => e.action === 'self_check_confirmed')).toMatchObject({ actor: 'sender:yamada.taro@example.co.jp', detail: { ip: '192.0.2.20' } });

    // Never an unmasked value in any notice.
    for (const n of await allNotices(upstream)) {
      const all = `${n.subject}\n${n.text}\n${n.html}\n${n.mail.raw.toString('utf8')}`;
      for (const s of secrets) expect(all).not.toContain(s);
    }
  });

  it('self-check only: confirming releases the message', async () => {
    const { node, upstream } = await setup();
    const { id, raw } = await send(node, { subject: '[HOLD-SELF] 見積書' });
    const token = tokenFrom(await waitForNotice(upstream, id, 'held_self_check'));
    const r = await node.workflow.confirmSelfCheck(token, senderActor());
    expect(r.ok && r.record.state).toBe('queued');
    const [mail] = await upstream.waitFor(2).then(() => originals(upstream, 'yamada.taro@example.co.jp'));
    expect(stripOurReceived(mail!.raw).equals(raw)).toBe(true);
    await waitUntil(async () => (await stateOf(node, id)) === 'delivered', 5_000, 'delivered');
  });

  it('approval only: the sender is told and the approver is asked at once', async () => {
    const { node, upstream } = await setup();
    const { id } = await send(node, { subject: '[HOLD-APPROVAL] 請求書' });
    await waitForNotice(upstream, id, 'held_approval', 'yamada.taro@example.co.jp');
    await waitForNotice(upstream, id, 'approval_request', 'suzuki.ichiro@example.co.jp');
    expect(await stateOf(node, id)).toBe('awaiting_approval');
    // The delegate may approve too.
    const delegate = { id: 'takahashi.jiro', roles: ['approver' as const], email: 'takahashi.jiro@example.co.jp' };
    const r = await node.workflow.approve(id, delegate, undefined, await openAndConfirm(node, id, delegate));
    expect(r.ok).toBe(true);
    await waitUntil(() => originals(upstream, 'yamada.taro@example.co.jp').length === 1, 5_000, 'original sent');
  });

  it('the sender cancels: never sent, and told', async () => {
    const { node, upstream } = await setup();
    const { id } = await send(node, { subject: '[HOLD-BOTH] 誤送信' });
    const token = tokenFrom(await waitForNotice(upstream, id, 'held_self_check'));
    const r = await node.workflow.cancelSelfCheck(token, senderActor());
    expect(r.ok && r.record.state).toBe('cancelled');
    const notice = await waitForNotice(upstream, id, 'cancelled', 'yamada.taro@example.co.jp');
    expect(notice.text).toContain('取り消しました');
    expect(notice.text).toContain('cancelled');
    // The link is spent; approval is impossible.
    expect(await node.workflow.confirmSelfCheck(token, senderActor())).toMatchObject({ ok: false, error: 'token_used' });
    expect(await node.workflow.approve(id, approver)).toMatchObject({ ok: false, error: 'wrong_state' });
    expect(originals(upstream, 'yamada.taro@example.co.jp')).toHaveLength(0);
  });

  it('the supervisor denies: never sent, the sender is told why', async () => {
    const { node, upstream } = await setup();
    const { id } = await send(node, { subject: '[HOLD-APPROVAL] 名簿' });
    await waitForNotice(upstream, id, 'approval_request');
    const r = await node.workflow.reject(id, approver, '宛先が誤っています');
    expect(r.ok && r.record.state).toBe('denied');
    const notice = await waitForNotice(upstream, id, 'denied', 'yamada.taro@example.co.jp');
    expect(notice.text).toContain('宛先が誤っています');
    expect(notice.text).toContain('suzuki.ichiro');
    expect(await node.workflow.approve(id, approver)).toMatchObject({ ok: false, error: 'wrong_state' });
    await new Promise((res) => setTimeout(res, 300));
    expect(originals(upstream, 'yamada.taro@example.co.jp')).toHaveLength(0);
  });

  it('refuses self-approval (envelope or From:) and approvers not routed to the message', async () => {
    const { node, upstream } = await setup();
    const { id } = await send(node, { subject: '[HOLD-APPROVAL] 自分で承認', from: 'yamada.taro@example.co.jp', envelopeFrom: 'noreply-system@example.co.jp' });
    await waitForNotice(upstream, id, 'approval_request');
    const self = { id: 'yamada.taro', roles: ['approver', 'admin'] as const, email: 'yamada.taro@example.co.jp' };
    expect(await node.workflow.approve(id, { ...self, roles: [...self.roles] })).toMatchObject({ ok: false, error: 'self_approval' });
    expect(await node.workflow.approve(id, { id: 'noreply-system@example.co.jp', roles: ['admin'] })).toMatchObject({ ok: false, error: 'self_approval' });
    const stranger = { id: 'someone.else', roles: ['approver' as const], email: 'someone.else@example.co.jp' };
    expect(await node.workflow.approve(id, stranger)).toMatchObject({ ok: false, error: 'forbidden' });
    const record = (await node.store.get(id))!;
    expect(node.workflow.canView(stranger, record)).toBe(false);
    expect(node.workflow.canView({ ...stranger, department: 'sales' }, record)).toBe(true);
    expect(node.workflow.canView({ id: 'audit', roles: ['auditor'] }, record)).toBe(true);
    expect(node.workflow.canView(senderActor('noreply-system@example.co.jp'), record)).toBe(true);
    expect(await node.workflow.approve(id, { id: 'audit', roles: ['auditor'] })).toMatchObject({ ok: false, error: 'forbidden' });
    const actions = (await node.store.events({ messageId: id })).map((e) => e.action);
    expect(actions.filter((a) => a === 'approve_refused')).toHaveLength(4);
    expect(await stateOf(node, id)).toBe('awaiting_approval');
  });

  it('refuses forged, foreign, replayed and expired links', async () => {
    const { node, upstream, clock } = await setup();
    const { id } = await send(node, { subject: '[HOLD-BOTH] リンク' });
    const token = tokenFrom(await waitForNotice(upstream, id, 'held_self_check'));
    const [payload, sig] = token.split('.') as [string, string];
    const forgedSig = `${payload}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const otherMessage = `${Buffer.from(JSON.stringify({ ...claims, m: 'OTHER' })).toString('base64url')}.${sig}`;
    for (const bad of [forgedSig, otherMessage, 'garbage', '', `${payload}.`]) {
      expect(await node.workflow.confirmSelfCheck(bad, senderActor())).toMatchObject({ ok: false, error: 'token_invalid' });
      expect(await node.workflow.openSelfCheck(bad, senderActor())).toMatchObject({ ok: false, error: 'token_invalid' });
    }
    // Expired: the link's life ends with the hold's deadline.
    const deadline = (claims.e as number);
    clock.t = deadline + 1;
    expect(await node.workflow.confirmSelfCheck(token, senderActor())).toMatchObject({ ok: false, error: 'token_expired' });
    clock.t = deadline - 60_000;
    expect((await node.workflow.confirmSelfCheck(token, senderActor())).ok).toBe(true);
    expect(await node.workflow.confirmSelfCheck(token, senderActor())).toMatchObject({ ok: false, error: 'token_used' });
    expect(await node.workflow.cancelSelfCheck(token, senderActor())).toMatchObject({ ok: false, error: 'token_used' });
    expect(await stateOf(node, id)).toBe('awaiting_approval');
  });

  it('a policy rejection sends the rule notice to the sender', async () => {
    const { node, upstream } = await setup();
    const { id } = await send(node, { subject: '[REJECT] 個人番号' });
    const notice = await waitForNotice(upstream, id, 'rejected', 'yamada.taro@example.co.jp');
    expect(notice.text).toContain('個人番号は社外に送信できません');
    expect(await stateOf(node, id)).toBe('rejected');
  });

  it('a sender without an approver goes to the fallback group and the admin is told', async () => {
    const { node, upstream } = await setup();
    const { id } = await send(node, { subject: '[HOLD-APPROVAL] 未設定', from: 'nobody@other-dept.example.co.jp' });
    await waitForNotice(upstream, id, 'admin_no_approver', 'dlp-admin@example.co.jp');
    const request = await waitForNotice(upstream, id, 'approval_request', 'kobayashi.yuki@example.co.jp');
    expect(request.text).toContain('代替の承認者グループ');
    const actions = (await node.store.events({ messageId: id })).map((e) => e.action);
    expect(actions).toContain('approver_fallback');
    const fallback = { id: 'kobayashi.yuki', roles: ['approver' as const] };
    expect((await node.workflow.approve(id, fallback, undefined, await openAndConfirm(node, id, fallback))).ok).toBe(true);
  });
});
