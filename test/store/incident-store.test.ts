/**
 * Store contract of the incident stage, on SQLite and PostgreSQL: incidents with compare-and-set
 * and audit, facts kept past the retention purge, scope lookups by sender.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store, StoredIncident } from '../../src/store/types.js';
import { tempDir } from '../helpers/gateway.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../helpers/postgres.js';

function incidentContract(name: string, open: () => Promise<Store>): void {
  describe(`incident store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const msg = (id: string, at: number, from = 'Yamada@Example.co.jp') => ({
      id,
      receivedAt: at,
      mailFrom: from,
      rcptTo: ['wrong@other.example.com'],
      raw: Buffer.from(`Subject: ${id}\r\n\r\n本文\r\n`),
      client: {},
    });
    const ev = (id: string | null, action: string, at = 1000) => ({ at, messageId: id, actor: 'test', action });

    it('creates an incident with its audit event and changes it only at the version it was read', async () => {
      await store.accept(msg('M1', 1000), ev('M1', 'received'));
      const incident: StoredIncident = { id: 'INC-1', status: 'draft', version: 1, createdAt: 5000, updatedAt: 5000, awareAt: 4000, anchorMessageId: 'M1', data: { note: 'first', nested: { n: 1 } } };
      await store.createIncident(incident, ev('M1', 'incident_marked', 5000));
      expect(await store.getIncident('INC-1')).toEqual(incident);
      expect(await store.updateIncident('INC-1', 1, { at: 6000, status: 'preliminary_sent', data: { note: 'second' } }, ev('M1', 'incident_status_changed', 6000))).toBe(true);
      // A second writer that read version 1 loses; nothing of its change is kept, no audit event.
      expect(await store.updateIncident('INC-1', 1, { at: 6500, status: 'closed', data: { note: 'lost' } }, ev('M1', 'incident_status_changed', 6500))).toBe(false);
      expect(await store.getIncident('INC-1')).toMatchObject({ version: 2, status: 'preliminary_sent', updatedAt: 6000, awareAt: 4000, data: { note: 'second' } });
      expect(await store.updateIncident('INC-1', 2, { at: 7000, awareAt: 3500 }, ev('M1', 'incident_report_edited', 7000))).toBe(true);
      expect((await store.getIncident('INC-1'))!.awareAt).toBe(3500);
      expect((await store.events({ messageId: 'M1' })).map((e) => e.action)).toEqual(['received', 'incident_marked', 'incident_status_changed', 'incident_report_edited']);
      await store.createIncident({ ...incident, id: 'INC-2', createdAt: 9000, status: 'closed' }, ev('M1', 'incident_marked', 9000));
      expect((await store.listIncidents({})).map((i) => i.id)).toEqual(['INC-2', 'INC-1']);
      expect((await store.listIncidents({ statuses: ['draft', 'preliminary_sent'] })).map((i) => i.id)).toEqual(['INC-1']);
      expect(await store.getIncident('nope')).toBeUndefined();
    });

    it('keeps what the retention purge is told to retain, for mail that left only', async () => {
      await store.accept(msg('M1', 1000), ev('M1', 'received'));
      await store.accept(msg('M2', 1100), ev('M2', 'received'));
      await store.update('M1', ['received'], { state: 'queued', inspection: { details: { summary: { personCount: 1200 } } } }, ev('M1', 'passed'));
      await store.update('M1', ['queued'], { state: 'delivered' }, ev('M1', 'delivered', 2000));
      await store.update('M2', ['received'], { state: 'rejected', inspection: { details: {} } }, ev('M2', 'rejected', 2000));
      const seen: string[] = [];
      const purged = await store.purgeContent(10_000_000_000_000, 3000, (record) => {
        seen.push(record.id);
        return record.state === 'delivered' ? { personCount: 1200, kept: record.id, text: 'NUL\u0000?' } : null;
      });
      expect(purged).toBe(2);
      expect(seen.sort()).toEqual(['M1', 'M2']);
      expect((await store.get('M1'))!.inspection).toBeNull();
      const kept = await store.retainedFacts(['M1', 'M2', 'M3']);
      expect([...kept.keys()]).toEqual(['M1']);
      expect(kept.get('M1')).toMatchObject({ personCount: 1200, kept: 'M1' });
      // Purging again finds nothing and keeps the facts.
      expect(await store.purgeContent(10_000_000_000_000, 4000, () => ({ other: true }))).toBe(0);
      expect((await store.retainedFacts(['M1'])).get('M1')).toMatchObject({ kept: 'M1' });
      expect((await store.retainedFacts([])).size).toBe(0);
    });

    it('lists mail by sender (any case) within a time window, oldest first, without notices', async () => {
      await store.accept(msg('A1', 1000), ev('A1', 'received'));
      await store.accept(msg('A2', 3000, 'yamada@example.co.jp'), ev('A2', 'received'));
      await store.accept(msg('A3', 9000), ev('A3', 'received'));
      await store.accept(msg('B1', 2000, 'other@example.co.jp'), ev('B1', 'received'));
      await store.accept({ ...msg('N1', 2500), kind: 'notice', initialState: 'queued' }, ev('N1', 'notice_queued'));
      expect((await store.listBySender('YAMADA@example.co.jp', 1000, 3000)).map((m) => m.id)).toEqual(['A1', 'A2']);
      expect((await store.listBySender('yamada@example.co.jp', 0, 10_000, 2)).map((m) => m.id)).toEqual(['A1', 'A2']);
    });
  });
}

incidentContract('sqlite', async () => new SqliteStore(path.join(tempDir(), 'gateway.db')));

const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const db of databases.splice(0)) await db.drop();
});
if (await requirePostgres('incident store contract: postgres')) {
  incidentContract('postgres', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    return PostgresStore.open(db.url);
  });
}
