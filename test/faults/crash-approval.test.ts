/**
 * Crash safety of the hold workflow: the production process (`dlp-gateway serve` with inspection,
 * workflow and web UI), a policy that holds outside mail for approval, approval through the REST
 * API, SIGKILL at the points between "held" and "delivered", restart on the same data directory.
 * Promise: never released without approval; after an approval the message is delivered exactly
 * once, byte-identical with its envelope (a second copy only when the kill hit while the next hop
 * was taking the message, counted as a duplicate).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/upstream.js';
import { waitUntil } from '../helpers/gateway.js';
import type { MessageState } from '../../src/store/types.js';
import type { GatewayUnderTest } from './support/gateway-process.js';
import { ScriptedUpstream, type UpstreamMail } from './support/scripted-upstream.js';
import { tally, type SentMail } from './support/ledger.js';
import { sendTracked } from './support/traffic.js';
import { runs, scenario, soakIt } from './support/results.js';
import { ApiClient, addUser, holdingGateway } from './support/held-mail.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function upstreamOn(port = 0): Promise<ScriptedUpstream> {
  const upstream = new ScriptedUpstream();
  await upstream.start(port);
  cleanups.push(() => upstream.stop());
  return upstream;
}

/** A started gateway with the holding policy; the approver `boss` (sales) and its API client come later (`approver`). */
async function approvalGateway(upstreamUrl: string): Promise<{ gw: GatewayUnderTest; approver: Promise<ApiClient> }> {
  const gw = holdingGateway({ upstreamUrl });
  cleanups.push(() => gw.cleanup());
  await gw.start();
  // Made while the first mail is inspected (the CLI is slow to start).
  const approver = addUser(gw, 'boss', 'approver', 'boss@example.co.jp', 'sales').then((token) => new ApiClient(() => gw.webUrl, token));
  return { gw, approver };
}

async function waitState(gw: GatewayUnderTest, ids: string[], wanted: (s: MessageState | undefined) => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  await waitUntil(() => {
    const states = gw.states();
    return ids.every((id) => wanted(states.get(id)));
  }, timeoutMs, what);
}

function expectSafe(t: ReturnType<typeof tally>, gw: GatewayUnderTest): void {
  const context = `${JSON.stringify(t)}\n${gw.output().slice(-4000)}`;
  expect(t.lost, context).toBe(0);
  expect(t.altered, context).toBe(0);
  expect(t.releasedWhileHeld, context).toBe(0);
}

/** Copies of one tracked message upstream (by recipient, ignoring notices). */
function copiesOf(mail: SentMail, ...upstreams: ScriptedUpstream[]): UpstreamMail[] {
  return upstreams.flatMap((u) => u.received).filter((m) => m.mailFrom === mail.mailFrom && m.rcptTo.includes(mail.rcptTo[0]!));
}

