/**
 * The incident service on both store backends (SQLite and PostgreSQL): record on a message that
 * left, scope over the sender's mail, the retention purge keeping the facts, reminders once.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/types.js';
import { createLogger } from '../../src/log/logger.js';
import { retainForIncidents } from '../../src/incident/facts.js';
import { currentFacts, markIncident, remindDeadlines, scopeOf, setScope, setStatus, type IncidentDeps } from '../../src/incident/service.js';
import { tempDir } from '../helpers/gateway.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../helpers/postgres.js';
import { reportFor } from '../web/harness.js';

const t0 = Date.parse('2026-11-24T10:00:00+09:00');
const day = 86_400_000;
const admin = { id: 'admin', roles: ['admin' as const] };

function serviceSuite(name: string, open: () => Promise<Store>): void {
  describe(`incident service: ${name}`, () => {
    it('records, scopes, keeps the facts past the purge and reminds once', async () => {
      const store = await open();
      try {
        let now = t0;
        const deps: IncidentDeps = { store, clock: { now: () => now }, log: createLogger({ level: 'silent' }), calendar: { holidays: 'jp', extraHolidays: [] } };
        /** A message that was held, approved by boss and delivered. */
        const deliver = async (id: string, at: number, to: string, sensitive = false) => {
          const raw = Buffer.from(`Subject: =?UTF-8?B?${Buffer.from('名簿の件').toString('base64')}?=\r\n\r\n本文\r\n`);
          await store.accept({ id, receivedAt: at, mailFrom: 'Yamada@example.co.jp', rcptTo: [to], raw, client: {} }, { at, messageId: id, actor: 'smtp', action: 'received' });
          const inspection = reportFor([to], ['approval'], { sensitive });
          await store.update(id, ['received'], { state: 'awaiting_approval', inspection, hold: { stages: ['approval'], heldAt: at, deadline: at + day, approvers: ['boss'], delegates: [], fallback: false } }, { at, messageId: id, actor: 'policy', action: 'held' });
          await store.update(id, ['awaiting_approval'], { state: 'queued', hold: { stages: ['approval'], heldAt: at, deadline: at + day, approvers: ['boss'], delegates: [], fallback: false, decidedBy: 'boss', decidedAt: at + 600_000 } }, { at: at + 600_000, messageId: id, actor: 'boss', action: 'approved' });
          await store.update(id, ['queued'], { state: 'delivered', recipients: [{ address: to, status: 'delivered' }] }, { at: at + 601_000, messageId: id, actor: 'relay', action: 'delivered' });
        };
        await deliver('A1', t0, 'sato@wrong-corp.com', true);
        await deliver('A2', t0 + day, 'ito@wrong-corp.com');
        await deliver('A3', t0 + 2 * day, 'x@elsewhere.example.org');
        now = t0 + 3 * day;

        const marked = await markIncident(deps, admin, { messageId: 'A1', awareAt: t0 + 2 * day, description: '誤送信', kind: 'mis_sent', via: 'api' });
        expect(marked.ok).toBe(true);
        if (!marked.ok) return;
        const incident = marked.value;
        expect(incident.data.messages[0]).toMatchObject({ id: 'A1', subject: '名簿の件', approvedBy: 'boss', approvedAt: t0 + 600_000, personCount: 2, categories: { 'sensitive.medical': 1 } });
        expect(incident.data.wrongRecipients).toEqual(['sato@wrong-corp.com']);
        const candidates = await scopeOf(deps, incident);
        expect(candidates.map((c) => [c.facts.id, c.match])).toEqual([['A2', 'same_organisation']]);
        const scoped = await setScope(deps, incident.id, incident.version, admin, { include: ['A2'], excludeReason: '' });
        expect(scoped.ok && scoped.value.data.messages.map((m) => m.id)).toEqual(['A1', 'A2']);

        // Ninety days later the content goes; the facts stay for scope and new incidents.
        now = t0 + 100 * day;
        expect(await store.purgeContent(now - 90 * day, now, retainForIncidents)).toBe(3);
        const purged = (await store.get('A2'))!;
        expect(purged.inspection).toBeNull();
        const facts = await currentFacts(deps, purged);
        expect(facts).toMatchObject({ id: 'A2', personCount: 2, categories: { phone: 2, person_name: 2 }, approvedBy: 'boss', inspectionAvailable: false, subject: null });
        expect((await scopeOf(deps, incident)).map((c) => c.facts.personCount)).toEqual([2]);

        // Reminders: 速報 and 確報 overdue → each sent once, even when the tick runs twice.
        const sent: string[] = [];
        const send = async (_anchor: unknown, doc: { subject: string }, key: string) => void sent.push(`${key}:${doc.subject.slice(0, 12)}`);
        expect(await remindDeadlines(deps, now, 'http://dlp.test', send)).toBe(2);
        expect(await remindDeadlines(deps, now, 'http://dlp.test', send)).toBe(0);
        // Both 確報 thresholds passed before the first tick: one reminder (the later), not two.
        expect(sent.map((s) => s.split(':')[0])).toEqual(['preliminary', 'final-1d']);
        const current = (await store.getIncident(incident.id))!;
        const closed = await setStatus(deps, incident.id, current.version, admin, 'closed', '報告済み');
        expect(closed.ok).toBe(true);
        expect(await remindDeadlines(deps, now + day, 'http://dlp.test', send)).toBe(0);
        expect((await store.events({ action: 'incident_reminder_sent' })).length).toBe(1);
      } finally {
        await store.close();
      }
    });

    it('refuses mail that never left and a sender who is not the sender', async () => {
      const store = await open();
      try {
        const deps: IncidentDeps = { store, clock: { now: () => t0 + day }, log: createLogger({ level: 'silent' }), calendar: { holidays: 'jp', extraHolidays: [] } };
        await store.accept({ id: 'H1', receivedAt: t0, mailFrom: 'a@example.co.jp', rcptTo: ['b@x.example.com'], raw: Buffer.from('x'), client: {} }, { at: t0, messageId: 'H1', actor: 'smtp', action: 'received' });
        await store.update('H1', ['received'], { state: 'denied' }, null);
        const r = await markIncident(deps, admin, { messageId: 'H1', awareAt: t0 + 1000, description: '', kind: 'mis_sent', via: 'api' });
        expect(r).toMatchObject({ ok: false, error: 'not_left' });
        const s = await markIncident(deps, { id: 'sender:someone@example.co.jp', roles: [] }, { messageId: 'H1', awareAt: t0 + 1000, description: '', kind: 'mis_sent', via: 'link' });
        expect(s).toMatchObject({ ok: false, error: 'forbidden' });
      } finally {
        await store.close();
      }
    });
  });
}

serviceSuite('sqlite', async () => new SqliteStore(path.join(tempDir(), 'gateway.db')));

const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const db of databases.splice(0)) await db.drop();
});
if (await requirePostgres('incident service: postgres')) {
  serviceSuite('postgres', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    return PostgresStore.open(db.url);
  });
}
