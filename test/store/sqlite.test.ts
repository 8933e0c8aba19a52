import { it, expect } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';
import { tempDir } from '../helpers/gateway.js';
import { storeContract } from './store-contract.js';

storeContract('sqlite', async () => new SqliteStore(path.join(tempDir(), 'gateway.db')));

it('sqlite: uses WAL with full fsync and refuses edits of the audit log', async () => {
  const file = path.join(tempDir(), 'gateway.db');
  const store = new SqliteStore(file);
  await store.appendEvent({ at: 1, messageId: null, actor: 'admin', action: 'policy_reloaded' });
  await store.close();
  const db = new Database(file);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(() => db.exec("UPDATE audit_events SET actor = 'someone else'")).toThrow(/append-only/);
  expect(() => db.exec('DELETE FROM audit_events')).toThrow(/append-only/);
  db.close();
});
