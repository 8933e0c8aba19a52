import net from 'node:net';

/** A raw SMTP client for exact bytes and misbehaviour (nodemailer normalises what it sends). */
export class RawSmtpClient {
  private socket!: net.Socket;
  private buffer = '';
  private waiting: Array<(line: string) => void> = [];

  static async connect(port: number, host = '127.0.0.1', localAddress?: string): Promise<RawSmtpClient> {
    const client = new RawSmtpClient();
    await new Promise<void>((resolve, reject) => {
      client.socket = net.connect({ port, host, ...(localAddress ? { localAddress } : {}) }, () => resolve());
      client.socket.once('error', reject);
    });
    client.socket.on('error', () => {});
    client.socket.on('data', (d) => client.onData(d.toString('latin1')));
    return client;
  }

  private onData(text: string): void {
    this.buffer += text;
    // A complete reply ends with a line "NNN text" (no dash after the code).
    for (;;) {
      const m = /(^|\r\n)(\d{3}) [^\r\n]*\r\n/.exec(this.buffer);
      if (!m) return;
      const end = m.index + m[0].length;
      const reply = this.buffer.slice(0, end).replace(/^\r\n/, '');
      this.buffer = this.buffer.slice(end);
      const waiter = this.waiting.shift();
      if (waiter) waiter(reply.trim());
    }
  }

  reply(timeoutMs = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no SMTP reply')), timeoutMs);
      this.waiting.push((line) => (clearTimeout(timer), resolve(line)));
    });
  }

  write(data: string | Buffer): void {
    this.socket.write(data);
  }

  async command(line: string): Promise<string> {
    const r = this.reply();
    this.write(`${line}\r\n`);
    return r;
  }

  /** Full transaction with exact DATA bytes (dot-stuffing done here). Returns the final reply. */
  async send(from: string, to: string[], data: Buffer): Promise<string> {
    await this.command(`MAIL FROM:<${from}>`);
    for (const r of to) await this.command(`RCPT TO:<${r}>`);
    const go = await this.command('DATA');
    if (!go.startsWith('354')) return go;
    const stuffed = Buffer.from(data.toString('latin1').replace(/(^|\r\n)\./g, '$1..'), 'latin1');
    const r = this.reply(30_000);
    this.write(Buffer.concat([stuffed, Buffer.from(data.subarray(-2).toString() === '\r\n' ? '.\r\n' : '\r\n.\r\n')]));
    return r;
  }

  destroy(): void {
    this.socket.destroy();
  }

  resetHard(): void {
    this.socket.resetAndDestroy();
  }
}

export async function greet(port: number, localAddress?: string): Promise<{ client: RawSmtpClient; greeting: string }> {
  const client = await RawSmtpClient.connect(port, '127.0.0.1', localAddress);
  const greeting = await client.reply();
  if (greeting.startsWith('220')) await client.command('EHLO client.example.test');
  return { client, greeting };
}
