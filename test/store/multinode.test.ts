import { afterEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import path from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { TestUpstream, freePort } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, stripOurReceived, tempDir, waitUntil } from '../helpers/gateway.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';
import { createTestDatabase, requirePostgres, withClient, type TestDatabase } from '../helpers/postgres.js';
import { soakIt } from '../faults/support/results.js';

/**
 * Two real gateway processes (the built CLI) on one PostgreSQL database: one queue, no double
 * processing, and a node killed with SIGKILL has its work finished by the other once its lease
 * runs out.
 */

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const leaseMs = 4_000;
/** The upstream attempt must end well within the lease, or a live node's work would be taken over. */
const upstreamTimeoutMs = 1_500;

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase('dlp_test_multinode');
  cleanups.push(() => db.drop());
  return db;
}

type Node = GatewayProcess & { smtpPort: number };

async function startNode(db: TestDatabase, upstreamUrl: string): Promise<Node> {
  const dataDir = tempDir();
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const configFile = path.join(dataDir, 'gateway.yaml');
  writeFileSync(
    configFile,
    [
      'upstream:',
      `  connectionTimeoutMs: ${upstreamTimeoutMs}`,
      '  retry:',
      '    initialDelayMs: 200',
      '    maxDelayMs: 500',
      'processing:',
      `  leaseMs: ${leaseMs}`,
      '  pollMs: 200',
      '',
    ].join('\n'),
  );
  const smtpPort = await freePort();
  const node = await spawnGateway(
    {
      DLP_STORE_URL: db.url,
      DLP_DATA_DIR: dataDir,
      DLP_SMTP_PORT: String(smtpPort),
      DLP_WEB_PORT: '0',
      DLP_UPSTREAM_URL: upstreamUrl,
    },
    ['--no-inspect', '--config', configFile],
  );
  cleanups.push(() => void node.kill('SIGKILL'));
  return Object.assign(node, { smtpPort });
}

/** Send one message per recipient through `node`; every answer must be 250. */
async function sendThrough(node: Node, recipients: string[]): Promise<Map<string, Buffer>> {
  const { client } = await greet(node.smtpPort);
  const sent = new Map<string, Buffer>();
  for (const rcpt of recipients) {
    const raw = sampleMail({ subject: `multi-node ${rcpt}`, to: [rcpt] });
    expect(await client.send('sender@example.co.jp', [rcpt], raw)).toMatch(/^250 /);
    sent.set(rcpt, raw);
  }
  client.destroy();
  return sent;
}

/** Arrivals at the upstream per recipient, with the time each arrived. */
function recordArrivals(upstream: TestUpstream): Map<string, number[]> {
  const arrivals = new Map<string, number[]>();
  upstream.behaviour.data = (mail) => {
    for (const rcpt of mail.rcptTo) arrivals.set(rcpt, [...(arrivals.get(rcpt) ?? []), Date.now()]);
    return undefined;
  };
  return arrivals;
}

/** Accepts TCP connections and never says a word: every relay attempt hangs until its timeout. */
async function blackHole(port: number): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A next hop that takes the whole message, then waits `replyDelayMs` before its 250: a node
 * killed in that window has handed the message over without learning so.
 */
async function slowUpstream(replyDelayMs: number): Promise<{ url: string; arrivals: Map<string, number[]>; close(): Promise<void> }> {
  const arrivals = new Map<string, number[]>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo) arrivals.set(r.address, [...(arrivals.get(r.address) ?? []), Date.now()]);
        setTimeout(() => callback(), replyDelayMs);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const addr = server.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `smtp://127.0.0.1:${port}`, arrivals, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function statesOf(db: TestDatabase): Promise<Record<string, number>> {
  return withClient(db.url, async (c) => {
    const { rows } = await c.query<{ state: string; n: number }>('SELECT state, COUNT(*)::int AS n FROM messages GROUP BY state');
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  });
}

