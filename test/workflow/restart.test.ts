import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, stripOurReceived, tempDir, waitUntil } from '../helpers/gateway.js';
import { approver, ManualClock, openAndConfirm, originals, riskyBody, senderActor, startNode, tokenFrom, waitForNotice, type Node } from './harness.js';
import { recoveryGraceMs } from '../../src/workflow/deadlines.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('restarts lose nothing', () => {
  it('held → restart → self-check with the old link → restart → approval → delivered once', async () => {
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    const dataDir = tempDir('dlp-wf-restart-');
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const clock = new ManualClock();
    let node: Node | undefined;
    cleanups.push(async () => node?.gw.stop());

    node = await startNode({ upstream, clock, dataDir });
    const raw = sampleMail({ subject: '[HOLD-BOTH] 再起動', body: riskyBody, to: ['sato@partner.example.jp'] });
    const { client } = await greet(node.gw.smtpPort);
    const answer = await client.send('yamada.taro@example.co.jp', ['sato@partner.example.jp'], raw);
    client.destroy();
    const id = /queued as (\S+)/.exec(answer)![1]!;
    const token = tokenFrom(await waitForNotice(upstream, id, 'held_self_check'));
    await node.gw.stop();

    // The signing key lives in the data dir: the link still works on the restarted gateway.
    node = await startNode({ upstream, clock, dataDir });
    expect((await node.store.get(id))!.state).toBe('awaiting_self_check');
    expect((await node.workflow.confirmSelfCheck(token, senderActor())).ok).toBe(true);
    await waitForNotice(upstream, id, 'approval_request', 'suzuki.ichiro@example.co.jp');
    await node.gw.stop();

    node = await startNode({ upstream, clock, dataDir });
    expect((await node.store.get(id))!.state).toBe('awaiting_approval');
    expect(await node.workflow.confirmSelfCheck(token, senderActor())).toMatchObject({ ok: false, error: 'token_used' });
    expect((await node.workflow.approve(id, approver, undefined, await openAndConfirm(node, id, approver))).ok).toBe(true);
    await waitUntil(async () => (await node!.store.get(id))!.state === 'delivered', 10_000, 'delivered');
    const sent = originals(upstream, 'yamada.taro@example.co.jp');
    expect(sent).toHaveLength(1);
    expect(stripOurReceived(sent[0]!.raw).equals(raw)).toBe(true);
  });

  it('a hold whose workflow step was lost (crash after the held state) is routed and notified by tick()', async () => {
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    const dataDir = tempDir('dlp-wf-crash-');
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const clock = new ManualClock();
    let node: Node | undefined;
    cleanups.push(async () => node?.gw.stop());

    // First life: the hold handler never runs (as if the process died right after the held state).
    node = await startNode({ upstream, clock, dataDir, holds: { async onHeld() {}, async onRejected() {} } });
    const { client } = await greet(node.gw.smtpPort);
    const answer = await client.send('yamada.taro@example.co.jp', ['sato@partner.example.jp'], sampleMail({ subject: '[HOLD-APPROVAL] 障害', body: riskyBody }));
    client.destroy();
    const id = /queued as (\S+)/.exec(answer)![1]!;
    await waitUntil(async () => (await node!.store.get(id))?.state === 'awaiting_approval', 5_000, 'held');
    await node.gw.stop();

    node = await startNode({ upstream, clock, dataDir });
    await node.workflow.tick(clock.now()); // too fresh: onHeld may still be running elsewhere
    expect(((await node.store.get(id))!.hold as Record<string, unknown>).deadline).toBeUndefined();
    clock.advance(recoveryGraceMs + 1);
    await node.workflow.tick(clock.now());
    await waitForNotice(upstream, id, 'approval_request', 'suzuki.ichiro@example.co.jp');
    await waitForNotice(upstream, id, 'held_approval', 'yamada.taro@example.co.jp');
    // Nothing is notified twice by later ticks.
    await node.workflow.tick(clock.now());
    await new Promise((r) => setTimeout(r, 300));
    expect(upstream.received.filter((m) => m.rcptTo.includes('suzuki.ichiro@example.co.jp'))).toHaveLength(1);
  });
});
