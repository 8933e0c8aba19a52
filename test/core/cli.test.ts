import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/process.js';
import { tempDir } from '../helpers/gateway.js';

describe('dlp-gateway CLI', () => {
  it('prints help listing serve', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('serve');
  });

  it('exits 2 naming the key and line of an invalid configuration', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'gateway.yaml');
    writeFileSync(file, 'smtp:\n  port: 2525\n  clientNetworks: []\nupstream:\n  url: smtp://relay.example.jp:25\n');
    const r = await runCli(['serve', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`CONFIG_INVALID at ${file.replace(/[.]/g, '\\.')}:3 smtp\\.clientNetworks`));

    writeFileSync(file, 'smtp:\n  prot: 2525\n');
    const typo = await runCli(['serve', '--config', file]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/:2 smtp\.prot/);
  });

  it('exits 2 when an environment override has the wrong type', async () => {
    const r = await runCli(['serve'], { DLP_SMTP_PORT: 'twenty-five' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('smtp.port');
  });

  it('hashes a password for SMTP AUTH users', async () => {
    const r = await runCli(['hash-password'], {}, 'a long enough password\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\$argon2id\$/);
  });
});
