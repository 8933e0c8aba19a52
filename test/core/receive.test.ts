import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { hash } from '@node-rs/argon2';
import { TestUpstream } from '../helpers/upstream.js';
import { greet, RawSmtpClient } from '../helpers/smtp-client.js';
import { gatewayWithUpstream, sampleMail, startGateway, stripOurReceived, tempDir, waitUntil } from '../helpers/gateway.js';
import { requireDataset } from '../helpers/datasets.js';
import { hardMimeMessages } from '../helpers/hard-mime.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const setup = (overrides: Record<string, unknown> = {}) => gatewayWithUpstream(cleanups, overrides);

describe('inbound SMTP', () => {
  it('storage.minFreeBytes: below that much free space new mail gets 451 4.3.0 (and /healthz says why); 0 accepts', async () => {
    const { gw } = await setup({ 'storage.minFreeBytes': Number.MAX_SAFE_INTEGER });
    const { client } = await greet(gw.smtpPort);
    expect(await client.command('MAIL FROM:<a@example.co.jp>')).toMatch(/^451 4\.3\.0 /);
    client.destroy();
    const health = await fetch(`http://127.0.0.1:${gw.webPort}/healthz`);
    expect(health.status).toBe(503);
    expect(JSON.stringify(await health.json())).toMatch(/low disk space/);

    const { gw: roomy } = await setup({ 'storage.minFreeBytes': 0 });
    const ok = await greet(roomy.smtpPort);
    expect(await ok.client.send('a@example.co.jp', ['b@partner.example.jp'], sampleMail())).toMatch(/^250 /);
    ok.client.destroy();
  });

  it('refuses clients outside the allowed networks (never an open relay)', async () => {
    const { gw, upstream } = await setup({ 'smtp.clientNetworks': ['127.0.0.1/32'] });
    const outsider = await RawSmtpClient.connect(gw.smtpPort, '127.0.0.1', '127.0.0.2');
    const greeting = await outsider.reply();
    expect(greeting).toMatch(/^554 5\.7\.1 Relay access denied/);
    outsider.destroy();
    // The allowed address still relays.
    const { client } = await greet(gw.smtpPort, '127.0.0.1');
    expect(await client.send('a@example.co.jp', ['b@partner.example.jp'], sampleMail())).toMatch(/^250 /);
    client.destroy();
    await upstream.waitFor(1);
    expect(upstream.received).toHaveLength(1);
  });

  it('answers 552 to a message over the size limit and stores nothing', async () => {
    const { gw } = await setup({ 'smtp.maxMessageBytes': 10_000 });
    const { client } = await greet(gw.smtpPort);
    const big = sampleMail({ body: `${'あ'.repeat(5000)}\r\n` });
    const answer = await client.send('a@example.co.jp', ['b@partner.example.jp'], big);
    expect(answer).toMatch(/^552 5\.3\.4 /);
    // SIZE declared up front is refused at MAIL FROM as well.
    expect(await client.command('MAIL FROM:<a@example.co.jp> SIZE=20000')).toMatch(/^552 /);
    client.destroy();
    expect(await gw.store.list({})).toHaveLength(0);
  });

  it('keeps serving after a client resets the connection in the middle of DATA', async () => {
    const { gw, upstream } = await setup();
    const { client: rude } = await greet(gw.smtpPort);
    await rude.command('MAIL FROM:<a@example.co.jp>');
    await rude.command('RCPT TO:<b@partner.example.jp>');
    await rude.command('DATA');
    rude.write('Subject: half a message\r\n\r\nthis never ends');
    await new Promise((r) => setTimeout(r, 100));
    rude.resetHard();
    await new Promise((r) => setTimeout(r, 200));
    const { client } = await greet(gw.smtpPort);
    expect(await client.send('a@example.co.jp', ['b@partner.example.jp'], sampleMail())).toMatch(/^250 /);
    client.destroy();
    await upstream.waitFor(1);
    // The half message was never accepted, so nothing of it is stored or relayed.
    expect((await gw.store.list({})).length).toBe(1);
  });

  it('refuses SMTP smuggling sequences in the message data', async () => {
    const { gw } = await setup();
    const { client } = await greet(gw.smtpPort);
    const smuggled = Buffer.from('Subject: hi\r\n\r\nfirst\n.\r\nMAIL FROM:<evil@attacker.test>\r\n', 'latin1');
    expect(await client.send('a@example.co.jp', ['b@partner.example.jp'], smuggled)).toMatch(/^550 5\.6\.0 .*bare LF/);
    const bareCr = Buffer.from('Subject: hi\r\n\r\nfirst\r.\r\nrest\r\n', 'latin1');
    expect(await client.send('a@example.co.jp', ['b@partner.example.jp'], bareCr)).toMatch(/^550 5\.6\.0 .*bare CR/);
    client.destroy();
    expect(await gw.store.list({})).toHaveLength(0);
  });

  it('refuses header injection through envelope addresses', async () => {
    const { gw } = await setup();
    const { client } = await greet(gw.smtpPort);
    expect(await client.command('MAIL FROM:<a@example.co.jp>')).toMatch(/^250/);
    expect(await client.command('RCPT TO:<b@partner.example.jp>\rBcc: x@evil.test')).toMatch(/^5\d\d/);
    client.destroy();
  });

  it('offers STARTTLS with the configured certificate and authenticates clients outside the networks', async () => {
    const dir = tempDir();
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=gateway.test'], { stdio: 'ignore' });
    const passwordHash = await hash('correct horse battery staple', { algorithm: 2 });
    const { gw, upstream } = await setup({
      'smtp.clientNetworks': ['192.0.2.0/24'],
      'smtp.tls': { key, cert },
      'smtp.auth': { users: [{ username: 'relay-user', passwordHash }] },
    });
    const send = (pass: string) =>
      nodemailer
        .createTransport({ host: '127.0.0.1', port: gw.smtpPort, secure: false, requireTLS: true, tls: { rejectUnauthorized: false }, auth: { user: 'relay-user', pass } })
        .sendMail({ from: 'a@example.co.jp', to: 'b@partner.example.jp', subject: 'tls', text: 'x' });
    await expect(send('wrong password!!')).rejects.toThrow(/535/);
    const info = await send('correct horse battery staple');
    expect(info.response).toMatch(/^250 /);
    const [mail] = await upstream.waitFor(1);
    expect(mail!.raw.toString('latin1')).toMatch(/with ESMTPSA id/);
    // Without authentication, a client outside the networks cannot relay.
    const plain = nodemailer.createTransport({ host: '127.0.0.1', port: gw.smtpPort, secure: false, requireTLS: true, tls: { rejectUnauthorized: false } });
    await expect(plain.sendMail({ from: 'a@example.co.jp', to: 'b@partner.example.jp', text: 'x' })).rejects.toThrow(/530/);
  });

  it('answers 451 (never 250, never 5xx) when the message cannot be stored', async () => {
    const { gw } = await setup();
    // Break the store underneath the running gateway: the data file's tables disappear.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(gw.dataDir, 'gateway.db'));
    db.exec('DROP TABLE message_content');
    db.close();
    const { client } = await greet(gw.smtpPort);
    const answer = await client.send('a@example.co.jp', ['b@partner.example.jp'], sampleMail());
    expect(answer).toMatch(/^451 4\.3\.0 /);
    // While storage is failing, new transactions are deferred up front.
    expect(await client.command('MAIL FROM:<a@example.co.jp>')).toMatch(/^451 /);
    client.destroy();
    const health = await fetch(`http://127.0.0.1:${gw.webPort}/healthz`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { storage: { reason: string } }).storage.reason).toMatch(/not writable|message_content|no such table/);
  });

  it('applies back-pressure: 451 4.3.2 while too many messages wait for inspection, then accepts again', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    const gw = await startGateway(
      { 'upstream.url': upstream.url, 'processing.maxBacklog': 3, 'processing.concurrency': 1 },
      {
        // An inspector that cannot keep up until the gate opens.
        inspector: {
          async inspect(record) {
            await gate;
            return (await import('../../src/pipeline/pass-inspector.js')).passThroughInspector.inspect(record, Buffer.alloc(0));
          },
        },
      },
    );
    cleanups.push(() => (release(), gw.cleanup()));
    const { client } = await greet(gw.smtpPort);
    // Fill the backlog. It is checked periodically, so on a slow machine the deferral can start
    // before the fifth message: every answer is 250 until the first 451 4.3.2 (at MAIL or RCPT,
    // after which DATA says 503), and at least the limit's worth was accepted.
    let accepted = 0;
    for (let i = 0; i < 5; i++) {
      const answer = await client.send('a@example.co.jp', [`r${i}@partner.example.jp`], sampleMail());
      await client.command('RSET');
      if (!answer.startsWith('250 ')) {
        expect(answer).toMatch(/^(451 4\.3\.2 |503 )/);
        break;
      }
      accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(3);
    // The backlog is checked periodically: ask until it notices (no fixed sleep, so a busy machine cannot make it flaky).
    await waitUntil(async () => {
      const answer = await client.command('MAIL FROM:<a@example.co.jp>');
      await client.command('RSET');
      if (/^451 4\.3\.2 /.test(answer)) return true;
      expect(answer).toMatch(/^250 /);
      return false;
    }, 15_000, 'new mail deferred with 451 4.3.2');
    release();
    await upstream.waitFor(accepted);
    await waitUntil(async () => {
      const answer = await client.command('MAIL FROM:<a@example.co.jp>');
      await client.command('RSET');
      expect(answer).toMatch(/^(250|451 4\.3\.2) /);
      return answer.startsWith('250');
    }, 15_000, 'new mail accepted again once the backlog drained');
    expect(await client.send('a@example.co.jp', ['later@partner.example.jp'], sampleMail())).toMatch(/^250 /);
    client.destroy();
  });


  it('paces new mail while the inspection backlog is over processing.inflowBacklog (in_flow_delay): MAIL FROM waits for an inspection or the longest pause, never refused', async () => {
    const { gw, upstream, pending } = await gatewayWithHeldInspections({ 'processing.inflowBacklog': 2, 'processing.inflowDelayMs': 1_500 });
    const { client } = await greet(gw.smtpPort);
    for (let i = 0; i < 2; i++) {
      expect(await client.send('a@example.co.jp', [`r${i}@partner.example.jp`], sampleMail())).toMatch(/^250 /);
      await client.command('RSET');
    }
    await waitUntil(() => pending.length > 0, 10_000, 'the first message in inspection');
    // Two wait: the next transaction is paced. Its MAIL FROM is answered once a message is inspected.
    let answered: string | undefined;
    const mail = client.command('MAIL FROM:<a@example.co.jp>').then((a) => (answered = a));
    await new Promise((r) => setTimeout(r, 400));
    expect(answered).toBeUndefined();
    pending.shift()!();
    expect(await mail).toMatch(/^250 /);
    await client.command('RSET');
    // Mail announced as large (SIZE) goes to the large lane, whose backlog is empty: no pause.
    const started = Date.now();
    expect(await client.command('MAIL FROM:<a@example.co.jp> SIZE=500000')).toMatch(/^250 /);
    expect(Date.now() - started).toBeLessThan(1_000);
    await client.command('RSET');
    // One place is free again (one inspected): the next message goes at once and fills it; with
    // nothing more inspected, the one after pauses for inflowDelayMs and is then accepted.
    expect(await client.send('a@example.co.jp', ['r2@partner.example.jp'], sampleMail())).toMatch(/^250 /);
    await client.command('RSET');
    const paused = Date.now();
    expect(await client.send('a@example.co.jp', ['r3@partner.example.jp'], sampleMail())).toMatch(/^250 /);
    expect(Date.now() - paused).toBeGreaterThanOrEqual(1_400);
    client.destroy();
    const metrics = await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text();
    expect(Number(/^dlp_smtp_inflow_paused_total (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(2);
    // Everything accepted is relayed once inspected.
    const drain = setInterval(() => pending.shift()?.(), 20);
    try {
      await upstream.waitFor(4);
    } finally {
      clearInterval(drain);
    }
  });


  it('inflow control: a client that disconnects while paused gives up its place to a client still waiting', async () => {
    // Three messages wait (left by an earlier run): after one is inspected two still do, so only
    // the inspection's own release (no room under the backlog of 1) can free a paused client.
    const dataDir = await storeWithWaitingMail(3);
    const { gw, pending } = await gatewayWithHeldInspections({ 'storage.dataDir': dataDir, 'processing.inflowBacklog': 1, 'processing.inflowDelayMs': 8_000 });
    await waitUntil(() => pending.length > 0, 10_000, 'a waiting message in inspection');
    const leaving = await greet(gw.smtpPort);
    void leaving.client.command('MAIL FROM:<a@example.co.jp>').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    const staying = await greet(gw.smtpPort);
    let answered: string | undefined;
    const mail = staying.client.command('MAIL FROM:<a@example.co.jp>').then((a) => (answered = a));
    await new Promise((r) => setTimeout(r, 300));
    expect(answered).toBeUndefined();
    leaving.client.destroy();
    await new Promise((r) => setTimeout(r, 300));
    pending.shift()!();
    // Freed by that inspection, not by the end of the 8 s pause.
    const within = await Promise.race([mail, new Promise<'late'>((r) => setTimeout(() => r('late'), 4_000))]);
    expect(within).toMatch(/^250 /);
    staying.client.destroy();
  });

  it('inflow control starts from the backlog already in the store: after a restart into waiting mail, MAIL FROM is paced at once', async () => {
    const dataDir = await storeWithWaitingMail(3);
    const { gw, pending } = await gatewayWithHeldInspections({ 'storage.dataDir': dataDir, 'processing.inflowBacklog': 2, 'processing.inflowDelayMs': 5_000 });
    const { client } = await greet(gw.smtpPort);
    let answered: string | undefined;
    const mail = client.command('MAIL FROM:<a@example.co.jp>').then((a) => (answered = a));
    await new Promise((r) => setTimeout(r, 400));
    expect(answered).toBeUndefined();
    await waitUntil(() => pending.length > 0, 10_000, 'a waiting message in inspection');
    pending.shift()!();
    expect(await mail).toMatch(/^250 /);
    client.destroy();
  });

});

/**
 * A gateway (one scan worker, an upstream of its own) whose inspector finishes one message each
 * time the test calls `pending.shift()!()`; at cleanup every held and later inspection goes on.
 */
async function gatewayWithHeldInspections(overrides: Record<string, unknown>) {
  const pending: Array<() => void> = [];
  let draining = false;
  const upstream = new TestUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const gw = await startGateway(
    { 'upstream.url': upstream.url, 'processing.concurrency': 1, ...overrides },
    {
      inspector: {
        async inspect(record) {
          if (!draining) await new Promise<void>((r) => pending.push(r));
          return (await import('../../src/pipeline/pass-inspector.js')).passThroughInspector.inspect(record, Buffer.alloc(0));
        },
      },
    },
  );
  cleanups.push(async () => {
    draining = true;
    while (pending.length > 0) pending.shift()!();
    await gw.cleanup();
  });
  return { gw, upstream, pending };
}

/** A data directory whose store already holds `n` messages waiting for inspection (an earlier run's). */
async function storeWithWaitingMail(n: number): Promise<string> {
  const dataDir = tempDir();
  const { SqliteStore } = await import('../../src/store/sqlite.js');
  const store = new SqliteStore(path.join(dataDir, 'gateway.db'));
  for (let i = 0; i < n; i++) {
    const id = `LEFT${i}`;
    await store.accept(
      { id, receivedAt: Date.now(), mailFrom: 'a@example.co.jp', rcptTo: ['b@partner.example.jp'], raw: sampleMail(), client: { address: '127.0.0.1' } },
      { at: Date.now(), messageId: id, actor: 'smtp', action: 'received' },
    );
  }
  await store.close();
  return dataDir;
}

/** Send every message through one session; each must reach the next hop byte for byte. */
async function relaysByteForByte(messages: Array<{ name: string; raw: Buffer }>): Promise<void> {
  const { gw, upstream } = await setup();
  const { client } = await greet(gw.smtpPort);
  for (const [i, m] of messages.entries()) {
    expect(await client.send('a@example.co.jp', [`rcpt-${i}@partner.example.jp`], m.raw), m.name).toMatch(/^250 /);
    await client.command('RSET');
  }
  client.destroy();
  const got = await upstream.waitFor(messages.length);
  for (const [i, m] of messages.entries()) {
    const mail = got.find((g) => g.rcptTo[0] === `rcpt-${i}@partner.example.jp`)!;
    expect(stripOurReceived(mail.raw).equals(m.raw), m.name).toBe(true);
  }
}

describe('hard MIME relayed byte for byte', () => {
  it('the project-made corpus: nested multiparts, broken boundaries, JIS/Shift_JIS/EUC-JP/unknown charsets, long lines, 8-bit headers, rfc822 in rfc822', async () => {
    await relaysByteForByte(hardMimeMessages());
  });

  const dir = requireDataset('mime', 'public MIME test messages relayed byte for byte');
  if (dir) {
    it('the public MIME test messages (../shared/datasets/mime)', async () => {
      const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      expect(files.length).toBeGreaterThanOrEqual(5);
      // SMTP carries CRLF lines: the fixture is sent with CRLF, as an MTA would.
      await relaysByteForByte(files.map((name) => ({ name, raw: Buffer.from(readFileSync(path.join(dir, name), 'latin1').replace(/\r?\n/g, '\r\n'), 'latin1') })));
    });
  }
});
