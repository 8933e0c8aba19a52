/**
 * Inflow control (Postfix's in_flow_delay): while more accepted messages of a lane wait for
 * inspection than `backlog`, a new transaction's MAIL FROM is answered only when one of that
 * lane's messages has been inspected, or after `maxDelayMs` at most. Arrivals then follow the
 * inspection rate: a burst stays in the sending MTA's queue (where its own retry and mailq see
 * it) instead of piling up in ours, and the time from our 250 to the verdict stays short. Mail
 * is never refused for this; the hard limit (processing.maxBacklog, 451 4.3.2) stays behind it.
 *
 * Counts start from the messages waiting in the store at start, are kept in this process from
 * then on (accepted here, inspected here) and are clamped to the store's own count of waiting
 * messages when it is sampled, so with several nodes sharing a queue a node whose mail another
 * node inspected does not go on pausing.
 */

export interface InflowOptions {
  /** Messages of a lane that may wait for inspection before new mail is paced (0: never paced). */
  backlog: number;
  /** Longest pause before MAIL FROM is answered anyway (0: off). */
  maxDelayMs: number;
  /** The inspection lanes' boundary (bytes): at least this much goes to the large lane. */
  largeMessageBytes: number;
}

type Lane = 0 | 1;

export class InflowGate {
  private readonly waiting: [number, number] = [0, 0];
  private readonly queues: [Array<() => void>, Array<() => void>] = [[], []];
  private closed = false;

  constructor(private readonly options: InflowOptions) {}

  get enabled(): boolean {
    return this.options.backlog > 0 && this.options.maxDelayMs > 0;
  }

  private laneOf(size: number | undefined): Lane {
    return size !== undefined && size >= this.options.largeMessageBytes ? 1 : 0;
  }

  /** Messages of the lane of `size` accepted and not yet inspected (as far as this node knows). */
  backlogOf(size?: number): number {
    return this.waiting[this.laneOf(size)];
  }

  /** A message was stored (250 sent). */
  accepted(size: number): void {
    this.waiting[this.laneOf(size)]++;
  }

  /** A message left the inspection queue (a verdict, or a failure that puts it back later). */
  inspected(size: number): void {
    const lane = this.laneOf(size);
    if (this.waiting[lane] > 0) this.waiting[lane]--;
    this.queues[lane].shift()?.();
  }

  /**
   * At start: the sizes of the messages already waiting in the store (left by a previous run or
   * by other nodes), so a restart into a backlog paces new mail at once.
   */
  seed(waitingSizes: Iterable<number>): void {
    for (const size of waitingSizes) this.waiting[this.laneOf(size)]++;
  }

  /** The store's count of messages waiting for inspection (all lanes, all nodes). */
  resync(waitingInStore: number): void {
    for (const lane of [0, 1] as const) {
      if (this.waiting[lane] > waitingInStore) this.waiting[lane] = waitingInStore;
    }
    // Room under the backlog (inspections this node did not see): one waiter per free place.
    for (const lane of [0, 1] as const) {
      for (let room = this.options.backlog - this.waiting[lane]; room > 0 && this.queues[lane].length > 0; room--) this.queues[lane].shift()!();
    }
  }

  /**
   * Resolves when a new transaction may go on: at once below the backlog, else when a message
   * of the lane of `declaredSize` (MAIL FROM's SIZE; small when not declared) is inspected or
   * after the longest pause. Resolves with the milliseconds waited. A waiter whose `leave` signal
   * fires (its client disconnected) gives up its place in the queue at once.
   */
  admit(declaredSize?: number, leave?: AbortSignal): Promise<number> {
    const lane = this.laneOf(declaredSize);
    if (!this.enabled || this.closed || this.waiting[lane] < this.options.backlog || leave?.aborted) return Promise.resolve(0);
    const started = performance.now();
    return new Promise((resolve) => {
      const queue = this.queues[lane];
      const go = (): void => {
        clearTimeout(timer);
        leave?.removeEventListener('abort', go);
        const at = queue.indexOf(go);
        if (at !== -1) queue.splice(at, 1);
        resolve(performance.now() - started);
      };
      const timer = setTimeout(go, this.options.maxDelayMs);
      leave?.addEventListener('abort', go, { once: true });
      queue.push(go);
    });
  }

  /** Transactions paused now, per lane (small, large). */
  get pausedCount(): [number, number] {
    return [this.queues[0].length, this.queues[1].length];
  }

  /** Shutting down: nobody waits any more. */
  close(): void {
    this.closed = true;
    for (const queue of this.queues) while (queue.length > 0) queue.shift()!();
  }
}
