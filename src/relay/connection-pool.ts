import net from 'node:net';
import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js';

export interface ConnectionPoolOptions {
  host: string;
  port: number;
  secure: boolean;
  /** Name announced in EHLO. */
  name: string;
  maxConnections: number;
  /** Messages per connection before it is closed politely (QUIT) and replaced. */
  maxMessages: number;
  /** Limit for connecting (TCP) and for the greeting; a failing attempt never holds its slot longer. */
  connectionTimeoutMs: number;
  /** An idle connection is closed (QUIT) after this long. */
  idleMs: number;
  rejectUnauthorized: boolean;
  auth?: { user: string; pass: string };
}

export type SentInfo = SMTPConnection.SentMessageInfo;
type SmtpError = Error & { code?: string; responseCode?: number };

interface Pooled {
  connection: SMTPConnection;
  messages: number;
  alive: boolean;
  idleTimer?: NodeJS.Timeout;
}

/**
 * Connections to the next hop, reused across messages (the SMTP client itself is nodemailer's
 * SMTPConnection). The rules that keep it from wedging:
 * - a slot (one of maxConnections) is held only while a message is being sent on it; a failed
 *   connect releases it at once (refused) or after connectionTimeoutMs (no answer), never later;
 * - a connection that saw any error is closed, never reused;
 * - a failed connect means the next hop is down or restarting: every idle connection is closed
 *   too (it is probably dead), so the first attempt after the next hop returns connects afresh;
 * - an idle connection the next hop closed is dropped; if a reused one fails before any reply,
 *   the message is tried once more on a fresh connection at once (the stale socket was ours).
 * Nothing is queued inside: callers wait for a slot, then hold it for one message.
 */
