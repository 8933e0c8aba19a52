/**
 * An SMTP client for fault tests: exact bytes like RawSmtpClient, but a closed connection
 * fails the pending reply at once (a killed gateway must not cost a 10 s timeout).
 */
import net from 'node:net';

export class FaultClient {
  private buffer = '';
  private waiting: Array<{ resolve: (reply: string) => void; reject: (err: Error) => void; timer: NodeJS.Timeout }> = [];
  closed = false;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (d: Buffer) => this.onData(d.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.waiting.splice(0)) {
        clearTimeout(w.timer);
        w.reject(new Error('connection closed'));
      }
    });
  }

  static connect(port: number, options: { host?: string; localAddress?: string } = {}): Promise<FaultClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ port, host: options.host ?? '127.0.0.1', ...(options.localAddress ? { localAddress: options.localAddress } : {}) });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new FaultClient(socket));
      });
    });
  }

  /** Connect, read the greeting, say EHLO when greeted with 220. */
  static async greet(port: number, options: { host?: string; localAddress?: string } = {}): Promise<{ client: FaultClient; greeting: string }> {
    const client = await FaultClient.connect(port, options);
    const greeting = await client.reply();
    if (greeting.startsWith('220')) await client.command('EHLO client.faults.test');
    return { client, greeting };
  }

  private onData(text: string): void {
    this.buffer += text;
    for (;;) {
      const m = /(^|\r\n)(\d{3}) [^\r\n]*\r\n/.exec(this.buffer);
      if (!m) return;
      const end = m.index + m[0].length;
      const reply = this.buffer.slice(0, end).replace(/^\r\n/, '');
      this.buffer = this.buffer.slice(end);
      const waiter = this.waiting.shift();
      if (waiter) {
        clearTimeout(waiter.timer);
        waiter.resolve(reply.trim());
      }
    }
  }

  reply(timeoutMs = 15_000): Promise<string> {
    if (this.closed) return Promise.reject(new Error('connection closed'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w.timer !== timer);
        reject(new Error('no SMTP reply'));
      }, timeoutMs);
      this.waiting.push({ resolve, reject, timer });
    });
  }

  write(data: string | Buffer): void {
    if (!this.closed) this.socket.write(data);
  }

  command(line: string, timeoutMs?: number): Promise<string> {
    const r = this.reply(timeoutMs);
    this.write(`${line}\r\n`);
    return r;
  }

  /** One transaction with exact DATA bytes; returns the final reply (or the first refusal). */
  async send(from: string, to: readonly string[], data: Buffer): Promise<string> {
    const mail = await this.command(`MAIL FROM:<${from}>`);
    if (!mail.startsWith('250')) return mail;
    let accepted = 0;
    for (const r of to) if ((await this.command(`RCPT TO:<${r}>`)).startsWith('250')) accepted++;
    if (accepted === 0) {
      await this.command('RSET');
      return '554 no valid recipients';
    }
    const go = await this.command('DATA');
    if (!go.startsWith('354')) return go;
    const r = this.reply(60_000);
    this.write(Buffer.concat([dotStuff(data), Buffer.from(data.subarray(-2).toString('latin1') === '\r\n' ? '.\r\n' : '\r\n.\r\n')]));
    return r;
  }

  /** Close without QUIT. */
  destroy(): void {
    this.socket.destroy();
  }

  /** Wait until the server closed the connection (or time out). */
  waitClosed(timeoutMs: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.socket.once('close', () => (clearTimeout(timer), resolve(true)));
    });
  }
}

export function dotStuff(data: Buffer): Buffer {
  return Buffer.from(data.toString('latin1').replace(/(^|\r\n)\./g, '$1..'), 'latin1');
}

export function queueIdOf(reply: string): string | undefined {
  return /queued as (\S+)/.exec(reply)?.[1];
}
