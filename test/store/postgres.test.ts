import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { PostgresStore } from '../../src/store/postgres.js';
import pg from 'pg';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log/logger.js';
import { migrationLockKey, migrations, type SchemaLockHolder } from '../../src/store/postgres/migrations.js';
import { openStore } from '../../src/store/open.js';
import type { NewMessage, Store, WorkKind } from '../../src/store/types.js';
import { waitUntil } from '../helpers/gateway.js';
import { createTestDatabase, requirePostgres, withClient, type TestDatabase } from '../helpers/postgres.js';
import { storeContract } from './store-contract.js';

const databases: TestDatabase[] = [];
const stores: Store[] = [];
afterAll(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  for (const db of databases.splice(0)) await db.drop();
});

/** A fresh database for every test, so the contract's fixed ids never collide. */
async function freshDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  databases.push(db);
  return db;
}

async function openOn(db: TestDatabase): Promise<PostgresStore> {
  const store = await PostgresStore.open(db.url);
  stores.push(store);
  return store;
}

const message = (id: string, at = 1000): NewMessage => ({
  id,
  receivedAt: at,
  mailFrom: 'a@example.co.jp',
  rcptTo: ['b@partner.example.jp'],
  raw: Buffer.from(`Subject: ${id}\r\n\r\n本文\r\n`),
  client: { address: '127.0.0.1' },
});
const event = (id: string, action: string, at = 1000) => ({ at, messageId: id, actor: 'test', action });

