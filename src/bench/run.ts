/**
 * `npm run bench`: throughput and added latency of the gateway against a plain pass-through
 * relay, over real SMTP on loopback, with connection reuse. Results go to stdout and BENCHMARKS.md.
 */
import os from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../config/load.js';
import { createLogger } from '../log/logger.js';
import { createGateway, type GatewaySeams } from '../gateway.js';

/** Nagle off on client sockets, as the gateway's relay does (see src/relay/upstream.ts). */
function getSocket(opts: { host?: string; port?: number }, cb: (err: Error | null, s?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 25, noDelay: true });
  socket.once('error', cb);
  socket.once('connect', () => {
    socket.removeListener('error', cb);
    socket.on('error', () => {});
    cb(null, { connection: socket });
  });
}

interface Sink {
  port: number;
  count: number;
  arrivals: Map<string, number>;
  close(): Promise<void>;
}

async function startSink(): Promise<Sink> {
  const sink: Sink = { port: 0, count: 0, arrivals: new Map(), close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, cb) {
      let head = '';
      stream.on('data', (c: Buffer) => {
        if (head.length < 4096) head += c.toString('latin1');
      });
      stream.on('end', () => {
        sink.count++;
        const id = /X-Bench-Id: (\S+)/.exec(head)?.[1];
        if (id) sink.arrivals.set(id, performance.now());
        cb();
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.server.address();
  sink.port = typeof addr === 'object' && addr ? addr.port : 0;
  sink.close = () => new Promise((r) => server.close(() => r()));
  return sink;
}

/** A plain relay: smtp-server → nodemailer → sink, no spool, no scanning (baseline a). */
async function startPlainRelay(upstreamPort: number): Promise<{ port: number; close(): Promise<void> }> {
  const transport = nodemailer.createTransport({ pool: true, host: '127.0.0.1', port: upstreamPort, secure: false, ignoreTLS: true, maxConnections: 5, getSocket });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        transport
          .sendMail({ envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) }, raw: Buffer.concat(chunks) })
          .then(() => cb(), (e: Error) => cb(e));
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.server.address();
  return { port: typeof addr === 'object' && addr ? addr.port : 0, close: async () => (transport.close(), await new Promise<void>((r) => server.close(() => r()))) };
}

const bodyLines = [
  'いつも大変お世話になっております。',
  '先日ご依頼いただきました見積書の件につきまして、下記の通りご連絡いたします。',
  '納期は来月末を予定しており、詳細な仕様については別途打ち合わせの場を設けたいと考えております。',
  'ご多忙のところ恐縮ですが、ご都合のよい日時を二、三ご提示いただけますと幸いです。',
  'なお、本件に関するご質問等ございましたら、担当までお気軽にお問い合わせください。',
];

function plainMail(i: number): Buffer {
  const body: string[] = ['株式会社サンプル商事', '営業部 佐藤様', ''];
  while (body.join('\r\n').length < 1700) body.push(...bodyLines);
  body.push('', '-- ', '株式会社エグザンプル 営業部', '山田 太郎', 'TEL: 03-1234-5678', '');
  return Buffer.from(
    [
      'From: yamada@example.co.jp',
      'To: sato@partner.example.jp',
      `Subject: =?UTF-8?B?${Buffer.from(`お見積りの件 ${i}`).toString('base64')}?=`,
      `X-Bench-Id: ${i}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      body.join('\r\n'),
    ].join('\r\n'),
  );
}

interface RunResult {
  messages: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

async function drive(port: number, sink: Sink, total: number, sessions: number): Promise<RunResult> {
  const before = sink.count;
  const sentAt = new Map<string, number>();
  const transports = Array.from({ length: sessions }, () =>
    nodemailer.createTransport({ pool: true, maxConnections: 1, maxMessages: Infinity, host: '127.0.0.1', port, secure: false, ignoreTLS: true, getSocket }),
  );
  const start = performance.now();
  let next = 0;
  await Promise.all(
    transports.map(async (t) => {
      while (next < total) {
        const i = next++;
        const id = `${port}-${i}`;
        sentAt.set(id, performance.now());
        await t.sendMail({ envelope: { from: 'yamada@example.co.jp', to: ['sato@partner.example.jp'] }, raw: plainMail(Number(i)).toString('latin1').replace(`X-Bench-Id: ${i}`, `X-Bench-Id: ${id}`) });
      }
    }),
  );
  while (sink.count - before < total) await new Promise((r) => setTimeout(r, 5));
  const seconds = (performance.now() - start) / 1000;
  for (const t of transports) t.close();
  const latencies = [...sentAt].map(([id, t0]) => (sink.arrivals.get(id) ?? t0) - t0).sort((a, b) => a - b);
  const q = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!);
  return { messages: total, seconds, perSecond: total / seconds, p50: q(0.5), p95: q(0.95), p99: q(0.99) };
}

async function main(): Promise<void> {
  const total = Number(process.env.BENCH_MESSAGES ?? 2000);
  const sessions = Number(process.env.BENCH_SESSIONS ?? 20);
  const sink = await startSink();
  const plain = await startPlainRelay(sink.port);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dlp-bench-'));
  const { config } = await loadConfig({
    env: {},
    overrides: { 'storage.dataDir': dataDir, 'smtp.port': 0, 'smtp.host': '127.0.0.1', 'web.enabled': false, 'upstream.url': `smtp://127.0.0.1:${sink.port}`, 'processing.pollMs': 50 },
  });
  const log = createLogger({ level: 'silent' });
  let seams: GatewaySeams = {};
  try {
    const { createDefaultInspection } = await import('../inspect/default.js');
    seams = await createDefaultInspection(config, log);
  } catch {
    seams = {};
  }
  const gateway = await createGateway(config, log, seams);
  await gateway.start();

  await drive(plain.port, sink, Math.min(200, total), sessions); // warm-up
  const baseline = await drive(plain.port, sink, total, sessions);
  await drive(gateway.smtpPort, sink, Math.min(200, total), sessions);
  const full = await drive(gateway.smtpPort, sink, total, sessions);
  const rss = process.memoryUsage().rss;

  await gateway.stop();
  await plain.close();
  await sink.close();
  rmSync(dataDir, { recursive: true, force: true });

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const row = (name: string, r: RunResult) => `| ${name} | ${r.messages} | ${r.perSecond.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} |`;
  const report = [
    '# Benchmarks',
    '',
    `Command: \`npm run bench\` (BENCH_MESSAGES=${total}, BENCH_SESSIONS=${sessions}, connection reuse)`,
    `Machine: ${machine}`,
    `Date: ${new Date().toISOString()}`,
    '',
    'Plain Japanese mail (~2 KB UTF-8 body with signature), loopback SMTP, sink upstream. Latency is from the client starting the',
    'transaction to the sink receiving the message (end-to-end, ms).',
    '',
    '| path | messages | msg/s | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|---|',
    row('plain relay (smtp-server → nodemailer → sink)', baseline),
    row('dlp-gateway (spool + inspection + relay)', full),
    '',
    `Ratio gateway / plain relay: ${(full.perSecond / baseline.perSecond).toFixed(2)}`,
    `Peak RSS of the benchmark process (gateway in-process): ${(rss / 2 ** 20).toFixed(0)} MiB`,
    '',
  ].join('\n');
  process.stdout.write(`${report}\n`);
  writeFileSync('BENCHMARKS.md', report);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
