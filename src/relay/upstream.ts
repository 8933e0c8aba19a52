import { ConnectionPool, type SentInfo } from './connection-pool.js';
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
  /** An idle connection is closed after this long (default 30 s). */
  idleMs?: number;
}

function classify(code: number | undefined): 'temporary' | 'permanent' {
  // Anything that is not an explicit 5xx (connection refused, timeouts, 4xx) is retried.
  return code !== undefined && code >= 500 && code < 600 ? 'permanent' : 'temporary';
}

function describe(err: SmtpError): string {
  return (err.response ?? `${err.code ?? 'ERROR'} ${err.message}`).replace(/\s+/g, ' ').slice(0, 300);
}

/**
 * Relay to the upstream MTA over a small pool of reused SMTP connections (ConnectionPool, with
 * nodemailer's SMTP client). The raw bytes are sent as they are (only dot-stuffed), with the
 * original envelope including Bcc-only recipients; each recipient gets its own outcome.
 */
export class UpstreamRelay implements Relay {
  private readonly pool: ConnectionPool;
  private readonly connectionTimeoutMs: number;
  readonly description: string;

  constructor(options: UpstreamOptions) {
    const url = new URL(options.url);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`upstream.url must be smtp:// or smtps://, got ${url.protocol}`);
    const secure = url.protocol === 'smtps:';
    this.description = `${url.protocol}//${url.hostname}:${url.port || (secure ? 465 : 25)}`;
    this.connectionTimeoutMs = options.connectionTimeoutMs;
    this.pool = new ConnectionPool({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: Number(url.port || (secure ? 465 : 25)),
      secure,
      name: options.hostname,
      maxConnections: options.maxConnections,
      maxMessages: 1000,
      connectionTimeoutMs: options.connectionTimeoutMs,
      idleMs: options.idleMs ?? 30_000,
      rejectUnauthorized: options.rejectUnauthorized,
      ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    });
  }

  /** Relay slots in use now (a slot is held only while one message is being sent). */
  get slotsInUse(): number {
    return this.pool.inUse;
  }

  private deliver(message: OutgoingMessage): Promise<SentInfo> {
    // Connect + greeting + generous inactivity allowance, plus time to move the bytes at 10 kB/s.
    const watchdogMs = this.connectionTimeoutMs * 4 + Math.ceil(message.raw.length / 10);
    return this.pool.send({ from: message.mailFrom || '', to: message.recipients }, message.raw, watchdogMs);
  }

  async send(message: OutgoingMessage): Promise<RecipientResult[]> {
    try {
      const info = await this.deliver(message);
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
      // The next hop refusing *our* credentials is our configuration to fix, never the sender's
      // bounce: retried (and visible in lastError) until it is fixed.
      const outcome = err.code === 'EAUTH' ? 'temporary' : classify(err.responseCode);
      return message.recipients.map((address) => ({ address, outcome, response: describe(err) }));
    }
  }

  async close(): Promise<void> {
    this.pool.close();
  }
}
