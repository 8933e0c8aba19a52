import { describe, expect, it } from 'vitest';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, spawnGateway } from '../helpers/process.js';
import { tempDir, waitUntil } from '../helpers/gateway.js';
import { freePort } from '../helpers/upstream.js';
import { loadConfig } from '../../src/config/load.js';

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

  it('loads the shipped example configuration (config/gateway.example.yaml) as documented', async () => {
    const { config } = await loadConfig({ path: path.resolve(import.meta.dirname, '../../config/gateway.example.yaml'), env: {} });
    expect(config.processing).toMatchObject({ concurrency: 2, maxBacklog: 2000, inflowDelayMs: 1000 });
    expect(config.processing.inflowBacklog).toBeUndefined(); // 16 per scan worker when not set
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

describe('first start', () => {
  it('refuses to start (exit 2, naming the key) when the web UI listens beyond loopback without a base URL', async () => {
    const dir = tempDir();
    try {
      const r = await runCli(['serve'], { DLP_WEB_HOST: '0.0.0.0', DLP_DATA_DIR: dir, DLP_WEB_BASE_URL: '' });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/CONFIG_INVALID at web\.baseUrl: required when the web server listens on a non-loopback address \(web\.host 0\.0\.0\.0\)/);
      expect(r.stderr).toContain('DLP_WEB_BASE_URL');
      expect(existsSync(path.join(dir, 'gateway.db'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts a non-loopback listener with a base URL, loopback without one, and refuses a base URL that is not http(s)', async () => {
    const load = (env: Record<string, string>) => loadConfig({ env });
    expect((await load({ DLP_WEB_HOST: '0.0.0.0', DLP_WEB_BASE_URL: 'https://dlp.example.co.jp' })).config.web.baseUrl).toBe('https://dlp.example.co.jp');
    for (const host of ['127.0.0.1', '127.0.1.1', '::1', 'localhost']) expect((await load({ DLP_WEB_HOST: host })).config.web.host).toBe(host);
    const problem = (env: Record<string, string>) => load(env).then(() => 'loaded', (err: Error) => err.toString());
    expect(await problem({ DLP_WEB_HOST: '::' })).toMatch(/^CONFIG_INVALID at web\.baseUrl: required .*http:\/\/\[::\]:8025\//);
    expect(await problem({ DLP_WEB_HOST: '192.0.2.10' })).toMatch(/^CONFIG_INVALID at web\.baseUrl: required/);
    expect(await problem({ DLP_WEB_BASE_URL: 'dlp.example.co.jp' })).toMatch(/^CONFIG_INVALID at web\.baseUrl: must be an http:\/\/ or https:\/\/ URL/);
    // With the web UI off no links are made, so no base URL is needed.
    const dir = tempDir();
    const file = path.join(dir, 'gateway.yaml');
    writeFileSync(file, 'web:\n  enabled: false\n  host: 0.0.0.0\n');
    expect((await loadConfig({ path: file, env: {} })).config.web.enabled).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('at a terminal: readable log lines and the exact command for the first admin; JSON lines otherwise; no hint once an admin exists', async () => {
    const dir = tempDir();
    const env = { DLP_DATA_DIR: dir, DLP_SMTP_PORT: String(await freePort()), DLP_WEB_PORT: '0', DLP_LOG_FORMAT: 'pretty' };
    try {
      const pretty = await spawnGateway(env, ['--no-inspect']);
      await waitUntil(() => pretty.output().includes('no administrator account yet'), 90_000, 'the admin hint');
      expect(await pretty.kill('SIGTERM')).toBe(0);
      const lines = pretty.output().split('\n').filter(Boolean);
      expect(lines.filter((l) => l.startsWith('{'))).toEqual([]);
      expect(pretty.output()).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] INFO: gateway started/m);
      expect(pretty.output()).toMatch(/WARN: no administrator account yet: create one with `npx dlp-gateway user add admin --role admin --email admin@example\.co\.jp` \(it asks for a password\), then sign in at http:\/\/127\.0\.0\.1:\d+\//);

      // Not a terminal (a container, a collector): JSON lines, the same hint as a message.
      const json = await spawnGateway({ ...env, DLP_LOG_FORMAT: '' }, ['--no-inspect']);
      await waitUntil(() => json.output().includes('no administrator account yet'), 90_000, 'the admin hint');
      expect(await json.kill('SIGTERM')).toBe(0);
      const records = json.output().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(records.find((r) => r.msg.startsWith('no administrator account yet'))).toMatchObject({ level: 40 });

      const added = await runCli(['user', 'add', 'admin', '--role', 'admin', '--email', 'admin@example.co.jp'], { DLP_DATA_DIR: dir }, 'a long enough password\n');
      expect(added.code).toBe(0);
      const again = await spawnGateway(env, ['--no-inspect']);
      expect(await again.kill('SIGTERM')).toBe(0);
      expect(again.output()).toContain('gateway started');
      expect(again.output()).not.toContain('no administrator account yet');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
