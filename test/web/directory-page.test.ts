/**
 * The /directory admin page against a real slapd: status and counts after 「今すぐ同期」, the
 * last error while the server is down (the copy in force stays), CSRF and admin-only, ja/en.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryService } from '../../src/directory/service.js';
import { baseDn, requireSlapd, startSlapd, syncDn, syncPassword, syntheticOrg, type Slapd } from '../helpers/slapd.js';
import { Client, createHarness, type Harness } from './harness.js';

if (requireSlapd('directory page')) {
  describe('directory admin page', () => {
    let slapd: Slapd;
    let h: Harness | undefined;
    beforeAll(async () => {
      slapd = await startSlapd(syntheticOrg(60));
    }, 60_000);
    afterAll(async () => slapd?.close());
    afterEach(async () => h?.close());

    const harness = async () =>
      createHarness({
        config: {
          'directory.intervalMs': 0,
          'directory.ldap': { url: slapd.url, bindDn: syncDn, bindPasswordEnv: 'DLP_TEST_LDAP_PASSWORD', baseDn, peopleFilter: '(objectClass=inetOrgPerson)', groupFilter: '(objectClass=groupOfNames)', pageSize: 25, timeoutMs: 5_000 },
        },
        directory: (deps) => createDirectoryService({ ...deps, env: { DLP_TEST_LDAP_PASSWORD: syncPassword } }),
      });

    it('an admin syncs now and sees the counts; a failed sync shows its reason and keeps the counts; approvers may not', async () => {
      h = await harness();
      await h.addUser('admin', ['admin']);
      await h.addUser('boss', ['approver']);
      const c = new Client(h.app);
      await c.signIn('admin');
      const before = await c.get('/directory');
      expect(before.statusCode).toBe(200);
      expect(before.body).toContain('ディレクトリ連携');
      expect(before.body).toContain('data-state="never"');
      expect(before.body).toContain('今すぐ同期');

      // Without the session's CSRF token the sync is refused and nothing happens.
      expect((await c.post('/directory/sync', { _csrf: 'wrong' })).statusCode).toBe(403);
      expect((await h.store.directoryStatus()).lastSuccessAt).toBeNull();

      const synced = await c.post('/directory/sync', { _csrf: c.csrf });
      expect(synced.statusCode).toBe(200);
      expect(synced.body).toContain('同期しました: 60 人');
      expect(synced.body).toMatch(/data-field="people">60</);
      expect(synced.body).toContain('data-state="ok"');

      await slapd.stop();
      try {
        const failed = await c.post('/directory/sync', { _csrf: c.csrf });
        expect(failed.statusCode).toBe(502);
        expect(failed.body).toContain('DIRECTORY_UNREACHABLE');
        expect(failed.body).toContain('data-state="failed"');
        expect(failed.body).toMatch(/data-field="people">60</);
        const english = await c.get('/directory?lang=en');
        expect(english.body).toContain('The last sync failed. Approver routing uses the last good copy.');
      } finally {
        await slapd.restart();
      }
      const audit = (await h.store.events({})).map((e) => `${e.actor}:${e.action}`);
      expect(audit).toEqual(expect.arrayContaining(['admin:directory_sync_requested', 'directory-sync:directory_synced', 'directory-sync:directory_sync_failed']));

      const boss = new Client(h.app);
      await boss.signIn('boss');
      expect((await boss.get('/directory')).statusCode).toBe(403);
      expect((await boss.post('/directory/sync', { _csrf: boss.csrf })).statusCode).toBe(403);
    });
  });
}
