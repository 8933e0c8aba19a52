/**
 * A next hop that misbehaves on cue: a minimal SMTP server on raw sockets, so a test can make
 * it never greet, answer 421/451/452 at any step, drop the connection in the middle of DATA or
 * accept slowly. A message counts as received only once its final 250 was written to a
 * connection that was still open (what a real MTA commits).
 */
import net from 'node:net';

export type Stage = 'greet' | 'ehlo' | 'mail' | 'rcpt' | 'data' | 'body' | 'dot';

export type StepAction =
  | 'ok'
  /** Say nothing, keep the connection open. */
  | 'hang'
  /** Drop the connection. */
  | 'close'
  | { reply: number; text: string; close?: boolean }
  /** Answer normally after a delay (at 'dot': a slow accept). */
  | { delayMs: number };

export interface StepContext {
  /** 1-based connection number. */
  connection: number;
  stage: Stage;
  /** Recipient at 'rcpt'; sender at 'mail'. */
  address?: string;
  /** The message so far at 'dot'. */
  mail?: UpstreamMail;
}

export interface UpstreamMail {
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
  connection: number;
}

export class ScriptedUpstream {
  readonly received: UpstreamMail[] = [];
  /** Transactions that reached the end of DATA but were not accepted (refused, or dropped while slow). */
  readonly discarded: UpstreamMail[] = [];
  readonly connections: number[] = [];
  plan: (ctx: StepContext) => StepAction = () => 'ok';
  /** Called when a message's DATA is complete, before the answer (tests kill the gateway here). */
  onDataComplete: ((mail: UpstreamMail) => void) | undefined;
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private connectionCount = 0;
  port = 0;

  async start(port = 0): Promise<number> {
    this.server = net.createServer((socket) => this.serve(socket));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    const addr = this.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : port;
    return this.port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async waitFor(n: number, timeoutMs = 15_000): Promise<UpstreamMail[]> {
    const start = Date.now();
    while (this.received.length < n) {
      if (Date.now() - start > timeoutMs) throw new Error(`upstream received ${this.received.length} of ${n} messages in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return this.received;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private serve(socket: net.Socket): void {
    const connection = ++this.connectionCount;
    this.connections.push(connection);
    this.sockets.add(socket);
    let open = true;
    let markClosed!: () => void;
    const closed = new Promise<void>((resolve) => (markClosed = resolve));
    socket.on('close', () => {
      open = false;
      this.sockets.delete(socket);
      markClosed();
    });
    socket.on('error', () => {});
    let buffer = Buffer.alloc(0);
    let inData = false;
    let mailFrom = '';
    let rcptTo: string[] = [];
    let bodyStarted = false;
    let busy = false;

    const send = (text: string) => {
      if (open) socket.write(text);
    };
    /** Apply the plan for a step; `ok` runs the normal answer. Returns false when the session ended. */
    const act = async (ctx: Omit<StepContext, 'connection'>, ok: () => void): Promise<boolean> => {
      const action = this.plan({ connection, ...ctx });
      if (action === 'ok') return ok(), true;
      if (action === 'hang') return false;
      if (action === 'close') return socket.destroy(), false;
      if ('delayMs' in action) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([new Promise((r) => (timer = setTimeout(r, action.delayMs))), closed]);
        clearTimeout(timer);
        if (!open) return false;
        return ok(), true;
      }
      send(`${action.reply} ${action.text}\r\n`);
      if (action.close) socket.end();
      return !action.close;
    };

    const handleLine = async (line: string): Promise<void> => {
      const verb = line.slice(0, 4).toUpperCase();
      const arg = /<([^>]*)>/.exec(line)?.[1] ?? '';
      switch (verb) {
        case 'EHLO':
        case 'HELO':
          await act({ stage: 'ehlo' }, () => send(verb === 'EHLO' ? '250-upstream.test\r\n250 8BITMIME\r\n' : '250 upstream.test\r\n'));
          return;
        case 'MAIL':
          await act({ stage: 'mail', address: arg }, () => {
            mailFrom = arg;
            rcptTo = [];
            send('250 2.1.0 Ok\r\n');
          });
          return;
        case 'RCPT':
          await act({ stage: 'rcpt', address: arg }, () => {
            rcptTo.push(arg);
            send('250 2.1.5 Ok\r\n');
          });
          return;
        case 'DATA':
          if (rcptTo.length === 0) return send('554 5.5.1 No valid recipients\r\n');
          await act({ stage: 'data' }, () => {
            inData = true;
            bodyStarted = false;
            send('354 End data with <CR><LF>.<CR><LF>\r\n');
          });
          return;
        case 'RSET':
          mailFrom = '';
          rcptTo = [];
          return send('250 2.0.0 Ok\r\n');
        case 'NOOP':
          return send('250 2.0.0 Ok\r\n');
        case 'QUIT':
          send('221 2.0.0 Bye\r\n');
          socket.end();
          return;
        default:
          return send('502 5.5.2 Command not recognized\r\n');
      }
    };

    const finishData = async (data: Buffer): Promise<void> => {
      const raw = Buffer.from(data.toString('latin1').replace(/(^|\r\n)\.\./g, '$1.'), 'latin1');
      const mail: UpstreamMail = { mailFrom, rcptTo: [...rcptTo], raw, connection };
      this.onDataComplete?.(mail);
      const accepted = await act({ stage: 'dot', mail }, () => {
        this.received.push(mail);
        send('250 2.0.0 Ok: queued\r\n');
      });
      if (!accepted || !this.received.includes(mail)) this.discarded.push(mail);
      mailFrom = '';
      rcptTo = [];
    };

    const pump = async (): Promise<void> => {
      if (busy) return;
      busy = true;
      try {
        for (;;) {
          if (!open) return;
          if (inData) {
            if (!bodyStarted && buffer.length > 0) {
              bodyStarted = true;
              const action = this.plan({ connection, stage: 'body' });
              if (action === 'close') return void socket.destroy();
            }
            const probe = Buffer.concat([Buffer.from('\r\n'), buffer]);
            const end = probe.indexOf('\r\n.\r\n');
            if (end < 0) return;
            const data = end === 0 ? Buffer.alloc(0) : probe.subarray(2, end + 2);
            buffer = buffer.subarray(end + 3);
            inData = false;
            await finishData(data);
            continue;
          }
          const nl = buffer.indexOf('\r\n');
          if (nl < 0) return;
          const line = buffer.subarray(0, nl).toString('latin1');
          buffer = buffer.subarray(nl + 2);
          await handleLine(line);
        }
      } finally {
        busy = false;
      }
    };

    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      void pump();
    });
    void act({ stage: 'greet' }, () => send('220 upstream.test ESMTP\r\n'));
  }
}
