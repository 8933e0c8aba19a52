/**
 * Node load generator (nodemailer, Nagle off like the gateway's own relay): closed-loop runs
 * with N parallel sessions, with or without connection reuse, and open-loop runs at a fixed rate.
 */
import net from 'node:net';
import nodemailer from 'nodemailer';
import { RECIPIENT, SENDER } from './mail.js';

function getSocket(opts: { host?: string; port?: number }, cb: (err: Error | null, s?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 25, noDelay: true });
  socket.once('error', cb);
  socket.once('connect', () => {
    socket.removeListener('error', cb);
    socket.on('error', () => {});
    cb(null, { connection: socket });
  });
}

export interface SentMessage {
  id: string;
  /** performance.now() when the transaction started (or was due, for paced runs). */
  startedAt: number;
  /** performance.now() when the 250 came back. */
  acceptedAt: number;
  /** Queue id from `250 … queued as ID` (gateway only). */
  queueId?: string;
}

export interface LoadResult {
  sent: SentMessage[];
  failed: number;
  firstError?: string;
  startedAt: number;
  endedAt: number;
}

const baseOptions = { host: '127.0.0.1', secure: false, ignoreTLS: true, getSocket, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 120_000 };

function queueIdOf(response: string | undefined): string | undefined {
  return /queued as (\S+)/.exec(response ?? '')?.[1];
}

/**
 * `sessions` clients each sending one message after the other until `total` were sent.
 * reuse: every client keeps one connection for all its messages; otherwise one connection per message.
 */
export async function closedLoop(options: { port: number; sessions: number; total: number; reuse: boolean; prefix: string; message: (id: string, n: number) => Buffer }): Promise<LoadResult> {
  const result: LoadResult = { sent: [], failed: 0, startedAt: performance.now(), endedAt: 0 };
  let next = 0;
  await Promise.all(
    Array.from({ length: options.sessions }, async () => {
      const transport = options.reuse
        ? nodemailer.createTransport({ ...baseOptions, port: options.port, pool: true, maxConnections: 1, maxMessages: Infinity })
        : nodemailer.createTransport({ ...baseOptions, port: options.port });
      while (next < options.total) {
        const n = next++;
        const id = `${options.prefix}-${n}`;
        const raw = options.message(id, n);
        const startedAt = performance.now();
        try {
          const info = await transport.sendMail({ envelope: { from: SENDER, to: [RECIPIENT] }, raw });
          const queueId = queueIdOf(info.response);
          result.sent.push({ id, startedAt, acceptedAt: performance.now(), ...(queueId ? { queueId } : {}) });
        } catch (err) {
          result.failed++;
          result.firstError ??= (err as Error).message;
        }
      }
      transport.close();
    }),
  );
  result.endedAt = performance.now();
  return result;
}

/** Open loop: message i is due at start + i/rate over a pool of `connections` reused connections. */
export async function pacedRun(options: { port: number; rate: number; seconds: number; connections: number; prefix: string; message: (id: string, n: number) => Buffer }): Promise<LoadResult> {
  const transport = nodemailer.createTransport({ ...baseOptions, port: options.port, pool: true, maxConnections: options.connections, maxMessages: Infinity });
  const total = Math.round(options.rate * options.seconds);
  const result: LoadResult = { sent: [], failed: 0, startedAt: performance.now(), endedAt: 0 };
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const due = result.startedAt + (n * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const id = `${options.prefix}-${n}`;
    inFlight.push(
      transport.sendMail({ envelope: { from: SENDER, to: [RECIPIENT] }, raw: options.message(id, n) }).then(
        (info) => {
          const queueId = queueIdOf(info.response);
          result.sent.push({ id, startedAt: due, acceptedAt: performance.now(), ...(queueId ? { queueId } : {}) });
        },
        (err: Error) => {
          result.failed++;
          result.firstError ??= err.message;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  result.endedAt = performance.now();
  transport.close();
  return result;
}

/** Sends one message on a fresh connection and returns when it was accepted. */
export async function sendOne(port: number, id: string, raw: Buffer): Promise<SentMessage> {
  const transport = nodemailer.createTransport({ ...baseOptions, port });
  const startedAt = performance.now();
  const info = await transport.sendMail({ envelope: { from: SENDER, to: [RECIPIENT] }, raw });
  transport.close();
  const queueId = queueIdOf(info.response);
  return { id, startedAt, acceptedAt: performance.now(), ...(queueId ? { queueId } : {}) };
}
