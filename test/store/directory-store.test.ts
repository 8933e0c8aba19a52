/**
 * Store contract of the directory copy (issue 19) on SQLite and PostgreSQL: replace as a whole
 * with its audit events, failure recorded without touching the copy, status and counts, session
 * revocation per account, and a replace that fails half-way leaving the old copy.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/types.js';
import type { DirectoryPerson, DirectorySnapshot } from '../../src/directory/types.js';
import { tempDir } from '../helpers/gateway.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../helpers/postgres.js';

const person = (dn: string, extra: Partial<DirectoryPerson> = {}): DirectoryPerson => ({
  dn, email: `${dn}@example.co.jp`, aliases: [`${dn}.alias@example.co.jp`], displayName: `名前 ${dn}`, department: '営業部', title: null, managerDn: null, disabled: false, ...extra,
});

function directoryContract(name: string, open: () => Promise<Store>): void {
  describe(`directory store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('starts empty, replaces the copy as a whole with its audit events, records failures without touching it', async () => {
      expect(await store.loadDirectory()).toEqual({ people: [], groups: [] });
      expect(await store.directoryStatus()).toEqual({ lastSuccessAt: null, lastFailureAt: null, lastFailureReason: null, people: 0, groups: 0, disabled: 0 });
      const first: DirectorySnapshot = {
        people: [person('a'), person('b', { managerDn: 'a', disabled: true, title: '課長', department: null, aliases: [] })],
        groups: [{ dn: 'g1', name: 'Sales Team', members: ['a', 'b'] }, { dn: 'g2', name: 'empty', members: [] }],
      };
      await store.replaceDirectory(first, 1000, [{ at: 1000, messageId: null, actor: 'directory-sync', action: 'directory_synced', detail: { people: 2 } }]);
      expect(await store.loadDirectory()).toEqual({ people: first.people, groups: [{ dn: 'g1', name: 'Sales Team', members: ['a', 'b'] }, { dn: 'g2', name: 'empty', members: [] }] });
      expect(await store.directoryStatus()).toEqual({ lastSuccessAt: 1000, lastFailureAt: null, lastFailureReason: null, people: 2, groups: 2, disabled: 1 });

      await store.recordDirectoryFailure(2000, 'DIRECTORY_UNREACHABLE: connect ECONNREFUSED', { at: 2000, messageId: null, actor: 'directory-sync', action: 'directory_sync_failed', detail: {} });
      expect((await store.loadDirectory()).people).toHaveLength(2);
      expect(await store.directoryStatus()).toMatchObject({ lastSuccessAt: 1000, lastFailureAt: 2000, lastFailureReason: 'DIRECTORY_UNREACHABLE: connect ECONNREFUSED', people: 2 });

      // The next success replaces everything (b is gone) and clears the failure.
      await store.replaceDirectory({ people: [person('a'), person('c')], groups: [] }, 3000, []);
      expect((await store.loadDirectory()).people.map((p) => p.dn)).toEqual(['a', 'c']);
      expect(await store.directoryStatus()).toEqual({ lastSuccessAt: 3000, lastFailureAt: null, lastFailureReason: null, people: 2, groups: 0, disabled: 0 });
      expect((await store.events({ actor: 'directory-sync' })).map((e) => e.action)).toEqual(['directory_synced', 'directory_sync_failed']);
    });

    it('a replace that fails half-way leaves the previous copy and writes no audit event', async () => {
      await store.replaceDirectory({ people: [person('a')], groups: [] }, 1000, []);
      // Two people with one DN violate the primary key in the middle of the replace.
      await expect(store.replaceDirectory({ people: [person('x'), person('x')], groups: [] }, 2000, [{ at: 2000, messageId: null, actor: 'directory-sync', action: 'directory_synced' }])).rejects.toThrow();
      expect((await store.loadDirectory()).people.map((p) => p.dn)).toEqual(['a']);
      expect((await store.directoryStatus()).lastSuccessAt).toBe(1000);
      expect(await store.events({ action: 'directory_synced' })).toEqual([]);
    });

    it('revokes every session of one account and no other', async () => {
      for (const [id, username] of [['s1', 'taro'], ['s2', 'taro'], ['s3', 'hanako']] as const) {
        await store.createSession({ id, username, csrfToken: 'c', createdAt: 1, expiresAt: 10_000, lastSeenAt: 1 });
      }
      expect(await store.deleteSessionsOf('taro')).toBe(2);
      expect(await store.getSession('s1')).toBeUndefined();
      expect(await store.getSession('s3')).toBeDefined();
      expect(await store.deleteSessionsOf('taro')).toBe(0);
    });
  });
}

directoryContract('SQLite', async () => new SqliteStore(path.join(tempDir('dlp-dirstore-'), 'gateway.db')));

if (await requirePostgres('directory store contract (PostgreSQL)')) {
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });
  directoryContract('PostgreSQL', async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    return PostgresStore.open(db.url);
  });
}
