import { statfs } from 'node:fs/promises';
import type { Store } from '../store/types.js';
import type { Logger } from '../log/logger.js';

export interface StorageStatus {
  ok: boolean;
  reason?: string;
  /** Why not ok: low free space is transient; a store or data directory that fails is not at start. */
  cause?: 'low_space' | 'store_not_writable' | 'data_dir_unavailable' | 'write_failed';
  freeBytes?: number;
  checkedAt: number;
}

/**
 * Watches whether new mail can be stored: a write probe on the store and free space in the
 * data directory. While it fails, new mail is answered 4xx and /healthz says why.
 */
export class StorageHealth {
  private status: StorageStatus = { ok: true, checkedAt: 0 };
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly dataDir: string,
    private readonly minFreeBytes: number,
    private readonly log: Logger,
    private readonly intervalMs = 5_000,
  ) {}

  current(): StorageStatus {
    return this.status;
  }

  async check(): Promise<StorageStatus> {
    const checkedAt = Date.now();
    let next: StorageStatus;
    try {
      const fs = await statfs(this.dataDir);
      const freeBytes = Number(fs.bavail) * Number(fs.bsize);
      if (freeBytes < this.minFreeBytes) {
        next = { ok: false, cause: 'low_space', reason: `low disk space in data directory: ${freeBytes} bytes free`, freeBytes, checkedAt };
      } else {
        const probe = await this.store.health();
        next = probe.ok ? { ok: true, freeBytes, checkedAt } : { ok: false, cause: 'store_not_writable', reason: `store not writable: ${probe.detail ?? 'unknown'}`, freeBytes, checkedAt };
      }
    } catch (err) {
      next = { ok: false, cause: 'data_dir_unavailable', reason: `data directory unavailable: ${(err as Error).message}`, checkedAt };
    }
    if (next.ok !== this.status.ok) {
      if (next.ok) this.log.info('storage recovered; accepting mail again');
      else this.log.error({ reason: next.reason }, 'storage failing; new mail is deferred with 4xx');
    }
    this.status = next;
    return next;
  }

  /** Mark failing at once (e.g. an accept() just failed); the next probe may clear it. */
  reportFailure(reason: string): void {
    if (this.status.ok) this.log.error({ reason }, 'storage failing; new mail is deferred with 4xx');
    this.status = { ok: false, cause: 'write_failed', reason, checkedAt: Date.now() };
  }

  start(): void {
    const tick = () => {
      void this.check().finally(() => {
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
