/**
 * Limits on every SMTP door (issue 22): AUTH guessing is delayed, counted per (account, client
 * address) and locked out (logged, exported on /metrics); malformed AUTH gets the RFC 4954
 * answers; one client address cannot take every connection slot; a silent or drip-feeding client
 * is closed by the command deadline long before the DATA timeout; a client that sends the message
 * before 354 (against RFC 2920) gets an error at once and is closed, never left to time out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { hash } from '@node-rs/argon2';
import { startGateway, waitUntil } from '../helpers/gateway.js';
import { createLogger } from '../../src/log/logger.js';
import { FaultClient } from '../faults/support/smtp-client.js';
import { newToken, trackedMail } from '../faults/support/ledger.js';

type Started = Awaited<ReturnType<typeof startGateway>>;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function gateway(overrides: Record<string, unknown>, log?: ReturnType<typeof createLogger>): Promise<Started> {
  const gw = await startGateway(overrides, {}, log ? { log } : {});
  cleanups.push(() => gw.cleanup());
  return gw;
}

async function client(port: number, localAddress?: string): Promise<FaultClient> {
  const c = await FaultClient.connect(port, localAddress ? { localAddress } : {});
  cleanups.push(() => c.destroy());
  return c;
}

async function greeted(port: number, localAddress?: string): Promise<FaultClient> {
  const c = await client(port, localAddress);
  expect(await c.reply()).toMatch(/^220 /);
  expect(await c.command('EHLO client.test')).toMatch(/^250/);
  return c;
}

function plain(user: string, password: string): string {
  return `AUTH PLAIN ${Buffer.from(`\0${user}\0${password}`).toString('base64')}`;
}

/** Log lines as parsed JSON (what an operator's log shipper sees). */
function capturedLog(): { log: ReturnType<typeof createLogger>; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level: 'info', destination }), lines };
}

const password = 'correct horse battery staple';

