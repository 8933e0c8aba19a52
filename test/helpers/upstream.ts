import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
}

export interface UpstreamBehaviour {
  /** SMTP code to answer RCPT TO with for a recipient, or undefined to accept. */
  rcpt?: (address: string) => { code: number; message: string } | undefined;
  /** Code to answer at end of DATA, or undefined to accept. */
  data?: (mail: ReceivedMail) => { code: number; message: string } | undefined;
}

/** A real SMTP server standing in for the company's next hop; records what it accepted. */
export class TestUpstream {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;
  behaviour: UpstreamBehaviour = {};
  port = 0;
  private waiters: Array<{ n: number; resolve: () => void }> = [];

  async start(port = 0): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 100 * 1024 * 1024,
      onRcptTo: (address, _session, callback) => {
        const answer = this.behaviour.rcpt?.(address.address);
        if (answer) return callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const mail = {
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
          };
          const answer = this.behaviour.data?.(mail);
          if (answer) return callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
          this.received.push(mail);
          for (const w of this.waiters.filter((w) => this.received.length >= w.n)) w.resolve();
          this.waiters = this.waiters.filter((w) => this.received.length < w.n);
          callback();
        });
      },
    });
    this.server.on('error', () => {});
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', () => resolve()));
    const addr = this.server.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : port;
    return this.port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Resolves once `n` messages in total were accepted; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    if (this.received.length >= n) return Promise.resolve(this.received);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`upstream received ${this.received.length} of ${n} messages in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ n, resolve: () => (clearTimeout(timer), resolve(this.received)) });
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * A port that nothing listens on now, for a server the test starts later (a gateway process, an
 * upstream that comes back) or for "upstream down". Drawn at random below Linux's ephemeral range
 * (32768–60999), never from it: the kernel hands ephemeral ports to every outgoing connection and
 * every listen(0) on the machine, so a port from there that was free a moment ago can be taken by a
 * client socket before the test binds it (and other test workers and engineers share this machine).
 * Never handed out twice in one process, and each vitest worker draws from its own block
 * (VITEST_POOL_ID), so two test files running at once never pick the same port between the
 * probe and the child process binding it.
 */
const handedOut = new Set<number>();
const portBlocks = 4;
const blockSize = 3_000;
const portBlock = (Math.max(1, Number(process.env.VITEST_POOL_ID) || 1) - 1) % portBlocks;
export async function freePort(): Promise<number> {
  const net = await import('node:net');
  const bindable = (port: number) =>
    new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + portBlock * blockSize + Math.floor(Math.random() * blockSize);
    if (handedOut.has(port)) continue;
    if (await bindable(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port found in ${20_000 + portBlock * blockSize}-${20_000 + (portBlock + 1) * blockSize - 1}`);
}
