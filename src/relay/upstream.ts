import net from 'node:net';
import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { OutgoingMessage, RecipientResult, Relay } from './types.js';

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  rejected?: string[];
  rejectedErrors?: SmtpError[];
  recipient?: string;
}

export interface UpstreamOptions {
  url: string;
  maxConnections: number;
  rejectUnauthorized: boolean;
  connectionTimeoutMs: number;
  /** Name announced in EHLO. */
  hostname: string;
}

function classify(code: number | undefined): 'temporary' | 'permanent' {
  // Anything that is not an explicit 5xx (connection refused, timeouts, 4xx) is retried.
  return code !== undefined && code >= 500 && code < 600 ? 'permanent' : 'temporary';
}

function describe(err: SmtpError): string {
  return (err.response ?? `${err.code ?? 'ERROR'} ${err.message}`).replace(/\s+/g, ' ').slice(0, 300);
}

/**
 * Relay to the upstream MTA with nodemailer's pooled SMTP transport. The raw bytes are sent
 * as they are (nodemailer only dot-stuffs), with the original envelope including Bcc-only
 * recipients; each recipient gets its own outcome.
 */
export class UpstreamRelay implements Relay {
  private transport: nodemailer.Transporter<SMTPPool.SentMessageInfo>;
  private readonly poolOptions: SMTPPool.Options;
  private readonly connectionTimeoutMs: number;
  readonly description: string;

  constructor(options: UpstreamOptions) {
    const url = new URL(options.url);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`upstream.url must be smtp:// or smtps://, got ${url.protocol}`);
    const secure = url.protocol === 'smtps:';
    this.description = `${url.protocol}//${url.hostname}:${url.port || (secure ? 465 : 25)}`;
    const poolOptions: SMTPPool.Options = {
      pool: true,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: Number(url.port || (secure ? 465 : 25)),
      secure,
      name: options.hostname,
      maxConnections: options.maxConnections,
      maxMessages: 1000,
      connectionTimeout: options.connectionTimeoutMs,
      greetingTimeout: options.connectionTimeoutMs,
      socketTimeout: options.connectionTimeoutMs * 2,
      tls: { rejectUnauthorized: options.rejectUnauthorized },
      // Our own TCP socket with Nagle off: nodemailer writes each command separately, and with
      // Nagle on, every transaction waits on delayed ACKs (~40 ms per message on one session).
      getSocket: (opts: { host?: string; port?: number }, callback: (err: Error | null, socket?: { connection: net.Socket }) => void) => {
        const socket = net.connect({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 25, noDelay: true });
        const timer = setTimeout(() => socket.destroy(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })), options.connectionTimeoutMs);
        const onError = (err: Error) => {
          clearTimeout(timer);
          callback(Object.assign(err, { code: (err as NodeJS.ErrnoException).code ?? 'ECONNECTION' }));
        };
        socket.once('error', onError);
        socket.once('connect', () => {
          clearTimeout(timer);
          socket.removeListener('error', onError);
          // nodemailer attaches its own handlers; this one only keeps a late error from being unhandled.
          socket.on('error', () => {});
          callback(null, { connection: socket });
        });
      },
      ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    };
    this.poolOptions = poolOptions;
    this.connectionTimeoutMs = options.connectionTimeoutMs;
    this.transport = nodemailer.createTransport(poolOptions);
  }

  /**
   * nodemailer's pool can wedge after connection failures that overlap (every slot stays
   * "busy" with no message on it) and then never calls back: the attempt — and a graceful
   * shutdown waiting for it — would hang forever. A watchdog turns that into a temporary
   * failure and replaces the pool; a late answer from the old pool is ignored (at worst a
   * duplicate, never a loss).
   */
  private sendWithWatchdog(message: OutgoingMessage): Promise<SMTPPool.SentMessageInfo> {
    const transport = this.transport;
    // Connect + greeting + generous inactivity allowance, plus time to move the bytes at 10 kB/s.
    const limitMs = this.connectionTimeoutMs * 6 + Math.ceil(message.raw.length / 10);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.transport === transport) {
          this.transport = nodemailer.createTransport(this.poolOptions);
          transport.close();
        }
        reject(Object.assign(new Error(`no answer from the relay within ${limitMs} ms; connection pool replaced`), { code: 'ETIMEDOUT' }));
      }, limitMs);
      transport
        .sendMail({
          envelope: { from: message.mailFrom || '', to: message.recipients },
          raw: message.raw,
          disableFileAccess: true,
          disableUrlAccess: true,
        })
        .then(
          (info) => (clearTimeout(timer), resolve(info)),
          (err: unknown) => (clearTimeout(timer), reject(err)),
        );
    });
  }

  async send(message: OutgoingMessage): Promise<RecipientResult[]> {
    try {
      const info = await this.sendWithWatchdog(message);
      const rejectedErrors = new Map(((info as { rejectedErrors?: SmtpError[] }).rejectedErrors ?? []).map((e) => [e.recipient ?? '', e]));
      const rejected = new Set((info.rejected ?? []).map(String));
      return message.recipients.map((address) => {
        if (!rejected.has(address)) return { address, outcome: 'delivered', response: String(info.response ?? '250') };
        const err = rejectedErrors.get(address);
        return { address, outcome: classify(err?.responseCode), response: err ? describe(err) : 'rejected' };
      });
    } catch (error) {
      const err = error as SmtpError;
      // Every recipient refused at RCPT: each has its own code.
      if (err.code === 'EENVELOPE' && err.rejectedErrors?.length) {
        const byRecipient = new Map(err.rejectedErrors.map((e) => [e.recipient ?? '', e]));
        return message.recipients.map((address) => {
          const e = byRecipient.get(address);
          return { address, outcome: classify(e?.responseCode ?? err.responseCode), response: describe(e ?? err) };
        });
      }
      const outcome = classify(err.responseCode);
      return message.recipients.map((address) => ({ address, outcome, response: describe(err) }));
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
