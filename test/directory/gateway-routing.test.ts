/**
 * End to end through the production composition: a gateway configured with a real slapd routes
 * held mail to the sender's manager from the directory, and /healthz reports the directory.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HoldInfo } from '../../src/workflow/types.js';
import { sampleMail, startGateway, tempDir, waitUntil } from '../helpers/gateway.js';
import { baseDn, requireSlapd, startSlapd, syncDn, syncPassword, syntheticOrg, type Slapd, type SyntheticOrg } from '../helpers/slapd.js';
import { greet } from '../helpers/smtp-client.js';
import { TestUpstream } from '../helpers/upstream.js';

if (requireSlapd('gateway routing from the directory')) {
  describe('gateway with a directory', () => {
    let slapd: Slapd;
    let org: SyntheticOrg;
    const cleanups: Array<() => Promise<void>> = [];
    beforeAll(async () => {
      org = syntheticOrg(80);
      slapd = await startSlapd(org);
      process.env.DLP_TEST_LDAP_PASSWORD = syncPassword;
    }, 60_000);
    afterEach(async () => {
      for (const c of cleanups.splice(0).reverse()) await c();
    });
    afterAll(async () => {
      delete process.env.DLP_TEST_LDAP_PASSWORD;
      await slapd?.close();
    });

    it('holds mail from a staff member for their manager, as the directory says', async () => {
      const dir = tempDir();
      const approvers = path.join(dir, 'approvers.yaml');
      writeFileSync(approvers, 'version: 1\ndirectory:\n  approvers: [manager]\nfallback:\n  approvers: [admin@example.co.jp]\n');
      const upstream = new TestUpstream();
      await upstream.start();
      cleanups.push(() => upstream.stop());
      const gw = await startGateway(
        {
          'upstream.url': upstream.url,
          'workflow.approversPath': approvers,
          'processing.concurrency': 1,
          'directory.intervalMs': 0,
          'directory.ldap': { url: slapd.url, bindDn: syncDn, bindPasswordEnv: 'DLP_TEST_LDAP_PASSWORD', baseDn, peopleFilter: '(objectClass=inetOrgPerson)', groupFilter: '(objectClass=groupOfNames)', timeoutMs: 5_000 },
        },
        {},
        { inspect: true },
      );
      cleanups.push(() => gw.cleanup());
      // The start-up sync has run once its status says so.
      await waitUntil(async () => (await gw.store.directoryStatus()).lastSuccessAt !== null, 60_000, 'the first directory sync');
      const health = await fetch(`http://127.0.0.1:${gw.webPort}/healthz`).then((r) => r.json() as Promise<{ status: string; directory?: { ok: boolean } }>);
      expect(health).toMatchObject({ status: 'ok', directory: { ok: true } });

      const staff = org.people.find((p) => p.managerUid === 'p0008' && !p.disabled)!;
      const raw = sampleMail({ from: staff.mail, to: ['tanaka@other.example.com'], subject: '書類', body: '田中様\r\n\r\n山本 健一さんの個人番号: 1234 5678 9018\r\n' });
      const { client } = await greet(gw.smtpPort);
      const answer = await client.send(staff.mail, ['tanaka@other.example.com'], raw);
      client.destroy();
      const id = /queued as (\S+)/.exec(answer)![1]!;
      await waitUntil(async () => ((await gw.store.get(id))?.hold as HoldInfo | null)?.approvers?.length === 1, 120_000, 'the hold to be routed');
      expect(((await gw.store.get(id))!.hold as HoldInfo).approvers).toEqual(['p0008@example.co.jp']);
      expect(((await gw.store.get(id))!.hold as HoldInfo).via).toBe('directory');
    }, 240_000);
  });
}