if (await requirePostgres('multi-node gateway')) {
  describe('several gateway nodes on one PostgreSQL database', () => {
    it('relays mail accepted by either node exactly once', async () => {
      const db = await database();
      const upstream = new TestUpstream();
      await upstream.start();
      cleanups.push(() => upstream.stop());
      const arrivals = recordArrivals(upstream);
      const [a, b] = [await startNode(db, upstream.url), await startNode(db, upstream.url)];

      const recipients = Array.from({ length: 24 }, (_, i) => `r${i}@partner.example.jp`);
      const [viaA, viaB] = await Promise.all([
        sendThrough(a, recipients.filter((_, i) => i % 2 === 0)),
        sendThrough(b, recipients.filter((_, i) => i % 2 === 1)),
      ]);
      const sent = new Map([...viaA, ...viaB]);
      await upstream.waitFor(recipients.length, 20_000);
      // Give a double delivery the time to show up before counting.
      await new Promise((r) => setTimeout(r, 1_000));

      expect(upstream.received).toHaveLength(recipients.length);
      for (const rcpt of recipients) {
        expect(arrivals.get(rcpt), rcpt).toHaveLength(1);
        const got = upstream.received.find((m) => m.rcptTo[0] === rcpt)!;
        expect(stripOurReceived(got.raw).equals(sent.get(rcpt)!)).toBe(true);
      }
      await waitUntil(async () => (await statesOf(db)).delivered === recipients.length, 5_000, 'every message delivered');
      // One relay per message across both nodes, whichever node accepted it.
      const relayed = (node: Node) => node.output().split('\n').filter((line) => line.includes('"msg":"relay finished"')).length;
      expect(relayed(a) + relayed(b)).toBe(recipients.length);

      expect(await a.kill('SIGTERM')).toBe(0);
      expect(await b.kill('SIGTERM')).toBe(0);
    }, 180_000);

    it('finishes the work of a node killed with SIGKILL once its lease expires: nothing lost, nothing twice', async () => {
      const db = await database();
      const upstreamPort = await freePort();
      const upstreamUrl = `smtp://127.0.0.1:${upstreamPort}`;
      // The next hop hangs: relay attempts stay in flight, each holding a lease on its message.
      const hole = await blackHole(upstreamPort);
      cleanups.push(() => hole.close());
      const [a, b] = [await startNode(db, upstreamUrl), await startNode(db, upstreamUrl)];

      const recipients = Array.from({ length: 10 }, (_, i) => `k${i}@partner.example.jp`);
      const sent = new Map([
        ...(await sendThrough(a, recipients.slice(0, 5))),
        ...(await sendThrough(b, recipients.slice(5))),
      ]);

      // Kill node A while it holds leases on messages it is relaying.
      const ownerA = `%:${a.child.pid}:%`;
      const heldByA = () =>
        withClient(db.url, async (c) =>
          (
            await c.query<{ id: string; lease_until: number; rcpt: string }>(
              `SELECT id, lease_until::float8 AS lease_until, rcpt_to->>0 AS rcpt FROM messages
               WHERE lease_owner LIKE $1 AND state IN ('received', 'queued') AND lease_until > $2`,
              [ownerA, Date.now()],
            )
          ).rows,
        );
      await waitUntil(async () => (await heldByA()).length > 0, 15_000, 'node A holding a lease');
      expect(await a.kill('SIGKILL')).toBe(null);
      const orphaned = await heldByA();
      expect(orphaned.length).toBeGreaterThan(0);

      // The next hop comes back; only node B is left to deliver.
      await hole.close();
      const upstream = new TestUpstream();
      const arrivals = recordArrivals(upstream);
      await upstream.start(upstreamPort);
      cleanups.push(() => upstream.stop());
      await upstream.waitFor(recipients.length, 30_000);
      await new Promise((r) => setTimeout(r, 1_000));

      // Nothing lost, nothing sent twice (the dead node never reached DATA, so no duplicate is possible).
      expect(upstream.received).toHaveLength(recipients.length);
      for (const rcpt of recipients) {
        expect(arrivals.get(rcpt), rcpt).toHaveLength(1);
        const got = upstream.received.find((m) => m.rcptTo[0] === rcpt)!;
        expect(stripOurReceived(got.raw).equals(sent.get(rcpt)!)).toBe(true);
      }
      // A's messages were not taken over before its lease ran out.
      for (const held of orphaned) expect(arrivals.get(held.rcpt)![0]!).toBeGreaterThanOrEqual(held.lease_until);
      await waitUntil(async () => (await statesOf(db)).delivered === recipients.length, 5_000, 'every message delivered');
      expect(await b.kill('SIGTERM')).toBe(0);
    }, 180_000);
    soakIt('sends a message twice at most when a node dies after the next hop took it but before it answered', async () => {
      const db = await database();
      // The reply delay is the window in which a kill leaves a message at the next hop unanswered:
      // wide enough for a busy machine to notice and kill, below the relay's idle timeout (2 × 1.5 s).
      const replyDelayMs = 2_000;
      const upstream = await slowUpstream(replyDelayMs);
      cleanups.push(() => upstream.close());
      const [a, b] = [await startNode(db, upstream.url), await startNode(db, upstream.url)];
      const recipients = Array.from({ length: 10 }, (_, i) => `d${i}@partner.example.jp`);
      await Promise.all([sendThrough(a, recipients.slice(0, 5)), sendThrough(b, recipients.slice(5))]);

      // Kill A while the next hop holds a message from A whose 250 has not been sent yet.
      const ownerA = `%:${a.child.pid}:%`;
      const inFlightAtA = () =>
        withClient(db.url, async (c) =>
          (
            await c.query<{ rcpt: string }>(
              "SELECT rcpt_to->>0 AS rcpt FROM messages WHERE lease_owner LIKE $1 AND state = 'queued'",
              [ownerA],
            )
          ).rows.map((r) => r.rcpt),
        );
      await waitUntil(async () => (await inFlightAtA()).some((rcpt) => upstream.arrivals.has(rcpt)), 15_000, 'a message of node A at the next hop');
      const killedAt = Date.now();
      expect(await a.kill('SIGKILL')).toBe(null);
      const orphaned = new Set(await inFlightAtA());
      // Those of A's messages that reached the next hop less than the reply delay before the kill
      // were never answered 250: A died not knowing, so B must send them again.
      const unanswered = [...orphaned].filter((rcpt) => (upstream.arrivals.get(rcpt)?.[0] ?? -Infinity) > killedAt - replyDelayMs + 200);

      await waitUntil(async () => (await statesOf(db)).delivered === recipients.length, 30_000, 'every message delivered by node B');
      // At-least-once: nothing is lost. Only the messages node A died holding can arrive twice
      // (the next hop had them, A never recorded it); every other message arrives exactly once.
      for (const rcpt of recipients) {
        const count = upstream.arrivals.get(rcpt)?.length ?? 0;
        expect(count, rcpt).toBeGreaterThanOrEqual(1);
        expect(count, rcpt).toBeLessThanOrEqual(orphaned.has(rcpt) ? 2 : 1);
      }
      expect(unanswered.length, 'a message of node A unanswered at the next hop when A was killed').toBeGreaterThan(0);
      for (const rcpt of unanswered) expect(upstream.arrivals.get(rcpt), rcpt).toHaveLength(2);
      expect(await b.kill('SIGTERM')).toBe(0);
    }, 180_000);
  });
}
