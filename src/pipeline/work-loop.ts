import type { Logger } from '../log/logger.js';

export interface WorkLoopOptions {
  name: string;
  pollMs: number;
  /** Claim up to `limit` items of due work; returns how many were claimed. */
  claim: (limit: number) => Promise<unknown[]>;
  /** Handle one claimed item; errors are logged, the item's lease expires and it is retried. */
  handle: (item: unknown) => Promise<void>;
  concurrency: number;
  log: Logger;
}

/**
 * Poll-and-wake loop with bounded concurrency. `wake()` makes new work start at once instead
 * of waiting for the next poll; `stop()` waits for in-flight items to finish.
 */
export class WorkLoop {
  private running = false;
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private pumping = false;
  private again = false;
  private readonly idle: Array<() => void> = [];

  constructor(private readonly options: WorkLoopOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  wake(): void {
    if (this.running) void this.pump();
  }

  get busy(): number {
    return this.inFlight;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pump(), ms);
    this.timer.unref();
  }

  private async pump(): Promise<void> {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        const free = this.options.concurrency - this.inFlight;
        if (!this.running || free <= 0) break;
        let items: unknown[];
        try {
          items = await this.options.claim(free);
        } catch (err) {
          this.options.log.error({ err: (err as Error).message, loop: this.options.name }, 'claiming work failed');
          break;
        }
        for (const item of items) this.run(item);
        if (items.length === free) this.again = true;
      } while (this.again && this.running);
    } finally {
      this.pumping = false;
      this.schedule(this.options.pollMs);
    }
  }

  private run(item: unknown): void {
    this.inFlight++;
    this.options
      .handle(item)
      .catch((err: unknown) => this.options.log.error({ err: (err as Error).message, loop: this.options.name }, 'work item failed; will retry after lease'))
      .finally(() => {
        this.inFlight--;
        if (!this.running && this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
        if (this.running) void this.pump();
      });
  }
}
