import { afterEach, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { TestUpstream, freePort } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { gatewayWithUpstream, sampleMail, startGateway, stripOurReceived, waitUntil } from '../helpers/gateway.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const setup = (overrides: Record<string, unknown> = {}) => gatewayWithUpstream(cleanups, overrides);

describe('smart-host relay', () => {
  it('relays the exact bytes with the original envelope, Bcc-only recipients included', async () => {
    const { gw, upstream } = await setup();
    const raw = sampleMail({ to: ['sato@partner.example.jp'], cc: ['suzuki@partner.example.jp'] });
    const { client } = await greet(gw.smtpPort);
    const answer = await client.send('yamada.taro@example.co.jp', ['sato@partner.example.jp', 'suzuki@partner.example.jp', 'hidden-bcc@other.example.com'], raw);
    client.destroy();
    expect(answer).toMatch(/^250 2\.0\.0 Ok: queued as [0-9A-Z]+/);
    const [mail] = await upstream.waitFor(1);
    expect(mail!.mailFrom).toBe('yamada.taro@example.co.jp');
    expect(mail!.rcptTo).toEqual(['sato@partner.example.jp', 'suzuki@partner.example.jp', 'hidden-bcc@other.example.com']);
    // Our trace header on top, then the client's bytes unchanged (DKIM-signed headers and body intact).
    expect(stripOurReceived(mail!.raw).equals(raw)).toBe(true);
    expect(mail!.raw.toString('latin1')).toMatch(/^Received: from client\.example\.test \((\S+ )?\[127\.0\.0\.1\]\)\r\n\tby gateway\.test \(dlp-gateway\) with ESMTP id /);
    const id = /queued as (\S+)/.exec(answer)![1]!;
    await waitUntil(async () => (await gw.store.get(id))?.state === 'delivered', 5_000, 'delivered state');
    const actions = (await gw.store.events({ messageId: id })).map((e) => e.action);
    expect(actions).toEqual(['received', 'passed', 'delivered']);
  });

  it('reuses the relay connection; when the next hop closed it while idle, the next message goes out at once on a fresh one', async () => {
    const { gw, upstream } = await setup({ 'upstream.maxConnections': 1 });
    let connections = 0;
    (upstream as unknown as { server: { server: import('node:net').Server } }).server.server.on('connection', () => connections++);
    const { client } = await greet(gw.smtpPort);
    for (let i = 0; i < 3; i++) expect(await client.send('a@example.co.jp', [`r${i}@partner.example.jp`], sampleMail())).toMatch(/^250 /);
    await upstream.waitFor(3);
    expect(connections).toBe(1);
    // The next hop drops every connection (an idle timeout, a restart): our pooled one is now stale.
    for (const c of (upstream as unknown as { server: { connections: Set<{ close(): void }> } }).server.connections) c.close();
    await new Promise((r) => setTimeout(r, 200));
    const answer = await client.send('a@example.co.jp', ['late@partner.example.jp'], sampleMail());
    client.destroy();
    const id = /queued as (\S+)/.exec(answer)![1]!;
    await upstream.waitFor(4);
    await waitUntil(async () => (await gw.store.get(id))?.state === 'delivered', 5_000, 'delivered state');
    // Delivered on the first attempt: the stale connection cost no deferral.
    expect((await gw.store.events({ messageId: id })).map((e) => e.action)).toEqual(['received', 'passed', 'delivered']);
    expect(connections).toBe(2);
  });

  it('logs in to a next hop that requires AUTH with the credentials of upstream.url', async () => {
    const { SMTPServer } = await import('smtp-server');
    const got: string[] = [];
    const logins: string[] = [];
    const server = new SMTPServer({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, cb) {
        logins.push(`${auth.username}:${auth.password}`);
        if (auth.username === 'relay' && auth.password === 'p@ss word') return cb(null, { user: 'relay' });
        cb(Object.assign(new Error('5.7.8 no'), { responseCode: 535 }));
      },
      onData(stream, session, cb) {
        stream.resume();
        stream.on('end', () => (got.push(session.envelope.rcptTo.map((r) => r.address).join()), cb()));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const port = (server.server.address() as import('node:net').AddressInfo).port;
    const gw = await startGateway({ 'upstream.url': `smtp://relay:${encodeURIComponent('p@ss word')}@127.0.0.1:${port}` });
    cleanups.push(() => gw.cleanup());
    const { client } = await greet(gw.smtpPort);
    expect(await client.send('a@example.co.jp', ['b@partner.example.jp'], sampleMail())).toMatch(/^250 /);
    client.destroy();
    await waitUntil(() => got.length === 1, 10_000, 'delivery through the authenticated next hop');
    expect(logins).toEqual(['relay:p@ss word']);

    // Wrong credentials are our configuration's fault: deferred and retried, never bounced.
    const wrong = await startGateway({ 'upstream.url': `smtp://relay:wrong@127.0.0.1:${port}` });
    cleanups.push(() => wrong.cleanup());
    const second = await greet(wrong.smtpPort);
    const answer = await second.client.send('a@example.co.jp', ['c@partner.example.jp'], sampleMail());
    second.client.destroy();
    const id = /queued as (\S+)/.exec(answer)![1]!;
    await waitUntil(async () => (await wrong.store.get(id))!.attempts >= 2, 10_000, 'two deferred attempts');
    const record = (await wrong.store.get(id))!;
    expect(record.state).toBe('queued');
    expect(record.lastError).toMatch(/535|auth/i);
  });

  it('keeps a message queued while upstream is down and delivers it once upstream returns', async () => {
    const port = await freePort();
    const gw = await startGateway({ 'upstream.url': `smtp://127.0.0.1:${port}` });
    cleanups.push(() => gw.cleanup());
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: gw.smtpPort, secure: false, ignoreTLS: true });
    const info = await transport.sendMail({ from: 'a@example.co.jp', to: 'b@partner.example.jp', subject: 'down', text: '本文' });
    const id = /queued as (\S+)/.exec(info.response)![1]!;
    await waitUntil(async () => (await gw.store.events({ messageId: id })).some((e) => e.action === 'relay_deferred'), 10_000, 'a deferred attempt');
    expect((await gw.store.get(id))?.state).toBe('queued');
    const upstream = new TestUpstream();
    await upstream.start(port);
    cleanups.push(() => upstream.stop());
    const [mail] = await upstream.waitFor(1);
    expect(mail!.rcptTo).toEqual(['b@partner.example.jp']);
    await waitUntil(async () => (await gw.store.get(id))?.state === 'delivered', 5_000, 'delivered state');
    expect(upstream.received).toHaveLength(1);
  });

  it('bounces to the envelope sender when upstream answers 5xx, and retries only the 4xx recipients', async () => {
    const { gw, upstream } = await setup();
    let tempFailures = 1;
    upstream.behaviour.rcpt = (address) => {
      if (address.startsWith('nouser@')) return { code: 550, message: '5.1.1 User unknown' };
      if (address.startsWith('busy@') && tempFailures-- > 0) return { code: 451, message: '4.3.0 Try later' };
      return undefined;
    };
    const { client } = await greet(gw.smtpPort);
    const answer = await client.send('sender@example.co.jp', ['ok@partner.example.jp', 'nouser@partner.example.jp', 'busy@partner.example.jp'], sampleMail());
    client.destroy();
    const id = /queued as (\S+)/.exec(answer)![1]!;
    // ok@ first; the bounce for nouser@; busy@ on the retry.
    const mails = await upstream.waitFor(3);
    const original = mails.filter((m) => m.mailFrom === 'sender@example.co.jp');
    expect(original.map((m) => m.rcptTo)).toEqual([['ok@partner.example.jp'], ['busy@partner.example.jp']]);
    const bounce = mails.find((m) => m.mailFrom === '');
    expect(bounce?.rcptTo).toEqual(['sender@example.co.jp']);
    const text = bounce!.raw.toString('utf8');
    expect(text).toContain('multipart/report; report-type=delivery-status');
    expect(text).toContain('Final-Recipient: rfc822; nouser@partner.example.jp');
    expect(text).toContain('Status: 5.1.1');
    expect(text).not.toContain('Final-Recipient: rfc822; ok@partner.example.jp');
    await waitUntil(async () => (await gw.store.get(id))?.state === 'delivered', 5_000, 'delivered');
    const record = await gw.store.get(id);
    expect(record?.recipients.map((r) => [r.address, r.status])).toEqual([
      ['ok@partner.example.jp', 'delivered'],
      ['nouser@partner.example.jp', 'failed'],
      ['busy@partner.example.jp', 'delivered'],
    ]);
  });

  it('bounces when every recipient is refused at DATA with 5xx and never bounces a bounce', async () => {
    const { gw, upstream } = await setup();
    upstream.behaviour.data = (mail) => (mail.mailFrom ? { code: 554, message: '5.7.1 Content refused' } : undefined);
    const { client } = await greet(gw.smtpPort);
    const answer = await client.send('sender@example.co.jp', ['x@partner.example.jp'], sampleMail());
    const id = /queued as (\S+)/.exec(answer)![1]!;
    const [bounce] = await upstream.waitFor(1);
    expect(bounce!.mailFrom).toBe('');
    expect(bounce!.raw.toString('utf8')).toContain('Status: 5.7.1');
    await waitUntil(async () => (await gw.store.get(id))?.state === 'bounced', 5_000, 'bounced');
    // A message from the null sender that fails is discarded, not bounced again.
    const second = await client.send('', ['x@partner.example.jp'], sampleMail());
    upstream.behaviour.data = () => ({ code: 554, message: '5.7.1 refused' });
    const id2 = /queued as (\S+)/.exec(second)![1]!;
    await waitUntil(async () => (await gw.store.get(id2))?.state === 'bounced', 5_000, 'second bounced');
    expect((await gw.store.events({ messageId: id2 })).map((e) => e.action)).toContain('bounce_discarded');
    client.destroy();
  });

  it('bounces a message that stays undeliverable past the maximum queue age', async () => {
    const port = await freePort();
    const gw = await startGateway({ 'upstream.url': `smtp://127.0.0.1:${port}`, 'upstream.retry.maxQueueAgeMs': 1500 });
    cleanups.push(() => gw.cleanup());
    const { client } = await greet(gw.smtpPort);
    const answer = await client.send('sender@example.co.jp', ['x@partner.example.jp'], sampleMail());
    client.destroy();
    const id = /queued as (\S+)/.exec(answer)![1]!;
    await waitUntil(async () => (await gw.store.get(id))?.state === 'bounced', 15_000, 'bounced after max age');
    const bounces = await gw.store.list({ kind: 'bounce' });
    expect(bounces).toHaveLength(1);
    expect(bounces[0]!.rcptTo).toEqual(['sender@example.co.jp']);
    const raw = (await gw.store.getRaw(bounces[0]!.id))!.toString('utf8');
    expect(raw).toContain('Final-Recipient: rfc822; x@partner.example.jp');
  });
});
