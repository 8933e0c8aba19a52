/**
 * Directory sync against a real OpenLDAP slapd (started here on a free port, seeded with a
 * synthetic company of 300 people with nested managers and groups, killed at the end): paged
 * reading, AD attribute mapping, approver routing from the copy (manager chain, groups, YAML
 * override), people disabled in the directory losing access and their approvals re-routed, and a
 * failed sync keeping the last good copy — on SQLite and on PostgreSQL.
 */
import path from 'node:path';
import { Client } from 'ldapts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type GatewayConfig } from '../../src/config/schema.js';
import { createDirectoryService, type DirectoryService } from '../../src/directory/service.js';
import { createLogger } from '../../src/log/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/types.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import { routeApprovers } from '../../src/workflow/approvers/route.js';
import { createWorkflow } from '../../src/workflow/create-workflow.js';
import { readHold } from '../../src/workflow/report-facts.js';
import { createWebServer } from '../../src/web/server.js';
import { createMetrics } from '../../src/web/metrics.js';
import { tempDir } from '../helpers/gateway.js';
import { markerInspector } from '../workflow/harness.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../helpers/postgres.js';
import { baseDn, personDn, requireSlapd, rootDn, rootPassword, startSlapd, syncDn, syncPassword, syntheticOrg, type Slapd, type SyntheticOrg } from '../helpers/slapd.js';

const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const clock = { now: () => Date.UTC(2026, 10, 30, 1, 0, 0) }; // Monday 10:00 JST
const env = { DLP_TEST_LDAP_PASSWORD: syncPassword };

function configFor(slapd: Slapd, dataDir: string, overrides: Record<string, unknown> = {}): GatewayConfig {
  return configSchema.parse({
    storage: { dataDir },
    workflow: { secret: 'directory-test-secret-0123456789abcdef' },
    directory: {
      intervalMs: 0,
      ldap: {
        url: slapd.url,
        bindDn: syncDn,
        bindPasswordEnv: 'DLP_TEST_LDAP_PASSWORD',
        baseDn,
        peopleFilter: '(objectClass=inetOrgPerson)',
        groupFilter: '(objectClass=groupOfNames)',
        pageSize: 40,
        timeoutMs: 5_000,
        ...overrides,
      },
    },
  });
}

async function ldapModify(slapd: Slapd, dn: string, attribute: string, values: string[]): Promise<void> {
  const { Attribute, Change } = await import('ldapts');
  const c = new Client({ url: slapd.url });
  await c.bind(rootDn, rootPassword);
  try {
    await c.modify(dn, new Change({ operation: 'replace', modification: new Attribute({ type: attribute, values }) }));
  } finally {
    await c.unbind();
  }
}

const mailOf = (uid: string) => `${uid}@example.co.jp`;

