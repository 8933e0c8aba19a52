/**
 * Random SMTP command sequences (valid, out of order, garbage, binary, pipelined) against a
 * running gateway. Properties: every answer is a well-formed SMTP reply, the gateway never
 * dies, a normal client is served after every sequence, and whatever was answered 250
 * "queued as" reaches the next hop (nothing accepted is lost).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startGateway } from '../helpers/gateway.js';
import { ScriptedUpstream } from './support/scripted-upstream.js';
import { FaultClient } from './support/smtp-client.js';
import { sendTracked } from './support/traffic.js';
import { fuzzSeed, recordRow, runs } from './support/results.js';
import { waitUntil } from '../helpers/gateway.js';

type Started = Awaited<ReturnType<typeof startGateway>>;
let gw: Started;
let upstream: ScriptedUpstream;
beforeAll(async () => {
  upstream = new ScriptedUpstream();
  await upstream.start();
  gw = await startGateway({ 'upstream.url': upstream.url, 'smtp.maxMessageBytes': 20_000, 'smtp.maxRecipients': 5, 'smtp.socketTimeoutMs': 2_000 });
});
afterAll(async () => {
  await gw?.cleanup();
  await upstream?.stop();
});

const address = fc.oneof(
  fc.constantFrom('a@example.co.jp', 'b@partner.example.jp', '', 'postmaster', '"q"@x.jp', 'a@[127.0.0.1]', 'ユーザー@例え.jp', 'a@b@c', '<>', 'x'.repeat(300) + '@x.jp'),
  fc.emailAddress(),
);
const param = fc.constantFrom('', ' SIZE=100', ' SIZE=99999999', ' BODY=8BITMIME', ' BODY=BINARYMIME', ' SMTPUTF8', ' NOTIFY=NEVER', ' RET=HDRS', ' ENVID=x', ' X=1', ' SIZE=-1', ' SIZE=abc', ' AUTH=<>');
const body = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('Subject: ok\r\n\r\nhello\r\n', 'Subject: x\r\n\r\n.\r\n..\r\n', '\r\n.\n', 'a\rb', 'Subject: big\r\n\r\n' + 'y'.repeat(25_000), '\u0000\u0001\u00ff'),
);
/** A complete, valid transaction now and then, so acceptance is exercised among the garbage. */
const transaction = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('hello', '..dot line', 'こんにちは')).map(
  ([n, text]) => `EHLO fuzz.test\r\nMAIL FROM:<fuzz@example.co.jp>\r\n${Array.from({ length: n }, (_, i) => `RCPT TO:<r${i}@partner.example.jp>`).join('\r\n')}\r\nDATA\r\nSubject: fuzz\r\n\r\n${text}\r\n.`,
);
const line = fc.oneof(
  transaction,
  fc.constantFrom('EHLO fuzz.test', 'HELO fuzz.test', 'EHLO', 'RSET', 'NOOP', 'QUIT', 'VRFY root', 'EXPN staff', 'HELP', 'STARTTLS', 'AUTH PLAIN', 'AUTH LOGIN', 'AUTH CRAM-MD5', 'BDAT 10 LAST', 'TURN', 'DATA', '', ' ', 'MAIL', 'RCPT', 'MAIL FROM:', 'RCPT TO:', 'mail from:<a@example.co.jp>', 'GET / HTTP/1.1', 'XCLIENT ADDR=1.2.3.4', 'XFORWARD ADDR=1.2.3.4'),
  fc.tuple(address, param).map(([a, p]) => `MAIL FROM:<${a}>${p}`),
  fc.tuple(address, param).map(([a, p]) => `RCPT TO:<${a}>${p}`),
  body.map((b) => `DATA\r\n${b}\r\n.`),
  fc.string({ maxLength: 100 }).map((s) => s.replace(/\r\n/g, '')),
  fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.from(b).toString('latin1').replace(/\r\n/g, '')),
);

const replyLine = /^\d{3}([ -].*)?$/;

async function runSequence(lines: string[]): Promise<{ replies: string[]; queued: string[] }> {
  const client = await FaultClient.connect(gw.smtpPort);
  const socketText: string[] = [];
  try {
    const greeting = await client.reply(5_000);
    socketText.push(greeting);
    if (!greeting.startsWith('220')) return { replies: socketText, queued: [] };
    // Pipelined on purpose: the whole sequence in one write, as a misbehaving client would.
    const done = client.waitClosed(4_000);
    client.write(`${lines.join('\r\n')}\r\nQUIT\r\n`);
    const replies: string[] = [];
    for (;;) {
      const r = await client.reply(1_500).catch(() => undefined);
      if (r === undefined) break;
      replies.push(r);
      if (r.startsWith('221')) break;
    }
    await done;
    return { replies: [...socketText, ...replies], queued: replies.filter((r) => /^250 .*queued as/.test(r)).map((r) => /queued as (\S+)/.exec(r)![1]!) };
  } finally {
    client.destroy();
  }
}

describe('SMTP command sequences (fuzzed)', () => {
  it('always well-formed answers; the gateway keeps serving; everything queued is relayed', async () => {
    const started = performance.now();
    const queuedIds: string[] = [];
    let sequences = 0;
    const seed = fuzzSeed();
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
        const { replies, queued } = await runSequence(lines);
        for (const r of replies) for (const l of r.split('\r\n')) if (!replyLine.test(l)) throw new Error(`malformed reply line ${JSON.stringify(l)}`);
        queuedIds.push(...queued);
        sequences++;
      }),
      { numRuns: runs(12, 400), ...(seed !== undefined ? { seed } : {}), endOnFailure: true },
    );
    // Still serving a normal client.
    expect(await sendTracked(gw.smtpPort, 1)).toHaveLength(1);
    // Whatever got "queued as" is stored and reaches a settled state (the next hop accepts all).
    await waitUntil(async () => {
      const records = await Promise.all(queuedIds.map((id) => gw.store.get(id)));
      return records.every((r) => r && ['delivered', 'bounced'].includes(r.state));
    }, 20_000, 'fuzz-accepted messages to be relayed');
    const records = await Promise.all(queuedIds.map((id) => gw.store.get(id)));
    const delivered = records.filter((r) => r?.state === 'delivered').length;
    recordRow({ scenario: 'fuzz: SMTP command sequences', sent: queuedIds.length, delivered, held: 0, lost: queuedIds.length - delivered - records.filter((r) => r?.state === 'bounced').length, duplicates: 0, ms: Math.round(performance.now() - started), note: `${sequences} pipelined sequences; gateway kept serving` });
  }, runs(120_000, 300_000)); // the long run's 400 sequences take ~110 s alone, more beside the other files
});
