import type { Store } from '../store/types.js';
import type { Logger } from '../log/logger.js';

/**
 * Back-pressure (Postfix's in_flow_delay idea, as a hard limit): how many accepted messages wait
 * for inspection, sampled from the store. Above the limit, new mail gets 451 and the client's
 * queue holds it, so a burst never turns into verdicts minutes late for everyone.
 */
export class BacklogMonitor {
  private waiting = 0;
  private over = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly maxBacklog: number,
    private readonly log: Logger,
    private readonly intervalMs = 500,
    /** Told every sampled count (inflow control clamps its own counts to it). */
    private readonly onSample: (waiting: number) => void = () => undefined,
  ) {}

  current(): { ok: boolean; reason?: string; busy?: boolean } {
    return this.over ? { ok: false, busy: true, reason: `${this.waiting} messages waiting for inspection (limit ${this.maxBacklog})` } : { ok: true };
  }

  async sample(): Promise<void> {
    const counts = await this.store.countByState();
    this.waiting = counts.received ?? 0;
    this.onSample(this.waiting);
    const over = this.waiting >= this.maxBacklog;
    if (over !== this.over) {
      if (over) this.log.warn({ waiting: this.waiting, limit: this.maxBacklog }, 'inspection backlog over the limit; deferring new mail with 451');
      else this.log.info({ waiting: this.waiting }, 'inspection backlog back under the limit');
    }
    this.over = over;
  }

  start(): void {
    const tick = () => {
      void this.sample()
        .catch(() => undefined)
        .finally(() => {
          this.timer = setTimeout(tick, this.intervalMs);
          this.timer.unref();
        });
    };
    tick();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
