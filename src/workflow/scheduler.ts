import type { Clock } from '../clock.js';
import type { Logger } from '../log/logger.js';

export interface TickScheduler {
  start(): void;
  /** Stop and wait for a running tick to finish. */
  stop(): Promise<void>;
}

/** Run `tick(now)` every `intervalMs` (first run at start), never two at once. */
export function createTickScheduler(opts: { tick: (now: number) => Promise<void>; clock: Clock; log: Logger; intervalMs: number }): TickScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  const run = () => {
    if (running || stopped) return;
    running = opts
      .tick(opts.clock.now())
      .catch((err: unknown) => opts.log.error({ err: (err as Error).message }, 'workflow tick failed'))
      .finally(() => {
        running = undefined;
      });
  };
  return {
    start() {
      if (!stopped) return;
      stopped = false;
      run();
      timer = setInterval(run, opts.intervalMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