describe('SMTP AUTH guessing', () => {
  it('failures are delayed, the pair is locked out after maxFailures (even the right password), logged and on /metrics', async () => {
    const passwordHash = await hash(password, { algorithm: 2 });
    const { log, lines } = capturedLog();
    const gw = await gateway(
      {
        'smtp.clientNetworks': ['127.0.0.1/32'],
        'smtp.auth': { users: [{ username: 'relay-user', passwordHash }], allowInsecure: true },
        'smtp.limits': { auth: { maxFailures: 3, delayMs: 150, maxDelayMs: 600, lockoutMs: 60_000 } },
      },
      log,
    );
    // From outside the client networks, where AUTH is the only way in.
    const c = await greeted(gw.smtpPort, '127.0.0.2');
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      expect(await c.command(plain('relay-user', `guess${i}`))).toMatch(/^535 5\.7\.8 /);
      times.push(performance.now() - started);
    }
    // 150, 300, then the lock-out answer waits maxDelayMs.
    expect(times[0]).toBeGreaterThanOrEqual(140);
    expect(times[1]).toBeGreaterThanOrEqual(290);
    expect(times[2]).toBeGreaterThanOrEqual(590);
    // Locked out: the right password does not get in, on this or a new connection.
    expect(await c.command(plain('relay-user', password))).toMatch(/^454 4\.7\.0 /);
    const again = await greeted(gw.smtpPort, '127.0.0.2');
    expect(await again.command(plain('relay-user', password))).toMatch(/^454 4\.7\.0 /);
    expect(await again.command('MAIL FROM:<a@example.co.jp>')).toMatch(/^530 /);
    // Another client address is not locked out with it.
    const other = await greeted(gw.smtpPort, '127.0.0.3');
    expect(await other.command(plain('relay-user', password))).toMatch(/^235 /);

    expect(lines.some((l) => l.msg === 'smtp auth locked out: too many failures' && l.client === '127.0.0.2' && l.user === 'relay-user')).toBe(true);
    const metrics = await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text();
    expect(metrics).toMatch(/^dlp_smtp_auth_failures_total\{outcome="wrong_credentials"\} 3$/m);
    expect(metrics).toMatch(/^dlp_smtp_auth_failures_total\{outcome="locked_out"\} 2$/m);
    expect(metrics).toMatch(/^dlp_smtp_auth_lockouts_total\{scope="account"\} 1$/m);
  });

  it('40 parallel guessing connections: at most maxFailures guesses are checked, the rest are refused without a check', async () => {
    const passwordHash = await hash(password, { algorithm: 2 });
    const gw = await gateway({
      'smtp.clientNetworks': ['127.0.0.1/32'],
      'smtp.auth': { users: [{ username: 'relay-user', passwordHash }], allowInsecure: true },
      'smtp.limits': { auth: { maxFailures: 5, delayMs: 50, maxDelayMs: 200 } },
    });
    const replies = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const c = await greeted(gw.smtpPort, '127.0.0.2');
        const r = [];
        for (let j = 0; j < 5; j++) r.push(await c.command(plain('relay-user', `guess-${i}-${j}`)));
        r.push(await c.command(plain('relay-user', password)));
        return r;
      }),
    );
    const all = replies.flat();
    expect(all.filter((r) => r.startsWith('235'))).toEqual([]);
    // Argon2 checks that could still fail: the five before the lock-out (plus those already in flight).
    expect(all.filter((r) => r.startsWith('535')).length).toBeLessThanOrEqual(5 + 40);
    expect(all.filter((r) => r.startsWith('454 4.7.0')).length).toBeGreaterThanOrEqual(200 - 45);
  });

  it('unknown mechanism → 504 5.5.4; a line that is not base64 → 501 5.5.2 (never a password prompt)', async () => {
    const passwordHash = await hash(password, { algorithm: 2 });
    const gw = await gateway({ 'smtp.auth': { users: [{ username: 'relay-user', passwordHash }], allowInsecure: true } });
    const c = await greeted(gw.smtpPort);
    expect(await c.command('AUTH FOO')).toMatch(/^504 5\.5\.4 /);
    expect(await c.command('AUTH LOGIN !!!not-base64')).toMatch(/^501 5\.5\.2 /);
    expect(await c.command('AUTH PLAIN %%%')).toMatch(/^501 5\.5\.2 /);
    expect(await c.command('AUTH LOGIN')).toMatch(/^334 /);
    expect(await c.command('this is not base64')).toMatch(/^501 5\.5\.2 /);
    // The exchange is over: the next line is a command again, and the right login still works.
    expect(await c.command('NOOP')).toMatch(/^250 /);
    expect(await c.command('AUTH LOGIN')).toMatch(/^334 /);
    expect(await c.command(Buffer.from('relay-user').toString('base64'))).toMatch(/^334 /);
    expect(await c.command(Buffer.from(password).toString('base64'))).toMatch(/^235 /);
  });
});

