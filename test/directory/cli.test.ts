/** `dlp-gateway directory sync` against a real slapd: success prints counts (exit 0), a stopped server exits 1 and keeps the copy. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerDirectoryCommands } from '../../src/directory/cli.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../helpers/gateway.js';
import { baseDn, requireSlapd, startSlapd, syncDn, syncPassword, syntheticOrg, type Slapd } from '../helpers/slapd.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let code = 0;
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((t) => ((out += String(t)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((t) => ((err += String(t)), true));
  try {
    const program = new Command().exitOverride();
    registerDirectoryCommands(program, (c) => (code = c));
    await program.parseAsync(args, { from: 'user' });
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  return { code, out, err };
}

if (requireSlapd('directory CLI')) {
  describe('dlp-gateway directory sync', () => {
    let slapd: Slapd;
    beforeAll(async () => {
      slapd = await startSlapd(syntheticOrg(40));
      process.env.DLP_TEST_LDAP_PASSWORD = syncPassword;
    }, 60_000);
    afterAll(async () => {
      delete process.env.DLP_TEST_LDAP_PASSWORD;
      await slapd?.close();
    });

    it('syncs, then fails with exit 1 while the server is down and keeps the copy; no directory configured is exit 2', async () => {
      const dir = tempDir('dlp-dir-cli-');
      const configPath = path.join(dir, 'gateway.yaml');
      writeFileSync(
        configPath,
        `storage:\n  dataDir: ${JSON.stringify(dir)}\nlog:\n  level: silent\ndirectory:\n  intervalMs: 0\n  ldap:\n    url: ${slapd.url}\n    bindDn: ${syncDn}\n    bindPasswordEnv: DLP_TEST_LDAP_PASSWORD\n    baseDn: ${baseDn}\n    peopleFilter: (objectClass=inetOrgPerson)\n    groupFilter: (objectClass=groupOfNames)\n    timeoutMs: 5000\n`,
      );
      const ok = await run(['directory', 'sync', '-c', configPath]);
      expect(ok).toMatchObject({ code: 0 });
      expect(ok.out).toContain('directory synced: 40 people');
      await slapd.stop();
      const down = await run(['directory', 'sync', '-c', configPath]);
      expect(down.code).toBe(1);
      expect(down.err).toContain('DIRECTORY_UNREACHABLE');
      await slapd.restart();
      const store = await openStore(`sqlite:${path.join(dir, 'gateway.db')}`);
      try {
        expect((await store.loadDirectory()).people).toHaveLength(40);
        expect((await store.directoryStatus()).lastFailureReason).toContain('DIRECTORY_UNREACHABLE');
      } finally {
        await store.close();
      }
      const plain = path.join(dir, 'plain.yaml');
      writeFileSync(plain, `storage:\n  dataDir: ${JSON.stringify(dir)}\n`);
      const none = await run(['directory', 'sync', '-c', plain]);
      expect(none.code).toBe(2);
      expect(none.err).toContain('DIRECTORY_NOT_CONFIGURED');
    });
  });
}
