import type { Logger } from '../log/logger.js';
import type { SizeRange } from '../store/types.js';
import { WorkLoop } from './work-loop.js';

export interface InspectLanesOptions {
  pollMs: number;
  /** Scan workers: the small lane keeps twice as many messages in flight, the large lane fewer. */
  workers: number;
  /** Messages of at least this size (bytes) are inspected in the large lane. */
  largeMessageBytes: number;
  claim: (limit: number, sizes: SizeRange) => Promise<unknown[]>;
  handle: (item: unknown) => Promise<void>;
  log: Logger;
}

/**
 * Inspection in two lanes by message size, each its own claim loop with its own bound on work in
 * flight (back-pressure per lane): a burst of large attachments fills only the large lane, and
 * small mail is claimed, scanned (the scan pool gives it priority) and decided meanwhile.
 */
export class InspectLanes {
  private readonly small: WorkLoop;
  private readonly large: WorkLoop;
  private readonly boundary: number;

  constructor(options: InspectLanesOptions) {
    const { largeMessageBytes: boundary } = options;
    this.boundary = boundary;
    // Twice the workers a lane can use: while one verdict is being committed (an fsync on the
    // event loop), the next message already waits in the pool, so no worker idles.
    this.small = new WorkLoop({
      name: 'inspect-small',
      pollMs: options.pollMs,
      concurrency: options.workers * 2,
      log: options.log,
      claim: (limit) => options.claim(limit, { below: boundary }),
      handle: options.handle,
    });
    this.large = new WorkLoop({
      name: 'inspect-large',
      pollMs: options.pollMs,
      concurrency: Math.max(1, options.workers - 1) * 2,
      log: options.log,
      claim: (limit) => options.claim(limit, { min: boundary }),
      handle: options.handle,
    });
  }

  start(): void {
    this.small.start();
    this.large.start();
  }

  /**
   * New work: with the size of the message that arrived, only its lane claims (the other lane's
   * claim would be a query that finds nothing); without it, both lanes look.
   */
  wake(size?: number): void {
    if (size === undefined || size < this.boundary) this.small.wake();
    if (size === undefined || size >= this.boundary) this.large.wake();
  }

  get busy(): number {
    return this.small.busy + this.large.busy;
  }

  async stop(): Promise<void> {
    await Promise.all([this.small.stop(), this.large.stop()]);
  }
}
