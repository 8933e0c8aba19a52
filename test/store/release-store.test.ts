/**
 * The release stage's tables (released form, download links, encrypted blobs, download log)
 * behave the same on SQLite and PostgreSQL: first stored form wins, compare-and-set on links,
 * purge after expiry, and the bytes at rest are the vault's ciphertext, never the plaintext.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { DownloadLinkRecord, Store } from '../../src/store/types.js';
import { FileVault, linkIdOf } from '../../src/release/vault.js';
import { tempDir } from '../helpers/gateway.js';
import { createTestDatabase, requirePostgres, withClient, type TestDatabase } from '../helpers/postgres.js';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  while (closers.length) await closers.pop()!();
});

const vault = new FileVault(randomBytes(32));

function link(messageId: string, fileIds: string[], expiresAt = 10_000): DownloadLinkRecord {
  return {
    id: linkIdOf(vault.linkToken(messageId)),
    messageId,
    createdAt: 1_000,
    expiresAt,
    version: 1,
    revokedAt: null,
    revokedBy: null,
    purged: false,
    data: {
      sender: 'yamada.taro@example.co.jp',
      recipients: ['sato.hanako@partner.example.jp'],
      files: fileIds.map((id, i) => ({ id, name: `資料${i}.xlsx`, contentType: 'application/octet-stream', size: 10, downloads: 0 })),
      maxDownloads: null,
      verifyCode: true,
      notifySender: false,
      code: null,
      failures: 0,
      lockedUntil: 0,
      codeRequests: [],
      firstDownloadAt: null,
    },
  };
}

async function accept(store: Store, id: string): Promise<void> {
  await store.accept(
    { id, receivedAt: 1_000, mailFrom: 'yamada.taro@example.co.jp', rcptTo: ['sato.hanako@partner.example.jp'], raw: Buffer.from('Subject: x\r\n\r\nbody\r\n'), client: {} },
    { at: 1_000, messageId: id, actor: 'test', action: 'received' },
  );
}

function releaseContract(name: string, open: () => Promise<Store>, rawBlob: (store: Store, id: string) => Promise<Buffer>) {
  describe(name, () => {
    it('keeps the first released form; a second save returns it unchanged', async () => {
      const store = await open();
      await accept(store, 'm1');
      const first = await store.saveReleasedForm('m1', { raw: Buffer.from('first'), addedRecipients: [] }, { at: 2_000, messageId: 'm1', actor: 'release', action: 'message_modified' });
      const second = await store.saveReleasedForm('m1', { raw: Buffer.from('second'), addedRecipients: ['boss@example.co.jp'] }, { at: 2_001, messageId: 'm1', actor: 'release', action: 'message_modified' });
      expect(first.raw.toString()).toBe('first');
      expect(second.raw.toString()).toBe('first');
      expect(second.addedRecipients).toEqual([]);
      expect((await store.getReleasedForm('m1'))!.raw.toString()).toBe('first');
      expect((await store.events({ messageId: 'm1', action: 'message_modified' })).length).toBe(1);
    });

    it('links: insert once, compare-and-set updates, revoke, log, encrypted blobs, purge after expiry', async () => {
      const store = await open();
      const fileId = `${linkIdOf('x').slice(0, 32)}-0`;
      const plaintext = Buffer.from('氏名,住所\n山田太郎,東京都千代田区1-1\n'.repeat(50));
      await store.putDownloadBlob(fileId, vault.encrypt(fileId, plaintext));
      const l = link('m2', [fileId]);
      const created = await store.createDownloadLink(l, { at: 1_000, messageId: 'm2', actor: 'release', action: 'download_link_created' });
      const again = await store.createDownloadLink({ ...l, expiresAt: 99_999 }, { at: 1_001, messageId: 'm2', actor: 'release', action: 'download_link_created' });
      expect(again.expiresAt).toBe(created.expiresAt);
      expect((await store.events({ messageId: 'm2', action: 'download_link_created' })).length).toBe(1);

      // Two writers on one version: one wins.
      const results = await Promise.all([
        store.updateDownloadLink(l.id, 1, { data: { ...l.data, failures: 1 } }, null),
        store.updateDownloadLink(l.id, 1, { data: { ...l.data, failures: 2 } }, null),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const current = (await store.getDownloadLink(l.id))!;
      expect(current.version).toBe(2);
      expect(await store.updateDownloadLink(l.id, current.version, { revokedAt: 5_000, revokedBy: 'admin' }, { at: 5_000, messageId: 'm2', actor: 'admin', action: 'download_link_revoked' })).toBe(true);
      expect((await store.downloadLinksForMessage('m2'))[0]).toMatchObject({ revokedAt: 5_000, revokedBy: 'admin' });

      await store.appendDownloadLog({ at: 3_000, messageId: 'm2', linkId: l.id, fileId, fileName: '資料0.xlsx', recipient: 'sato.hanako@partner.example.jp', clientAddress: '203.0.113.5', userAgent: 'Mozilla/5.0 (iPhone)' });
      expect(await store.downloadLog('m2')).toEqual([
        { at: 3_000, messageId: 'm2', linkId: l.id, fileId, fileName: '資料0.xlsx', recipient: 'sato.hanako@partner.example.jp', clientAddress: '203.0.113.5', userAgent: 'Mozilla/5.0 (iPhone)' },
      ]);

      const atRest = await rawBlob(store, fileId);
      expect(atRest.includes(Buffer.from('山田太郎'))).toBe(false);
      expect(atRest.includes(plaintext.subarray(0, 16))).toBe(false);
      expect(vault.decrypt(fileId, (await store.getDownloadBlob(fileId))!).equals(plaintext)).toBe(true);
      // Bound to its id: the same blob under another id does not decrypt.
      expect(() => vault.decrypt(`${fileId.slice(0, -1)}9`, atRest)).toThrow();

      expect(await store.purgeDownloads(10_000, 20_000)).toBe(0); // expires at 10 000, not before it
      expect(await store.purgeDownloads(10_001, 20_000)).toBe(1);
      expect(await store.getDownloadBlob(fileId)).toBeUndefined();
      expect((await store.getDownloadLink(l.id))!.purged).toBe(true);
      expect(await store.purgeDownloads(10_001, 20_001)).toBe(0);
      expect(await store.downloadLog('m2')).toHaveLength(1); // the log stays
    });

    it('blob ids are never paths', async () => {
      const store = await open();
      await expect(store.putDownloadBlob('../../etc/passwd', Buffer.from('x'))).rejects.toThrow();
    });
  });
}

releaseContract(
  'SQLite',
  async () => {
    const store = new SqliteStore(path.join(tempDir('dlp-release-store-'), 'gateway.db'));
    closers.push(() => store.close());
    return store;
  },
  async (store, id) => {
    const { readFileSync } = await import('node:fs');
    return readFileSync(path.join(path.dirname((store as SqliteStore).file), 'downloads', `${id}.bin`));
  },
);

describe('PostgreSQL', async () => {
  if (!(await requirePostgres('release store'))) return;
  const databases: TestDatabase[] = [];
  closers.push(async () => {
    for (const db of databases) await db.drop();
  });
  releaseContract(
    'PostgreSQL (BYTEA)',
    async () => {
      const db = await createTestDatabase();
      databases.push(db);
      const store = await PostgresStore.open(db.url);
      closers.push(() => store.close());
      (store as unknown as { testUrl: string }).testUrl = db.url;
      return store;
    },
    async (store, id) => withClient((store as unknown as { testUrl: string }).testUrl, async (c) => (await c.query<{ bytes: Buffer }>('SELECT bytes FROM download_blobs WHERE id = $1', [id])).rows[0]!.bytes),
  );
});
