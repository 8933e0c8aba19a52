/**
 * Upstream faults: the next hop refuses connections, never greets, answers 421/451/452 in the
 * middle of a session, drops the connection in the middle of DATA, or refuses some recipients.
 * README: retried with backoff while 4xx/down; per-recipient state; 5xx recipients bounced
 * (RFC 3464, from the null sender); the rest delivered once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TestUpstream, freePort } from '../helpers/upstream.js';
import { UpstreamRelay } from '../../src/relay/upstream.js';
import type { OutgoingMessage, RecipientResult, Relay } from '../../src/relay/types.js';
import { longRun } from './support/results.js';
import { startGateway, waitUntil } from '../helpers/gateway.js';
import { ScriptedUpstream, type StepAction, type StepContext } from './support/scripted-upstream.js';
import { tally, type SentMail, type UpstreamCopy } from './support/ledger.js';
import { sendTracked, waitSettled } from './support/traffic.js';
import { scenario } from './support/results.js';
import type { MessageState } from '../../src/store/types.js';

type Started = Awaited<ReturnType<typeof startGateway>>;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const fast = {
  'upstream.retry.initialDelayMs': 100,
  'upstream.retry.maxDelayMs': 400,
  'upstream.connectionTimeoutMs': 400,
};

async function setup(plan: (ctx: StepContext) => StepAction, overrides: Record<string, unknown> = {}): Promise<{ gw: Started; upstream: ScriptedUpstream }> {
  const upstream = new ScriptedUpstream();
  upstream.plan = plan;
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const gw = await startGateway({ 'upstream.url': upstream.url, ...fast, ...overrides });
  cleanups.push(() => gw.cleanup());
  return { gw, upstream };
}

async function states(gw: Started): Promise<Map<string, MessageState>> {
  return new Map((await gw.store.list({ limit: 10_000 })).map((m) => [m.id, m.state]));
}

async function actions(gw: Started, id: string): Promise<string[]> {
  return (await gw.store.events({ messageId: id })).map((e) => e.action);
}

async function settleAndTally(gw: Started, upstream: { received: readonly UpstreamCopy[] }, sent: SentMail[]) {
  await waitSettled(() => states(gw), sent, 20_000);
  const t = tally(sent, upstream.received, await states(gw));
  expect(t.lost, JSON.stringify(t)).toBe(0);
  expect(t.altered).toBe(0);
  return t;
}

/** The real relay, timing every attempt (how long it held its relay slot, and how it ended). */
class TimedRelay implements Relay {
  readonly attempts: Array<{ ms: number; outcome: RecipientResult['outcome'] }> = [];
  readonly description: string;
  constructor(private readonly inner: UpstreamRelay) {
    this.description = inner.description;
  }
  async send(message: OutgoingMessage): Promise<RecipientResult[]> {
    const started = performance.now();
    const results = await this.inner.send(message);
    this.attempts.push({ ms: performance.now() - started, outcome: results[0]!.outcome });
    return results;
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('upstream faults', () => {
  it('next hop down (connections refused), then back: attempts never wedge; everything is delivered within one backoff step', async () => {
    // The run: 30 s down. The CI seed set keeps the shape with a shorter outage.
    const downMs = longRun ? 30_000 : 6_000;
    const timing = { connectionTimeoutMs: 1_000, initialDelayMs: 200, maxDelayMs: 1_000 };
    await scenario(`upstream: down ${downMs / 1000} s then back (relay wedge)`, async () => {
      const port = await freePort();
      const relay = new TimedRelay(
        new UpstreamRelay({ url: `smtp://127.0.0.1:${port}`, maxConnections: 3, rejectUnauthorized: true, connectionTimeoutMs: timing.connectionTimeoutMs, hostname: 'gateway.test' }),
      );
      const gw = await startGateway(
        {
          'upstream.url': `smtp://127.0.0.1:${port}`,
          'upstream.maxConnections': 3,
          'upstream.connectionTimeoutMs': timing.connectionTimeoutMs,
          'upstream.retry.initialDelayMs': timing.initialDelayMs,
          'upstream.retry.maxDelayMs': timing.maxDelayMs,
        },
        { relay },
      );
      cleanups.push(() => gw.cleanup());
      const downSince = performance.now();
      const sent = [...(await sendTracked(gw.smtpPort, 12)), ...(await sendTracked(gw.smtpPort, 12))];
      expect(sent).toHaveLength(24);
      await new Promise((r) => setTimeout(r, Math.max(0, downMs - (performance.now() - downSince))));
      const upstream = new TestUpstream();
      await upstream.start(port);
      const upAt = performance.now();
      cleanups.push(() => upstream.stop());
      await upstream.waitFor(sent.length, timing.maxDelayMs + 10_000);
      const resumedMs = performance.now() - upAt;
      // Every failed attempt gave its slot back at once (refused) — never held past connectionTimeoutMs.
      const failed = relay.attempts.filter((a) => a.outcome !== 'delivered');
      const longest = Math.max(...failed.map((a) => a.ms));
      expect(longest).toBeLessThan(timing.connectionTimeoutMs);
      // …and was retried on its backoff schedule, not parked inside a wedged pool.
      expect(failed.length).toBeGreaterThan(sent.length);
      // Within one backoff step (maxDelayMs) of the next hop's return, plus a poll and the sending itself.
      expect(resumedMs).toBeLessThan(timing.maxDelayMs + 750);
      const t = await settleAndTally(gw, upstream, sent);
      expect(t.delivered).toBe(sent.length);
      return { ...t, note: `all delivered ${Math.round(resumedMs)} ms after the next hop returned (backoff step ${timing.maxDelayMs} ms); ${failed.length} refused attempts, longest held its slot ${Math.round(longest)} ms` };
    });
  }, 90_000);

  it('refused connections: deferred with exponential backoff, delivered once the next hop listens', async () => {
    await scenario('upstream: connection refused', async () => {
      const port = await freePort();
      const gw = await startGateway({ 'upstream.url': `smtp://127.0.0.1:${port}`, ...fast });
      cleanups.push(() => gw.cleanup());
      const sent = await sendTracked(gw.smtpPort, 2);
      const id = sent[0]!.queueId;
      await waitUntil(async () => (await actions(gw, id)).filter((a) => a === 'relay_deferred').length >= 3, 10_000, 'three deferrals');
      const deferrals = (await gw.store.events({ messageId: id, action: 'relay_deferred' })).map((e) => Number(e.detail.retryAt) - e.at);
      // 100, 200, 400, 400 … (initialDelayMs doubling, capped at maxDelayMs)
      expect(deferrals.slice(0, 3)).toEqual([100, 200, 400]);
      expect((await gw.store.get(id))!.lastError).toMatch(/ECONNREFUSED/);
      const upstream = new ScriptedUpstream();
      await upstream.start(port);
      cleanups.push(() => upstream.stop());
      const t = await settleAndTally(gw, upstream, sent);
      expect(t.delivered).toBe(2);
      expect(t.duplicates).toBe(0);
      return t;
    });
  });

  it('a next hop that accepts TCP but never greets: the attempt times out (connectionTimeoutMs) and is retried; inbound keeps working', async () => {
    await scenario('upstream: never greets (timeout)', async () => {
      let silent = true;
      const { gw, upstream } = await setup(({ stage }) => (stage === 'greet' && silent ? 'hang' : 'ok'));
      const sent = await sendTracked(gw.smtpPort, 2);
      await waitUntil(async () => (await gw.store.get(sent[0]!.queueId))!.attempts >= 2, 10_000, 'two timed-out attempts');
      expect((await gw.store.get(sent[0]!.queueId))!.lastError).toMatch(/greeting|timeout|ETIMEDOUT/i);
      // Receiving is not blocked by a hanging next hop.
      const more = await sendTracked(gw.smtpPort, 1);
      expect(more).toHaveLength(1);
      silent = false;
      const t = await settleAndTally(gw, upstream, [...sent, ...more]);
      expect(t.delivered).toBe(3);
      expect(t.duplicates).toBe(0);
      return t;
    });
  });

  it('421 at the greeting, at MAIL FROM and at RCPT TO: retried, then delivered once', async () => {
    await scenario('upstream: 421 mid-session', async () => {
      const fail = new Set<string>(['greet:1', 'mail:2', 'rcpt:3']);
      const { gw, upstream } = await setup(({ stage, connection }) =>
        fail.has(`${stage}:${connection}`) ? { reply: 421, text: '4.3.2 Service shutting down', close: true } : 'ok',
      );
      const sent = await sendTracked(gw.smtpPort, 1);
      const t = await settleAndTally(gw, upstream, sent);
      expect(t.delivered).toBe(1);
      expect(t.duplicates).toBe(0);
      expect((await actions(gw, sent[0]!.queueId)).filter((a) => a === 'relay_deferred').length).toBeGreaterThanOrEqual(3);
      return t;
    });
  });

  it('451 at the end of DATA: the whole message is retried, and delivered once', async () => {
    await scenario('upstream: 451 after DATA', async () => {
      let refusals = 2;
      const { gw, upstream } = await setup(({ stage }) => (stage === 'dot' && refusals-- > 0 ? { reply: 451, text: '4.3.0 Local error in processing' } : 'ok'));
      const sent = await sendTracked(gw.smtpPort, 1);
      const t = await settleAndTally(gw, upstream, sent);
      expect(t.delivered).toBe(1);
      expect(t.duplicates).toBe(0);
      expect(upstream.discarded).toHaveLength(2);
      return t;
    });
  });

  it('connection dropped in the middle of DATA: retried, delivered once, never a bounce', async () => {
    await scenario('upstream: closed mid-DATA', async () => {
      let drops = 2;
      const { gw, upstream } = await setup(({ stage }) => (stage === 'body' && drops-- > 0 ? 'close' : 'ok'));
      const sent = await sendTracked(gw.smtpPort, 2);
      const t = await settleAndTally(gw, upstream, sent);
      expect(t.delivered).toBe(2);
      expect(t.duplicates).toBe(0);
      expect(upstream.received.filter((m) => m.mailFrom === '')).toHaveLength(0);
      return t;
    });
  });

  it('some recipients refused: 5xx ones bounced (only those), 452/451 ones retried alone, accepted ones delivered once', async () => {
    await scenario('upstream: per-recipient refusals', async () => {
      const tempLeft = new Map([['busy', 2], ['full', 1]]);
      const { gw, upstream } = await setup(({ stage, address }) => {
        if (stage !== 'rcpt' || !address) return 'ok';
        const local = address.split('@')[0]!;
        if (local === 'nouser') return { reply: 550, text: '5.1.1 User unknown' };
        if (local === 'denied') return { reply: 553, text: '5.7.1 Relaying denied' };
        const left = tempLeft.get(local) ?? 0;
        if (left > 0) {
          tempLeft.set(local, left - 1);
          return local === 'full' ? { reply: 452, text: '4.5.3 Too many recipients' } : { reply: 451, text: '4.3.0 Try again later' };
        }
        return 'ok';
      });
      const rcpts = ['ok@partner.example.jp', 'nouser@partner.example.jp', 'busy@partner.example.jp', 'denied@partner.example.jp', 'full@partner.example.jp'];
      const sent = await sendTracked(gw.smtpPort, 1, { to: () => rcpts });
      const id = sent[0]!.queueId;
      await waitUntil(async () => (await gw.store.get(id))?.state === 'delivered', 15_000, 'delivered to the deliverable recipients');
      const record = (await gw.store.get(id))!;
      expect(record.recipients.map((r) => [r.address, r.status])).toEqual([
        ['ok@partner.example.jp', 'delivered'],
        ['nouser@partner.example.jp', 'failed'],
        ['busy@partner.example.jp', 'delivered'],
        ['denied@partner.example.jp', 'failed'],
        ['full@partner.example.jp', 'delivered'],
      ]);
      const originals = upstream.received.filter((m) => m.mailFrom !== '');
      // Each deliverable recipient got exactly one copy; refused ones none.
      for (const r of ['ok', 'busy', 'full']) expect(originals.filter((m) => m.rcptTo.includes(`${r}@partner.example.jp`))).toHaveLength(1);
      for (const r of ['nouser', 'denied']) expect(originals.filter((m) => m.rcptTo.includes(`${r}@partner.example.jp`))).toHaveLength(0);
      await waitUntil(() => upstream.received.some((m) => m.mailFrom === ''), 10_000, 'the bounce');
      const bounces = upstream.received.filter((m) => m.mailFrom === '');
      const text = bounces.map((b) => b.raw.toString('utf8')).join('\n');
      expect(bounces.every((b) => b.rcptTo.join() === 'sender@example.co.jp')).toBe(true);
      expect(text).toContain('Final-Recipient: rfc822; nouser@partner.example.jp');
      expect(text).toContain('Final-Recipient: rfc822; denied@partner.example.jp');
      expect(text).toContain('Status: 5.1.1');
      expect(text).toContain('Status: 5.7.1');
      for (const r of ['ok', 'busy', 'full']) expect(text).not.toContain(`Final-Recipient: rfc822; ${r}@`);
      const t = tally(sent, originals.map((m) => ({ ...m, rcptTo: m.rcptTo })), await states(gw));
      // The ledger wants every recipient delivered; two were refused for good, by design.
      return { sent: 1, delivered: 1, held: 0, lost: 0, duplicates: t.duplicates, note: '3 of 5 recipients delivered once, 2 bounced (one DSN)' };
    });
  });

  it('a recipient that stays 4xx past the queue lifetime is bounced as expired; the delivered one is not', async () => {
    await scenario('upstream: 4xx until the queue lifetime ends', async () => {
      const { gw, upstream } = await setup(
        ({ stage, address }) => (stage === 'rcpt' && address?.startsWith('slow@') ? { reply: 450, text: '4.2.0 Mailbox busy' } : 'ok'),
        { 'upstream.retry.maxQueueAgeMs': 1500 },
      );
      const sent = await sendTracked(gw.smtpPort, 1, { to: () => ['fine@partner.example.jp', 'slow@partner.example.jp'] });
      const id = sent[0]!.queueId;
      await waitUntil(async () => (await gw.store.get(id))?.state === 'delivered', 15_000, 'finished after the queue lifetime');
      const record = (await gw.store.get(id))!;
      expect(record.recipients.map((r) => r.status)).toEqual(['delivered', 'failed']);
      await waitUntil(() => upstream.received.some((m) => m.mailFrom === ''), 10_000, 'the bounce');
      const dsn = upstream.received.filter((m) => m.mailFrom === '');
      expect(dsn).toHaveLength(1);
      const text = dsn[0]!.raw.toString('utf8');
      expect(text).toContain('Final-Recipient: rfc822; slow@partner.example.jp');
      expect(text).toContain('Status: 4.2.0');
      expect(text).not.toContain('fine@partner.example.jp>:');
      expect(upstream.received.filter((m) => m.mailFrom !== '' && m.rcptTo.includes('fine@partner.example.jp'))).toHaveLength(1);
      return { sent: 1, delivered: 1, held: 0, lost: 0, duplicates: 0, note: 'one recipient expired → DSN' };
    });
  });
});