export class ConnectionPool {
  private readonly idle: Pooled[] = [];
  private busy = 0;
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: ConnectionPoolOptions) {}

  /** Slots in use right now (for tests and /metrics). */
  get inUse(): number {
    return this.busy;
  }

  async send(envelope: { from: string; to: string[] }, raw: Buffer, watchdogMs: number): Promise<SentInfo> {
    await this.acquire();
    try {
      let pooled = this.takeIdle();
      const reused = Boolean(pooled);
      pooled ??= await this.connect();
      try {
        return await this.transact(pooled, envelope, raw, watchdogMs);
      } catch (err) {
        // A stale pooled socket (closed by the next hop while idle) fails without any SMTP reply:
        // that says nothing about the next hop, so try once on a fresh connection.
        if (!reused || (err as SmtpError).responseCode !== undefined || this.closed) throw err;
        return await this.transact(await this.connect(), envelope, raw, watchdogMs);
      }
    } finally {
      this.release();
    }
  }

  /** Close every connection; waiting senders are refused. */
  close(): void {
    this.closed = true;
    for (const p of this.idle.splice(0)) this.discard(p, true);
    for (const wake of this.waiting.splice(0)) wake();
  }

  private acquire(): Promise<void> {
    if (this.closed) return Promise.reject(Object.assign(new Error('relay connection pool closed'), { code: 'ECLOSED' }));
    if (this.busy < this.options.maxConnections) {
      this.busy++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) =>
      this.waiting.push(() => {
        if (this.closed) return reject(Object.assign(new Error('relay connection pool closed'), { code: 'ECLOSED' }));
        this.busy++;
        resolve();
      }),
    );
  }

  private release(): void {
    this.busy--;
    this.waiting.shift()?.();
  }

  private takeIdle(): Pooled | undefined {
    for (let p = this.idle.pop(); p; p = this.idle.pop()) {
      if (p.idleTimer) clearTimeout(p.idleTimer);
      if (p.alive) return p;
    }
    return undefined;
  }

  private connect(): Promise<Pooled> {
    const { host, port, connectionTimeoutMs } = this.options;
    return new Promise<Pooled>((resolve, reject) => {
      const fail = (err: SmtpError) => {
        // The next hop is down or restarting: idle connections to it are not to be trusted either.
        for (const p of this.idle.splice(0)) this.discard(p, false);
        reject(err);
      };
      // Our own TCP socket with Nagle off: nodemailer writes each command separately, and with
      // Nagle on every transaction waits on delayed ACKs (~40 ms per message on one session).
      const socket = net.connect({ host, port, noDelay: true });
      const timer = setTimeout(() => socket.destroy(Object.assign(new Error(`Connection timeout after ${connectionTimeoutMs} ms`), { code: 'ETIMEDOUT' })), connectionTimeoutMs);
      socket.once('error', (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        fail(Object.assign(err, { code: err.code ?? 'ECONNECTION' }));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        socket.on('error', () => {}); // nodemailer attaches its own; this only keeps a late one from being unhandled
        const connection = new SMTPConnection({
          connection: socket,
          secure: this.options.secure,
          name: this.options.name,
          connectionTimeout: connectionTimeoutMs,
          greetingTimeout: connectionTimeoutMs,
          socketTimeout: connectionTimeoutMs * 2,
          tls: { rejectUnauthorized: this.options.rejectUnauthorized },
        });
        const pooled: Pooled = { connection, messages: 0, alive: true };
        let settled = false;
        connection.on('error', (err) => {
          pooled.alive = false;
          if (!settled) {
            settled = true;
            connection.close();
            fail(err);
          }
        });
        connection.on('end', () => {
          pooled.alive = false;
          if (!settled) {
            settled = true;
            fail(Object.assign(new Error('Connection closed by the next hop before it greeted'), { code: 'ECONNECTION' }));
          }
        });
        connection.connect((err) => {
          if (settled) return;
          if (err) {
            settled = true;
            connection.close();
            return fail(err);
          }
          const ready = () => {
            settled = true;
            resolve(pooled);
          };
          // Like nodemailer's own pool: log in only where the next hop offers AUTH.
          if (!this.options.auth || !(connection as unknown as { allowsAuth?: boolean }).allowsAuth) return ready();
          connection.login({ credentials: this.options.auth }, (loginErr) => {
            if (settled) return;
            if (loginErr) {
              settled = true;
              connection.close();
              return reject(loginErr); // refused credentials: the next hop is up, keep the others
            }
            ready();
          });
        });
      });
    });
  }

  private transact(pooled: Pooled, envelope: { from: string; to: string[] }, raw: Buffer, watchdogMs: number): Promise<SentInfo> {
    return new Promise((resolve, reject) => {
      let done = false;
      // Safety net on top of nodemailer's own timeouts: the slot comes back whatever happens.
      const watchdog = setTimeout(() => {
        if (done) return;
        done = true;
        this.discard(pooled, false);
        reject(Object.assign(new Error(`no answer from the next hop within ${watchdogMs} ms; connection closed`), { code: 'ETIMEDOUT' }));
      }, watchdogMs);
      const onEnd = () => {
        if (done) return;
        done = true;
        clearTimeout(watchdog);
        reject(Object.assign(new Error('Connection closed by the next hop'), { code: 'ECONNECTION' }));
      };
      pooled.connection.once('end', onEnd);
      pooled.connection.send(envelope, raw, (err, info) => {
        pooled.connection.off('end', onEnd);
        if (done) return;
        done = true;
        clearTimeout(watchdog);
        if (err) {
          this.discard(pooled, false);
          return reject(err);
        }
        pooled.messages++;
        this.putBack(pooled);
        resolve(info);
      });
    });
  }

  private putBack(pooled: Pooled): void {
    if (this.closed || !pooled.alive || pooled.messages >= this.options.maxMessages) return this.discard(pooled, true);
    pooled.idleTimer = setTimeout(() => {
      const i = this.idle.indexOf(pooled);
      if (i >= 0) this.idle.splice(i, 1);
      this.discard(pooled, true);
    }, this.options.idleMs);
    pooled.idleTimer.unref();
    this.idle.push(pooled);
  }

  private discard(pooled: Pooled, politely: boolean): void {
    if (pooled.idleTimer) clearTimeout(pooled.idleTimer);
    const wasAlive = pooled.alive;
    pooled.alive = false;
    try {
      if (politely && wasAlive) pooled.connection.quit();
      else pooled.connection.close();
    } catch {
      pooled.connection.close();
    }
  }
}
