import { afterEach, describe, expect, it } from 'vitest';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, stripOurReceived, waitUntil } from '../helpers/gateway.js';
import { convertToBcc } from '../../src/relay/bcc-conversion.js';
import { approver, ManualClock, openAndConfirm, originals, riskyBody, startNode, waitForNotice } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('forced-BCC release', () => {
  it('an approver can release a message with the visible recipients hidden; envelope and body unchanged', async () => {
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    const node = await startNode({ upstream, clock: new ManualClock() });
    cleanups.push(() => node.gw.cleanup());

    const to = ['a@client-a.example.com', 'b@client-b.example.com'];
    const raw = sampleMail({ to, cc: ['c@client-c.example.com'], subject: '[HOLD-APPROVAL] 一斉送信', body: riskyBody });
    const envelope = [...to, 'c@client-c.example.com'];
    const { client } = await greet(node.gw.smtpPort);
    const id = /queued as (\S+)/.exec(await client.send('yamada.taro@example.co.jp', envelope, raw))![1]!;
    client.destroy();
    await waitUntil(async () => (await node.store.get(id))?.state === 'awaiting_approval', 15_000, 'held for approval');
    // Routed: the approver has been asked (approving before routing would be refused).
    await waitForNotice(upstream, id, 'approval_request', 'suzuki.ichiro@example.co.jp');

    const result = await node.workflow.approve(id, approver, '宛先を隠して送信', { releaseAs: 'bcc', ...(await openAndConfirm(node, id, approver)) });
    expect(result.ok ? 'ok' : result.message).toBe('ok');
    await waitUntil(() => originals(upstream, 'yamada.taro@example.co.jp').length === 1, 15_000, 'release');
    const [sent] = originals(upstream, 'yamada.taro@example.co.jp');
    expect(sent!.rcptTo).toEqual(envelope);
    const released = stripOurReceived(sent!.raw);
    expect(released.equals(convertToBcc(raw))).toBe(true);
    const text = released.toString('utf8');
    expect(text).toContain('To: undisclosed-recipients:;');
    expect(text).not.toMatch(/^Cc:/m);
    expect(text).not.toContain('a@client-a.example.com');
    // The body is the sender's, byte for byte.
    expect(released.subarray(released.indexOf('\r\n\r\n')).equals(raw.subarray(raw.indexOf('\r\n\r\n')))).toBe(true);
    const approved = (await node.store.events({ messageId: id })).find((e) => e.action === 'approved');
    expect(approved?.detail.releaseAs).toBe('bcc');
  });
});
