import type { Store } from './types.js';
import { SqliteStore } from './sqlite.js';

/** Choose the backend from the store URL: `sqlite:PATH` (embedded default) or `postgres://…`. */
export async function openStore(url: string): Promise<Store> {
  if (url.startsWith('sqlite:')) return new SqliteStore(url.slice('sqlite:'.length));
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    throw new Error('STORE_UNSUPPORTED: the PostgreSQL backend is not available in this build yet');
  }
  throw new Error(`STORE_URL_INVALID: "${url}" (expected sqlite:PATH or postgres://…)`);
}
