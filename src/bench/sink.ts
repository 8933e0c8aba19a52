/**
 * The upstream every path relays to: an SMTP sink in the bench process that records when each
 * message (by its X-Bench-Id header) arrived. The same sink serves every path, so its cost is
 * the same for the baselines and the gateway.
 */
import { SMTPServer } from 'smtp-server';

export interface Sink {
  port: number;
  /** Arrival time (performance.now()) by bench id. */
  arrivals: Map<string, number>;
  /** Arrivals by bench id (smtp-source sends one file, so one id, many times). */
  counts: Map<string, number>;
  /** Messages without a bench id (notices the gateway's workflow sends). */
  others: number;
  waitFor(ids: readonly string[], timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function startSink(): Promise<Sink> {
  const waiters = new Set<() => void>();
  const sink: Sink = {
    port: 0,
    arrivals: new Map(),
    counts: new Map(),
    others: 0,
    async waitFor(ids, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      // An id listed k times must have arrived k times (smtp-source runs).
      const wanted = new Map<string, number>();
      for (const id of ids) wanted.set(id, (wanted.get(id) ?? 0) + 1);
      const missing = () => {
        let n = 0;
        for (const [id, k] of wanted) n += Math.max(0, k - (sink.counts.get(id) ?? 0));
        return n;
      };
      let left = missing();
      while (left > 0 && performance.now() < deadline) {
        await new Promise<void>((resolve) => {
          const done = () => (waiters.delete(done), resolve());
          waiters.add(done);
          setTimeout(done, 100).unref();
        });
        left = missing();
      }
      return left;
    },
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    maxClients: 1000,
    onData(stream, _session, cb) {
      let head = '';
      stream.on('data', (c: Buffer) => {
        if (head.length < 2048) head += c.toString('latin1');
      });
      stream.on('end', () => {
        const id = /\r\nX-Bench-Id: (\S+)/.exec(head)?.[1];
        if (id) {
          sink.arrivals.set(id, performance.now());
          sink.counts.set(id, (sink.counts.get(id) ?? 0) + 1);
        } else sink.others++;
        cb();
        if (id) for (const w of [...waiters]) w();
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