describe('connection slots and deadlines', () => {
  it('one client address holding its share of maxClients: its excess gets 421 4.7.0, other clients still get in', async () => {
    const gw = await gateway({ 'smtp.maxClients': 6, 'smtp.limits': { perClientShare: 0.5 } });
    const hog = await Promise.all([0, 1, 2].map(() => greeted(gw.smtpPort, '127.0.0.1')));
    expect(hog).toHaveLength(3);
    const excess = await client(gw.smtpPort, '127.0.0.1');
    expect(await excess.reply()).toMatch(/^421 4\.7\.0 /);
    expect(await excess.waitClosed(3_000)).toBe(true);
    // Everyone else is served, up to maxClients.
    const others = await Promise.all(['127.0.0.2', '127.0.0.3', '127.0.0.4'].map((a) => greeted(gw.smtpPort, a)));
    expect(await others[0]!.send('a@example.co.jp', ['b@partner.example.jp'], trackedMail(newToken()))).toMatch(/^250 /);
    // A slot given back can be taken again by that address.
    hog[0]!.destroy();
    await waitUntil(async () => {
      const probe = await client(gw.smtpPort, '127.0.0.1');
      const greeting = await probe.reply().catch(() => '');
      probe.destroy();
      return greeting.startsWith('220');
    }, 5_000, 'a freed slot');
  });

  it('many slow connections from one allowed address do not starve another client (the issue: 300 connections, maxClients 200)', async () => {
    const gw = await gateway({ 'smtp.maxClients': 20 });
    // The hog opens more connections than maxClients and keeps them idle.
    const hog = await Promise.all(Array.from({ length: 30 }, () => client(gw.smtpPort, '127.0.0.1')));
    const answers = await Promise.all(hog.map((c) => c.reply().catch(() => 'closed')));
    expect(answers.filter((a) => a.startsWith('220'))).toHaveLength(10); // its share: half of 20
    const other = await greeted(gw.smtpPort, '127.0.0.2');
    expect(await other.send('a@example.co.jp', ['b@partner.example.jp'], trackedMail(newToken()))).toMatch(/^250 /);
  });

  it('a silent client, and one that drips a command byte by byte, are closed with 421 4.4.2 at the command deadline; a slow message is not', async () => {
    const gw = await gateway({ 'smtp.socketTimeoutMs': 5_000, 'smtp.limits': { commandTimeoutMs: 600 } });
    const silent = await client(gw.smtpPort);
    expect(await silent.reply()).toMatch(/^220 /);
    const started = performance.now();
    expect(await silent.reply(5_000)).toMatch(/^421 4\.4\.2 /);
    expect(await silent.waitClosed(2_000)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1_500);

    const drip = await client(gw.smtpPort);
    expect(await drip.reply()).toMatch(/^220 /);
    const closedReply = drip.reply(5_000);
    const dripStarted = performance.now();
    const timer = setInterval(() => drip.write('E'), 100);
    cleanups.push(() => clearInterval(timer));
    expect(await closedReply).toMatch(/^421 4\.4\.2 /);
    expect(performance.now() - dripStarted).toBeLessThan(1_500);

    // Inside DATA the (longer) socketTimeoutMs applies: a pause of 1.5 s is fine.
    const slow = await greeted(gw.smtpPort);
    expect(await slow.command('MAIL FROM:<a@example.co.jp>')).toMatch(/^250 /);
    expect(await slow.command('RCPT TO:<b@partner.example.jp>')).toMatch(/^250 /);
    expect(await slow.command('DATA')).toMatch(/^354 /);
    slow.write('Subject: slow\r\n\r\n');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await slow.command('body\r\n.')).toMatch(/^250 /);
    // …and after the message the command deadline runs again.
    expect(await slow.reply(3_000)).toMatch(/^421 4\.4\.2 /);
  });
});

describe('pipelining (RFC 2920)', () => {
  it('the message sent before 354: that transaction gets 554 5.5.0 and the session is closed at once; nothing of it is stored', async () => {
    const gw = await gateway({});
    const c = await greeted(gw.smtpPort);
    const body = 'Subject: early\r\n\r\nhello\r\n.\r\n';
    const transaction = `MAIL FROM:<a@example.co.jp>\r\nRCPT TO:<b@partner.example.jp>\r\nDATA\r\n${body}`;
    const replies = [c.reply(), c.reply(), c.reply(), c.reply()].map((p) => p.catch((e: Error) => `(${e.message})`));
    const started = performance.now();
    c.write(transaction.repeat(3));
    const got = await Promise.all(replies);
    expect(got.slice(0, 3).map((r) => r.slice(0, 3))).toEqual(['250', '250', '354']);
    expect(got[3]).toMatch(/^554 5\.5\.0 /);
    expect(await c.waitClosed(2_000)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await gw.store.list({})).toHaveLength(0);
  });

  it('correct pipelining (the group ends with DATA, the message after 354) keeps working, transaction after transaction', async () => {
    const gw = await gateway({});
    const c = await greeted(gw.smtpPort);
    for (let i = 0; i < 3; i++) {
      const replies = [c.reply(), c.reply(), c.reply()];
      c.write('MAIL FROM:<a@example.co.jp>\r\nRCPT TO:<b@partner.example.jp>\r\nDATA\r\n');
      expect((await Promise.all(replies)).map((r) => r.slice(0, 3))).toEqual(['250', '250', '354']);
      expect(await c.command(`Subject: ok ${i}\r\n\r\nhello\r\n.`)).toMatch(/^250 /);
    }
    expect(await gw.store.list({})).toHaveLength(3);
  });
});
