/**
 * Baseline (a): a plain pass-through relay, smtp-server → nodemailer (pooled, Nagle off) → sink,
 * with no spool and no scanning: the floor any smart host built on the same libraries pays.
 * Answers 250 only after the next hop accepted (like a proxy), so nothing is lost on its side.
 */
import net from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';

function getSocket(opts: { host?: string; port?: number }, cb: (err: Error | null, s?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 25, noDelay: true });
  socket.once('error', cb);
  socket.once('connect', () => {
    socket.removeListener('error', cb);
    socket.on('error', () => {});
    cb(null, { connection: socket });
  });
}

export async function startPlainRelay(upstreamPort: number, maxConnections = 5): Promise<{ port: number; close(): Promise<void> }> {
  const transport = nodemailer.createTransport({ pool: true, host: '127.0.0.1', port: upstreamPort, secure: false, ignoreTLS: true, maxConnections, maxMessages: 1000, getSocket });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 1000,
    size: 25 * 1024 * 1024,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) };
        transport.sendMail({ envelope, raw: Buffer.concat(chunks) }).then(
          () => cb(),
          (e: Error) => cb(e),
        );
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.server.address();
  return {
    port: typeof addr === 'object' && addr ? addr.port : 0,
    close: async () => {
      transport.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
