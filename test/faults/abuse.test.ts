/**
 * Abuse of the SMTP side: relaying from outside the client networks (IPv4, IPv6, mapped),
 * MAIL FROM without AUTH from outside, smuggling variants, header injection through envelope
 * addresses and HELO, oversize, slow-loris, too many connections. Every refusal is an SMTP
 * answer; nothing refused is stored; the server keeps serving everyone else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hash } from '@node-rs/argon2';
import { startGateway, waitUntil } from '../helpers/gateway.js';
import { ScriptedUpstream } from './support/scripted-upstream.js';
import { FaultClient } from './support/smtp-client.js';
import { trackedMail, newToken } from './support/ledger.js';
import { sendTracked } from './support/traffic.js';

type Started = Awaited<ReturnType<typeof startGateway>>;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(overrides: Record<string, unknown> = {}): Promise<{ gw: Started; upstream: ScriptedUpstream }> {
  const upstream = new ScriptedUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const gw = await startGateway({ 'upstream.url': upstream.url, ...overrides });
  cleanups.push(() => gw.cleanup());
  return { gw, upstream };
}

const openClients: FaultClient[] = [];
afterEach(() => {
  for (const c of openClients.splice(0)) c.destroy();
});
async function connect(port: number, options: { host?: string; localAddress?: string } = {}): Promise<FaultClient> {
  const c = await FaultClient.connect(port, options);
  openClients.push(c);
  return c;
}
async function greet(port: number, options: { host?: string; localAddress?: string } = {}): Promise<{ client: FaultClient; greeting: string }> {
  const g = await FaultClient.greet(port, options);
  openClients.push(g.client);
  return g;
}

async function stillServes(gw: Started): Promise<void> {
  const sent = await sendTracked(gw.smtpPort, 1);
  expect(sent).toHaveLength(1);
}

describe('relay abuse: client networks and authentication', () => {
  it('IPv6: ::1 is refused when only 127.0.0.0/8 may relay, allowed when ::1/128 may; IPv4-mapped addresses match IPv4 networks', async () => {
    const { gw } = await setup({ 'smtp.host': '::', 'smtp.clientNetworks': ['127.0.0.0/8'] });
    const v6 = await connect(gw.smtpPort, { host: '::1' });
    expect(await v6.reply()).toMatch(/^554 5\.7\.1 /);
    expect(await v6.waitClosed(3_000)).toBe(true);
    // 127.0.0.1 over the dual-stack socket arrives as ::ffff:127.0.0.1 and is allowed.
    const { greeting } = await greet(gw.smtpPort, { host: '127.0.0.1' });
    expect(greeting).toMatch(/^220 /);

    const { gw: gw6 } = await setup({ 'smtp.host': '::', 'smtp.clientNetworks': ['::1/128'] });
    const ok6 = await greet(gw6.smtpPort, { host: '::1' });
    expect(ok6.greeting).toMatch(/^220 /);
    expect(await ok6.client.send('a@example.co.jp', ['b@partner.example.jp'], trackedMail(newToken()))).toMatch(/^250 /);
    ok6.client.destroy();
    const v4 = await connect(gw6.smtpPort, { host: '127.0.0.1' });
    expect(await v4.reply()).toMatch(/^554 /);
    v4.destroy();
  });

  it('from outside the networks with AUTH configured: MAIL FROM without AUTH is 530, nothing is stored', async () => {
    const passwordHash = await hash('correct horse battery staple', { algorithm: 2 });
    const { gw } = await setup({
      'smtp.clientNetworks': ['127.0.0.1/32'],
      'smtp.auth': { users: [{ username: 'relay-user', passwordHash }], allowInsecure: true },
      // Short AUTH failure delays (test/core/smtp-limits.test.ts covers the delays and the lock-out).
      'smtp.limits': { auth: { delayMs: 20, maxDelayMs: 100 } },
    });
    const { client, greeting } = await greet(gw.smtpPort, { localAddress: '127.0.0.2' });
    expect(greeting).toMatch(/^220 /);
    expect(await client.command('MAIL FROM:<a@example.co.jp>')).toMatch(/^530 /);
    expect(await client.command('RCPT TO:<b@partner.example.jp>')).toMatch(/^5\d\d /);
    expect(await client.command('DATA')).toMatch(/^5\d\d /);
    // Wrong password, then a guess flood: 535, never in (then locked out: test/core/smtp-limits.test.ts).
    for (let i = 0; i < 5; i++) expect(await client.command(`AUTH PLAIN ${Buffer.from(`\0relay-user\0guess${i}`).toString('base64')}`)).toMatch(/^535 /);
    expect(await client.command('MAIL FROM:<a@example.co.jp>')).toMatch(/^530 /);
    client.destroy();
    expect(await gw.store.list({})).toHaveLength(0);
    // The allowed network is unaffected.
    await stillServes(gw);
  });
});

describe('protocol abuse', () => {
  it('refuses every SMTP smuggling variant and stores none of them', async () => {
    const { gw } = await setup();
    const variants: Record<string, string> = {
      'LF.CRLF': 'Subject: a\r\n\r\nx\n.\r\nMAIL FROM:<evil@attacker.test>\r\n',
      'CRLF.LF': 'Subject: a\r\n\r\nx\r\n.\nMAIL FROM:<evil@attacker.test>\r\n',
      'LF.LF': 'Subject: a\r\n\r\nx\n.\nRCPT TO:<victim@partner.example.jp>\r\n',
      'CR.CR': 'Subject: a\r\n\r\nx\r.\rDATA\r\n',
      'CR.CRLF': 'Subject: a\r\n\r\nx\r.\r\nQUIT\r\n',
      'bare CR in header': 'Subject: a\rBcc: evil@attacker.test\r\n\r\nx\r\n',
      'bare CR at end': 'Subject: a\r\n\r\nx\r',
    };
    const { client } = await greet(gw.smtpPort);
    for (const [name, body] of Object.entries(variants)) {
      const reply = await client.send('a@example.co.jp', ['b@partner.example.jp'], Buffer.from(body, 'latin1'));
      expect(reply, name).toMatch(/^550 5\.6\.0 /);
      await client.command('RSET');
    }
    client.destroy();
    expect(await gw.store.list({})).toHaveLength(0);
    await stillServes(gw);
  });

  it('header injection through envelope addresses and HELO never reaches the relayed headers', async () => {
    const { gw, upstream } = await setup();
    const { client } = await greet(gw.smtpPort);
    expect(await client.command('RCPT TO:<b@partner.example.jp>')).toMatch(/^503 /); // no MAIL yet
    expect(await client.command('MAIL FROM:<a@example.co.jp>')).toMatch(/^250 /);
    for (const rcpt of ['<b@partner.example.jp>\rBcc: x@evil.test', '<b@partner.example.jp\u0000>', '<b@partner.example.jp> NOTIFY=SUCCESS\u0001', '<b@partner.example.jp> X-EVIL=1', '<"a\rb"@partner.example.jp>', '<no-at-sign>', '<a b@partner.example.jp>']) {
      expect(await client.command(`RCPT TO:${rcpt}`), JSON.stringify(rcpt)).toMatch(/^5\d\d /);
    }
    expect(await client.command('RSET')).toMatch(/^250 /);
    for (const from of ['<a@example.co.jp>\rX-Injected: 1', '<a@example.co.jp> SIZE=1\u0007', '<a@example.co.jp> EVIL=yes']) {
      expect(await client.command(`MAIL FROM:${from}`), JSON.stringify(from)).toMatch(/^5\d\d /);
    }
    client.destroy();
    // A hostile HELO is cleaned before it goes into our Received: header.
    const evil = await connect(gw.smtpPort);
    await evil.reply();
    expect(await evil.command('EHLO evil)(X-Injected:true')).toMatch(/^250/);
    const token = newToken();
    expect(await evil.send('a@example.co.jp', ['b@partner.example.jp'], trackedMail(token))).toMatch(/^250 /);
    evil.destroy();
    const [mail] = await upstream.waitFor(1);
    const received = /^Received: [^\r]*\r\n(\t[^\r]*\r\n)*/.exec(mail!.raw.toString('latin1'))![0];
    expect(received).not.toMatch(/[()]X-Injected/);
    expect(received.split('\r\n').filter(Boolean).every((l, i) => i === 0 || l.startsWith('\t'))).toBe(true);
    expect(mail!.rcptTo).toEqual(['b@partner.example.jp']);
  });

  it('oversize: SIZE= and DATA over the limit get 552, very long command lines a 5xx; the session goes on', async () => {
    const { gw } = await setup({ 'smtp.maxMessageBytes': 50_000 });
    const { client } = await greet(gw.smtpPort);
    expect(await client.command('MAIL FROM:<a@example.co.jp> SIZE=999999999')).toMatch(/^552 /);
    const big = trackedMail(newToken(), { body: `${'x'.repeat(998)}\r\n`.repeat(80) });
    expect(await client.send('a@example.co.jp', ['b@partner.example.jp'], big)).toMatch(/^552 5\.3\.4 /);
    // smtp-server answers an over-long line with 421 and closes: the client may come back.
    expect(await client.command(`NOOP ${'A'.repeat(20_000)}`)).toMatch(/^(421|5\d\d) /);
    client.destroy();
    expect(await gw.store.list({})).toHaveLength(0);
    await stillServes(gw);
  });

  it('slow-loris: an idle client is disconnected after socketTimeoutMs while others are served', async () => {
    const { gw } = await setup({ 'smtp.socketTimeoutMs': 600 });
    const idle = await greet(gw.smtpPort);
    const stalled = await greet(gw.smtpPort);
    await stalled.client.command('MAIL FROM:<a@example.co.jp>');
    await stalled.client.command('RCPT TO:<b@partner.example.jp>');
    await stalled.client.command('DATA');
    stalled.client.write('Subject: never finished\r\n');
    const started = Date.now();
    await stillServes(gw);
    // Closed long before the default 60 s idle limit, with room for a busy machine.
    expect(await idle.client.waitClosed(20_000)).toBe(true);
    expect(await stalled.client.waitClosed(20_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(20_000);
    // The half message was never accepted.
    expect((await gw.store.list({})).length).toBe(1);
    await stillServes(gw);
  });

  it('too many connections: clients over smtp.maxClients get 421 and the server keeps serving', async () => {
    // One client address may use every slot here (perClientShare 1): this is about maxClients itself.
    const { gw } = await setup({ 'smtp.maxClients': 3, 'smtp.limits': { perClientShare: 1 } });
    const held = await Promise.all([0, 1, 2].map(() => greet(gw.smtpPort)));
    for (const h of held) expect(h.greeting).toMatch(/^220 /);
    const extra = await connect(gw.smtpPort);
    expect(await extra.reply()).toMatch(/^421 /);
    expect(await extra.waitClosed(3_000)).toBe(true);
    for (const h of held) h.client.destroy();
    await waitUntil(async () => {
      const probe = await connect(gw.smtpPort);
      const greeting = await probe.reply().catch(() => '');
      probe.destroy();
      return greeting.startsWith('220');
    }, 5_000, 'a free slot');
    await stillServes(gw);
  });

  it('many clients resetting the connection at every stage do not disturb the gateway', async () => {
    const { gw } = await setup();
    const stages = ['', 'EHLO x\r\n', 'EHLO x\r\nMAIL FROM:<a@example.co.jp>\r\n', 'EHLO x\r\nMAIL FROM:<a@example.co.jp>\r\nRCPT TO:<b@partner.example.jp>\r\nDATA\r\nSubject: x\r\n\r\nhalf'];
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const c = await connect(gw.smtpPort);
        if (i % 2) await c.reply().catch(() => '');
        c.write(stages[i % stages.length]!);
        await new Promise((r) => setTimeout(r, 20 + (i % 5) * 10));
        c.destroy();
      }),
    );
    await stillServes(gw);
    expect((await gw.store.list({})).length).toBe(1);
  });
});