function directorySuite(name: string, open: () => Promise<Store>): void {
  describe(`directory sync from slapd: ${name}`, () => {
    let org: SyntheticOrg;
    let slapd: Slapd;
    let store: Store;
    let service: DirectoryService;
    let dataDir: string;
    beforeAll(async () => {
      org = syntheticOrg(300);
      slapd = await startSlapd(org);
    }, 60_000);
    afterAll(async () => {
      await slapd?.close();
    });
    beforeEach(async () => {
      if (!slapd.running()) await slapd.restart();
      dataDir = tempDir('dlp-dir-');
      store = await open();
      service = createDirectoryService({ config: configFor(slapd, dataDir), store, clock, log, env });
    });
    afterEach(async () => {
      await service.stop();
      await store.close();
    });

    const byUid = (uid: string) => org.people.find((p) => p.uid === uid)!;
    const staffOf = (chiefUid: string) => org.people.filter((p) => p.managerUid === chiefUid && !p.disabled);

    it('reads all 300 people through paged search (the server allows 100 per search) and maps AD attributes', async () => {
      const outcome = await service.syncNow('test');
      expect(outcome).toMatchObject({ ok: true, people: 300, disabled: 2 });
      const view = service.view();
      const p100 = view.personByAddress('p0100@example.co.jp')!;
      expect(p100).toMatchObject({ email: 'p0100@example.co.jp', aliases: ['p0100.alias@corp.example.co.jp'], displayName: byUid('p0100').displayName, department: byUid('p0100').department, title: '担当', managerDn: personDn(byUid('p0100').managerUid!), disabled: false });
      expect(view.personByAddress('p0006@example.co.jp')).toMatchObject({ title: '課長', disabled: true });
      // The smtp: alias finds the same person; X500: addresses are not mail.
      expect(view.personByAddress('P0100.Alias@corp.example.co.jp')?.dn).toBe(p100.dn);
      // Nested groups: dept-0 = head + 4 section groups; approvers-all = every department group.
      const dept0 = view.group('dept-0')!;
      expect(dept0.members).toContain(personDn('p0001'));
      expect(dept0.members).toContain(personDn(staffOf('p0007')[0]!.uid));
      expect(view.group('approvers-all')!.members.length).toBeGreaterThan(250);
      // A membership cycle ends: each group of the loop has both people.
      expect(view.group('loop-a')!.members.sort()).toEqual([personDn('p0010'), personDn('p0011')]);
      const status = await store.directoryStatus();
      expect(status).toMatchObject({ lastSuccessAt: clock.now(), lastFailureReason: null, people: 300, disabled: 2 });
      expect(status.groups).toBe(Object.keys(org.groups).length);
      const events = await store.events({ action: 'directory_synced' });
      expect(events.at(-1)!.detail).toMatchObject({ trigger: 'test', people: 300 });
      expect(JSON.stringify(events)).not.toContain('p0100@example.co.jp');
    });

    it('routes to the manager from the directory, walks up past a disabled manager, honours groups and the YAML override', async () => {
      await service.syncNow('test');
      const view = service.view();
      const file = parseApprovers(`
version: 1
routes:
  - senders: [${mailOf('p0050')}]
    approvers: [yaml.boss@example.co.jp]
  - senders: ['group:sec-1-0']
    approvers: ['group:dlp-admins']
directory:
  approvers: [manager]
fallback:
  approvers: [admin@example.co.jp]
`);
      // Staff of a chief: the chief.
      const chief = 'p0008';
      const staff = staffOf(chief)[0]!;
      expect(routeApprovers(file, staff.mail, clock.now(), view)).toMatchObject({ approvers: [mailOf(chief)], via: 'directory', fallback: false });
      // The same person writing from their alias: same manager.
      expect(routeApprovers(file, staff.alias, clock.now(), view).approvers).toEqual([mailOf(chief)]);
      // p0006 (a chief) is disabled: their staff go up to the department head p0001.
      const orphan = staffOf('p0006')[0]!;
      const r = routeApprovers(file, orphan.mail, clock.now(), view);
      expect(r.approvers).toEqual([mailOf('p0001')]);
      expect(r.skippedManagers).toEqual([{ dn: personDn('p0006'), why: 'disabled' }]);
      // A chief (a manager themself) goes to their own manager, never to themself.
      expect(routeApprovers(file, mailOf('p0008'), clock.now(), view).approvers).toEqual([mailOf('p0001')]);
      // The president has no manager: fallback.
      expect(routeApprovers(file, mailOf('p0000'), clock.now(), view)).toMatchObject({ approvers: ['admin@example.co.jp'], fallback: true, via: 'directory→fallback' });
      // YAML override: an explicit route wins over the directory default.
      expect(routeApprovers(file, mailOf('p0050'), clock.now(), view)).toMatchObject({ approvers: ['yaml.boss@example.co.jp'], via: 'routes[0]' });
      // group: sender selector (nested) and group: approvers; the sender is never their own approver.
      const inSec10 = org.groups['sec-1-0']!.map((dn) => org.people.find((p) => p.dn === dn)!).find((p) => !p.disabled && p.uid !== 'p0003')!;
      expect(routeApprovers(file, inSec10.mail, clock.now(), view)).toMatchObject({ approvers: [mailOf('p0003'), mailOf('p0004')], via: 'routes[1]' });
      // Absent today (YAML absences): the walk goes one step further up.
      const away = parseApprovers(`
version: 1
directory: { approvers: [manager] }
absences: [{ who: ${mailOf(chief)}, from: '2026-11-30', to: '2026-12-01' }]
`);
      expect(routeApprovers(away, staff.mail, clock.now(), view).approvers).toEqual([mailOf('p0001')]);
      // A sender outside the directory is not routed by `directory:`.
      expect(routeApprovers(file, 'partner@other.example.com', clock.now(), view)).toMatchObject({ fallback: true, via: 'fallback' });
    });

    it('a manager that is missing from the directory, or the sender themself, ends the walk at the fallback', async () => {
      const staff = staffOf('p0009')[0]!;
      const selfManaged = staffOf('p0009')[1]!;
      await ldapModify(slapd, staff.dn, 'manager', [`uid=ghost,ou=people,${baseDn}`]);
      await ldapModify(slapd, selfManaged.dn, 'manager', [selfManaged.dn]);
      try {
        await service.syncNow('test');
        const file = parseApprovers('version: 1\ndirectory: { approvers: [manager] }\nfallback: { approvers: [admin@example.co.jp] }\n');
        expect(routeApprovers(file, staff.mail, clock.now(), service.view())).toMatchObject({ approvers: ['admin@example.co.jp'], fallback: true });
        const self = routeApprovers(file, selfManaged.mail, clock.now(), service.view());
        expect(self).toMatchObject({ approvers: ['admin@example.co.jp'], fallback: true });
        expect(self.skippedManagers).toEqual([{ dn: selfManaged.dn, why: 'is_sender' }]);
      } finally {
        await ldapModify(slapd, staff.dn, 'manager', [personDn('p0009')]);
        await ldapModify(slapd, selfManaged.dn, 'manager', [personDn('p0009')]);
      }
    });

    it('a person disabled in the directory loses their account and sessions at the next sync; their held approvals go on to the next manager', async () => {
      await service.syncNow('first');
      const chief = 'p0012';
      const staff = staffOf(chief)[0]!;
      await store.upsertUser({ username: 'chief12', displayName: 'Chief', email: mailOf(chief).toUpperCase(), roles: ['approver'], passwordHash: '$argon2id$x', department: null, failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: 1 });
      await store.upsertUser({ username: 'other', displayName: 'Other', email: mailOf('p0013'), roles: ['approver'], passwordHash: '$argon2id$x', department: null, failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: 1 });
      await store.createSession({ id: 'S1', username: 'chief12', csrfToken: 'c', createdAt: 1, expiresAt: clock.now() + 3_600_000, lastSeenAt: 1 });
      await store.createSession({ id: 'S2', username: 'other', csrfToken: 'c', createdAt: 1, expiresAt: clock.now() + 3_600_000, lastSeenAt: 1 });
      const config = configFor(slapd, dataDir);
      const workflow = await createWorkflow({
        config,
        store,
        clock,
        log,
        wakeRelay: () => undefined,
        approvers: parseApprovers('version: 1\ndirectory: { approvers: [manager] }\nfallback: { approvers: [admin@example.co.jp] }\n'),
        directory: () => service.view(),
      });
      service.onLostAccess((gone, actor) => workflow.rerouteFromDisabled(gone, actor));
      await store.accept(
        { id: 'HELD1', receivedAt: clock.now(), mailFrom: staff.mail, rcptTo: ['x@other.example.com'], raw: Buffer.from('Subject: t\r\n\r\nbody\r\n'), client: {} },
        { at: clock.now(), messageId: 'HELD1', actor: 'smtp', action: 'received' },
      );
      await store.update('HELD1', ['received'], { state: 'awaiting_approval', hold: { stages: ['approval'], heldAt: clock.now() } }, null);
      const heldRecord = (await store.get('HELD1'))!;
      await workflow.onHeld(heldRecord, await markerInspector.inspect(heldRecord, (await store.getRaw('HELD1'))!));
      expect(readHold((await store.get('HELD1'))!).approvers).toEqual([mailOf(chief)]);

      await ldapModify(slapd, personDn(chief), 'userAccountControl', ['514']);
      try {
        const outcome = await service.syncNow('after-disable');
        expect(outcome.ok && outcome.accountsDisabled).toEqual([{ username: 'chief12', email: 'p***@example.co.jp', sessionsRevoked: 1 }]);
        expect((await store.getUser('chief12'))!.disabled).toBe(true);
        expect(await store.getSession('S1')).toBeUndefined();
        expect((await store.getUser('other'))!.disabled).toBe(false);
        expect(await store.getSession('S2')).toBeDefined();
        // The held mail now waits for the chief's manager (the department head).
        const head = byUid(chief).managerUid!;
        const hold = readHold((await store.get('HELD1'))!);
        expect(hold.approvers).toEqual([mailOf(head)]);
        const trail = await store.events({ messageId: 'HELD1' });
        expect(trail.find((e) => e.action === 'approver_rerouted')).toMatchObject({ actor: 'directory-sync', detail: { reason: 'disabled_in_directory', via: 'rerouted:directory' } });
        // The new approver was asked (an approval request notice was queued to them).
        const notices = await store.list({ kind: 'notice' });
        expect(notices.some((n) => n.rcptTo.includes(mailOf(head)))).toBe(true);
        const audit = (await store.events({ actor: 'directory-sync' })).map((e) => e.action);
        expect(audit).toEqual(expect.arrayContaining(['directory_synced', 'directory_person_changed', 'user_disabled_by_directory']));
        // A second sync changes nothing more (idempotent) and disables nobody else.
        const again = await service.syncNow('again');
        expect(again.ok && again.accountsDisabled).toEqual([]);
        expect((await store.events({ messageId: 'HELD1', action: 'approver_rerouted' })).length).toBe(1);
      } finally {
        await ldapModify(slapd, personDn(chief), 'userAccountControl', ['512']);
      }
    });

    it('a failed sync keeps the last good copy, records why, and /healthz says degraded (200, mail flows)', async () => {
      expect((await service.syncNow('good')).ok).toBe(true);
      await slapd.stop();
      const failed = await service.syncNow('while-down');
      expect(failed).toMatchObject({ ok: false, code: 'DIRECTORY_UNREACHABLE' });
      const status = await store.directoryStatus();
      expect(status.lastSuccessAt).toBe(clock.now());
      expect(status.lastFailureReason).toContain('DIRECTORY_UNREACHABLE');
      expect(status.people).toBe(300);
      // The copy in force is untouched, in memory and in the store (a restarted node reads it).
      expect(service.view().snapshot.people.length).toBe(300);
      expect((await store.loadDirectory()).people.length).toBe(300);
      const restarted = createDirectoryService({ config: configFor(slapd, dataDir), store, clock, log, env });
      await restarted.start();
      expect(restarted.view().personByAddress(mailOf('p0007'))).toBeDefined();
      await restarted.stop();
      expect((await store.events({ action: 'directory_sync_failed' })).map((e) => e.detail)).toContainEqual(expect.objectContaining({ trigger: 'while-down', code: 'DIRECTORY_UNREACHABLE' }));

      const web = await createWebServer({ store, metrics: createMetrics(store), log, storage: () => ({ ok: true, checkedAt: clock.now() }), version: 't', directory: () => service.health() });
      try {
        const res = await web.inject({ method: 'GET', url: '/healthz' });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ status: 'degraded', directory: { ok: false } });
        expect(res.json().directory.reason).toContain('last good copy');
        await slapd.restart();
        expect((await service.syncNow('back')).ok).toBe(true);
        const ok = await web.inject({ method: 'GET', url: '/healthz' });
        expect(ok.json()).toMatchObject({ status: 'ok', directory: { ok: true } });
      } finally {
        await web.close();
      }
    });

    it('refuses a copy without people (a wrong filter) and keeps the copy in force', async () => {
      expect((await service.syncNow('good')).ok).toBe(true);
      const wrong = createDirectoryService({ config: configFor(slapd, dataDir, { peopleFilter: '(uid=nobody-matches)' }), store, clock, log, env });
      expect(await wrong.syncNow('wrong-filter')).toMatchObject({ ok: false, code: 'DIRECTORY_EMPTY' });
      expect((await store.loadDirectory()).people.length).toBe(300);
      const badPassword = createDirectoryService({ config: configFor(slapd, dataDir), store, clock, log, env: { DLP_TEST_LDAP_PASSWORD: 'wrong' } });
      const denied = await badPassword.syncNow('bad-password');
      expect(denied).toMatchObject({ ok: false, code: 'DIRECTORY_UNREACHABLE' });
      expect(!denied.ok && denied.reason).toContain('cannot bind');
    });
  });
}

if (requireSlapd('directory sync')) {
  directorySuite('SQLite', async () => new SqliteStore(path.join(tempDir('dlp-dir-db-'), 'gateway.db')));
  if (await requirePostgres('directory sync (PostgreSQL)')) {
    const dbs: TestDatabase[] = [];
    afterAll(async () => {
      for (const db of dbs) await db.drop();
    });
    directorySuite('PostgreSQL', async () => {
      const db = await createTestDatabase();
      dbs.push(db);
      return PostgresStore.open(db.url);
    });
  }
}