if (await requirePostgres('postgres store')) {
  storeContract('postgres', async () => PostgresStore.open((await freshDatabase()).url));

  describe('postgres store: several nodes on one database', () => {
    it('migrates once when several nodes start together, and refuses a newer schema', async () => {
      const db = await freshDatabase();
      const opened = await Promise.all(Array.from({ length: 5 }, () => openOn(db)));
      expect(opened).toHaveLength(5);
      const versions = await withClient(db.url, async (c) => (await c.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version')).rows);
      expect(versions.map((v) => v.version)).toEqual(migrations.map((_, i) => i + 1));
      await withClient(db.url, (c) => c.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, 0)', [migrations.length + 1]));
      await expect(PostgresStore.open(db.url)).rejects.toThrow(/STORE_SCHEMA_TOO_NEW/);
    });

    it('waits for another session holding the schema lock, says whom it waits for, and gives up with STORE_SCHEMA_LOCKED', async () => {
      const db = await freshDatabase();
      const holder = new pg.Client({ connectionString: db.url, application_name: 'stuck-migration' });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey.toString()]);
        const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
        const waits: (SchemaLockHolder | null)[] = [];
        const started = Date.now();
        await expect(
          PostgresStore.open(db.url, { migration: { lockWaitMs: 1_000, pollMs: 50, onWait: (h) => waits.push(h) } }),
        ).rejects.toThrow(/^STORE_SCHEMA_LOCKED: waited 1 s .*pid \d+ \(application "stuck-migration"/);
        expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
        expect(waits).toEqual([expect.objectContaining({ pid: holderPid, application: 'stuck-migration' })]);
        // Released while a node waits: that node migrates and opens.
        // (through openStore, as `serve` opens it: the wait is a warning in the gateway's log)
        const lines: string[] = [];
        const log = createLogger({ destination: new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }) });
        const waiting = openStore(db.url, log);
        await waitUntil(() => lines.some((l) => l.includes('waiting for the schema migration lock')));
        expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, holderPid: holderPid, holderApplication: 'stuck-migration' });
        await holder.query('COMMIT');
        const store = await waiting;
        stores.push(store);
        const versions = await withClient(db.url, async (c) => (await c.query<{ version: number }>('SELECT max(version) AS version FROM schema_version')).rows);
        expect(versions[0]!.version).toBe(migrations.length);
      } finally {
        await holder.end();
      }
    });

    it('keeps the audit log append-only (UPDATE, DELETE and TRUNCATE raise)', async () => {
      const db = await freshDatabase();
      const store = await openOn(db);
      await store.appendEvent({ at: 1, messageId: null, actor: 'admin', action: 'policy_reloaded' });
      await withClient(db.url, async (c) => {
        await expect(c.query("UPDATE audit_events SET actor = 'someone else'")).rejects.toThrow(/append-only/);
        await expect(c.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
        await expect(c.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
      });
      expect(await store.events({})).toHaveLength(1);
    });

    it('stores any bytes exactly, epoch-millisecond times as numbers, and survives U+0000 in JSON', async () => {
      const store = await openOn(await freshDatabase());
      const raw = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(3 * 1024 * 1024)]);
      const at = 1_900_000_000_123;
      await store.accept({ ...message('BIN', at), raw }, event('BIN', 'received', at));
      expect((await store.getRaw('BIN'))!.equals(raw)).toBe(true);
      const rec = await store.get('BIN');
      expect(rec).toMatchObject({ receivedAt: at, nextAttemptAt: at, size: raw.length, purged: false, inspection: null, hold: null });
      expect(await store.update('BIN', ['received'], { inspection: { text: 'a\u0000b' }, lastError: 'x\u0000y' }, null)).toBe(true);
      expect((await store.get('BIN'))!.inspection).toEqual({ text: 'a\uFFFDb' });
      expect((await store.countByState()).received).toBe(1);
    });

    it('hands each message to exactly one of two nodes claiming at the same time', async () => {
      const db = await freshDatabase();
      const [a, b] = [await openOn(db), await openOn(db)];
      const ids = Array.from({ length: 60 }, (_, i) => `C${String(i).padStart(3, '0')}`);
      for (const id of ids) await a.accept(message(id), event(id, 'received'));
      const claimed = new Map<string, string[]>();
      const drain = async (store: Store, node: string) => {
        for (;;) {
          const got = await store.claim('inspect', node, 2000, 60_000, 4);
          if (got.length === 0) return;
          for (const m of got) claimed.set(m.id, [...(claimed.get(m.id) ?? []), node]);
        }
      };
      await Promise.all([drain(a, 'node-a'), drain(b, 'node-b'), drain(a, 'node-a2'), drain(b, 'node-b2')]);
      expect([...claimed.keys()].sort()).toEqual(ids);
      expect([...claimed.values()].filter((owners) => owners.length !== 1)).toEqual([]);
      expect(new Set([...claimed.values()].flat()).size).toBeGreaterThan(1);
    });

    it('lets exactly one of two nodes approve (release) a held message when they race', async () => {
      const db = await freshDatabase();
      const [a, b] = [await openOn(db), await openOn(db)];
      const ids = Array.from({ length: 20 }, (_, i) => `H${i}`);
      for (const id of ids) {
        await a.accept(message(id), event(id, 'received'));
        await a.update(id, ['received'], { state: 'awaiting_approval' }, event(id, 'held'));
      }
      const results = await Promise.all(
        ids.map((id) =>
          Promise.all([
            a.update(id, ['awaiting_approval'], { state: 'queued' }, event(id, 'approved')),
            b.update(id, ['awaiting_approval'], { state: 'queued' }, event(id, 'approved')),
          ]),
        ),
      );
      expect(results.map((pair) => pair.filter(Boolean).length)).toEqual(ids.map(() => 1));
      const approvals = await b.events({ action: 'approved' });
      expect(approvals.map((e) => e.messageId).sort()).toEqual([...ids].sort());
      expect((await b.claim('relay', 'node-b', 2000, 1000, 100)).map((m) => m.id).sort()).toEqual([...ids].sort());
    });

    it('consumes a single-use token once across nodes, and again only after its record expired', async () => {
      const db = await freshDatabase();
      const nodes = await Promise.all([openOn(db), openOn(db), openOn(db)]);
      const results = await Promise.all(nodes.flatMap((n) => [n.consumeToken('link', 10, 1000), n.consumeToken('link', 10, 1000)]));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await nodes[0]!.consumeToken('link', 999, 2000)).toBe(false);
      expect(await nodes[1]!.consumeToken('link', 1001, 2000)).toBe(true);
    });

    it('notifies other nodes when work becomes due, and again after the LISTEN connection was lost', async () => {
      const db = await freshDatabase();
      const [a, b] = [await openOn(db), await openOn(db)];
      const seen: WorkKind[] = [];
      const unsubscribe = await b.subscribe('work', (kind) => seen.push(kind));
      await a.accept(message('N1'), event('N1', 'received'));
      await waitUntil(() => seen.includes('inspect'), 5_000, 'inspect notification');
      await a.update('N1', ['received'], { state: 'awaiting_approval' }, event('N1', 'held'));
      await a.update('N1', ['awaiting_approval'], { state: 'queued' }, event('N1', 'approved'));
      await waitUntil(() => seen.includes('relay'), 5_000, 'relay notification');
      // A deferral or a hold makes no work due now: no notification for those.
      seen.length = 0;
      await a.update('N1', ['queued'], { nextAttemptAt: 10_000 }, null);
      await a.update('N1', ['queued'], { state: 'awaiting_approval' }, null);
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toEqual([]);

      // The listener's connection dies (server restart, failover): it reconnects by itself and
      // reports both kinds, since notifications sent meanwhile were lost.
      await withClient(db.url, (c) =>
        c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'dlp-gateway-listen'", [db.name]),
      );
      await waitUntil(() => seen.includes('inspect') && seen.includes('relay'), 10_000, 'catch-up after reconnect');
      seen.length = 0;
      await a.accept(message('N2'), event('N2', 'received'));
      await waitUntil(() => seen.includes('inspect'), 5_000, 'notification after reconnect');
      await unsubscribe();
    });

    it('is chosen by openStore for postgres:// URLs and names the problem without the password', async () => {
      const db = await freshDatabase();
      const store = await openStore(db.url.replace(/^postgres:/, 'postgresql:'));
      stores.push(store);
      expect(store).toBeInstanceOf(PostgresStore);
      expect(await store.health()).toEqual({ ok: true });
      const failure = openStore('postgres://dlp:s3cret@127.0.0.1:1/none');
      await expect(failure).rejects.toThrow(/STORE_UNAVAILABLE/);
      await expect(failure).rejects.not.toThrow(/s3cret/);
    });
  });
}