describe('crash safety of held mail (SIGKILL between hold, approval and release)', () => {
  it('killed while held: still held after the restart, nothing upstream; killed right after the approval answer with the next hop down: delivered once after the restart', async () => {
    await scenario('crash: held, then right after approval (next hop down)', async () => {
      const upstreamPort = await freePort();
      const { gw, approver } = await approvalGateway(`smtp://127.0.0.1:${upstreamPort}`);
      // Two outside messages (held for approval) and one internal (passes).
      const sent = await sendTracked(gw.smtpPort, 3, { to: (i) => (i < 2 ? [`ext${i}@partner.example.jp`] : ['suzuki@example.co.jp']) });
      expect(sent).toHaveLength(3);
      const [approved, stillHeld, internal] = sent as [SentMail, SentMail, SentMail];
      await waitState(gw, [approved.queueId, stillHeld.queueId], (s) => s === 'awaiting_approval', 'both outside messages held');
      const api = await approver;

      // Killed while held; restarted with the next hop up: nothing of the held mail goes out.
      await gw.kill();
      const first = await upstreamOn(upstreamPort);
      await gw.start();
      await waitState(gw, [internal.queueId], (s) => s === 'delivered', 'the internal message delivered');
      await new Promise((r) => setTimeout(r, 500));
      const whileHeld = tally(sent, first.received, gw.states());
      expectSafe(whileHeld, gw);
      expect(whileHeld.held).toBe(2);
      expect(copiesOf(approved, first)).toHaveLength(0);

      // The next hop goes down; the approver approves; the gateway dies right after answering.
      await first.stop();
      const answer = await api.call('POST', `/api/messages/${approved.queueId}/approve`, { comment: '確認済み' });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect((answer.body.message as { state: string }).state).toBe('queued');
      await gw.kill();
      const afterKill = gw.states();
      expect(afterKill.get(approved.queueId)).toBe('queued'); // the approval was committed before the answer
      expect(afterKill.get(stillHeld.queueId)).toBe('awaiting_approval');

      const second = await upstreamOn(upstreamPort);
      await gw.start();
      await waitState(gw, [approved.queueId], (s) => s === 'delivered', 'the approved message delivered after the restart');
      await new Promise((r) => setTimeout(r, 500));
      const t = tally(sent, [...first.received, ...second.received], gw.states());
      expectSafe(t, gw);
      expect(t.delivered).toBe(2);
      expect(t.held).toBe(1);
      expect(t.duplicates).toBe(0);
      expect(copiesOf(approved, first, second)).toHaveLength(1);
      expect(copiesOf(stillHeld, first, second)).toHaveLength(0);
      // One approval in the message's history, by the approver.
      const detail = await api.call('GET', `/api/messages/${approved.queueId}`);
      const approvals = (detail.body.timeline as Array<{ action: string; actor: string }>).filter((e) => e.action === 'approved');
      expect(approvals.map((e) => e.actor)).toEqual(['boss']);
      return { ...t, note: 'killed while held (nothing released), then right after the approval answer' };
    });
  }, 180_000);

  soakIt('killed while the approved message is being handed to a slow next hop: delivered after the restart (a second copy only counted as a duplicate)', async () => {
    await scenario('crash: approved, release in flight (slow next hop)', async () => {
      const upstream = await upstreamOn();
      let slow = true;
      const slowRecipients = new Set<string>();
      upstream.plan = ({ stage, mail }) => (stage === 'dot' && slow && mail?.rcptTo.some((r) => slowRecipients.has(r)) ? { delayMs: 15_000 } : 'ok');
      const inFlight: UpstreamMail[] = [];
      upstream.onDataComplete = (m) => {
        if (m.rcptTo.some((r) => slowRecipients.has(r))) inFlight.push(m);
      };
      const { gw, approver } = await approvalGateway(upstream.url);
      const count = runs(2, 5);
      const sent = await sendTracked(gw.smtpPort, count, { to: (i) => [`slow${i}@partner.example.jp`] });
      expect(sent).toHaveLength(count);
      for (const m of sent) slowRecipients.add(m.rcptTo[0]!);
      await waitState(gw, sent.map((m) => m.queueId), (s) => s === 'awaiting_approval', 'all held');
      const api = await approver;

      expect(sent.flatMap((m) => copiesOf(m, upstream))).toHaveLength(0); // nothing before the approval
      for (const m of sent) expect((await api.call('POST', `/api/messages/${m.queueId}/approve`, {})).status).toBe(200);
      await waitUntil(() => inFlight.length >= 1, 15_000, 'an approved message in DATA at the next hop');
      await gw.kill();
      const atKill = inFlight.length;
      slow = false;
      await gw.start();
      await waitState(gw, sent.map((m) => m.queueId), (s) => s === 'delivered', 'all approved messages delivered after the restart');
      await new Promise((r) => setTimeout(r, 500));
      const t = tally(sent, upstream.received, gw.states());
      expectSafe(t, gw);
      expect(t.delivered).toBe(count);
      for (const m of sent) expect(copiesOf(m, upstream).length).toBeLessThanOrEqual(2);
      expect(upstream.discarded.length).toBeGreaterThanOrEqual(1);
      return { ...t, note: `${atKill} of ${count} approved messages in DATA at the next hop when killed` };
    });
  }, 180_000);
});
