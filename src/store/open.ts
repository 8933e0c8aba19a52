import type { Store } from './types.js';
import type { Logger } from '../log/logger.js';
import { SqliteStore } from './sqlite.js';

/**
 * Choose the backend from the store URL: `sqlite:PATH` (embedded default) or `postgres://…`.
 * With a log, a PostgreSQL node that waits for another node's schema migration says so (and whom
 * it waits for) instead of starting silently late.
 */
export async function openStore(url: string, log?: Logger): Promise<Store> {
  if (url.startsWith('sqlite:')) return new SqliteStore(url.slice('sqlite:'.length));
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // Loaded on demand: the embedded default never touches the PostgreSQL driver.
    const { PostgresStore } = await import('./postgres.js');
    try {
      return await PostgresStore.open(url, {
        migration: {
          onWait: (holder) =>
            log?.warn(
              holder
                ? { holderPid: holder.pid, holderApplication: holder.application, holderClient: holder.client, heldSeconds: holder.heldSeconds }
                : {},
              'store: waiting for the schema migration lock held by another session',
            ),
        },
      });
    } catch (err) {
      if (/^STORE_[A-Z_]+:/.test((err as Error).message)) throw err;
      const safeUrl = url.replace(/\/\/[^@/]*@/, '//***@');
      throw new Error(`STORE_UNAVAILABLE: cannot open PostgreSQL store ${safeUrl}: ${(err as Error).message}`, { cause: err });
    }
  }
  throw new Error(`STORE_URL_INVALID: "${url}" (expected sqlite:PATH or postgres://…)`);
}
