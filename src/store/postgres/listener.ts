import pg from 'pg';
import type { WorkKind } from '../types.js';

/** The channel accept()/update() notify in the same transaction that makes work due. */
export const workChannel = 'dlp_work';

export function isWorkKind(value: string): value is WorkKind {
  return value === 'inspect' || value === 'relay';
}

export interface WorkListenerOptions {
  config: pg.ClientConfig;
  onWork: (kind: WorkKind) => void;
  onError?: (err: Error) => void;
  /** First and longest wait between reconnect attempts. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * One dedicated connection that LISTENs on the work channel (a pooled connection cannot: the
 * pool hands it to others). When the connection drops it reconnects with backoff and then
 * reports both kinds of work, since notifications sent meanwhile were lost; polling still
 * covers the gap, this only shortens it.
 */
export class WorkListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private backoffMs: number;
  private connecting: Promise<void> | undefined;

  constructor(private readonly options: WorkListenerOptions) {
    this.backoffMs = options.minBackoffMs ?? 500;
  }

  /** Resolves after the first attempt; a failed attempt keeps retrying in the background. */
  async start(): Promise<void> {
    await this.connect(false);
  }

  get connected(): boolean {
    return this.client !== undefined;
  }

  private connect(caughtUp: boolean): Promise<void> {
    this.connecting ??= this.tryConnect(caughtUp).finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async tryConnect(reportMissed: boolean): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ ...this.options.config, keepAlive: true });
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = undefined;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.options.onError?.(err);
      this.scheduleReconnect();
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('LISTEN connection closed')));
    client.on('notification', (msg) => {
      if (msg.channel === workChannel && msg.payload && isWorkKind(msg.payload)) this.options.onWork(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${workChannel}`);
    } catch (err) {
      fail(err as Error);
      return;
    }
    if (this.stopped) {
      failed = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.backoffMs = this.options.minBackoffMs ?? 500;
    if (reportMissed) {
      this.options.onWork('inspect');
      this.options.onWork('relay');
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.timer) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 30_000);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect(true);
    }, delay);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('notification');
      await client.end().catch(() => undefined);
    }
  }
}
