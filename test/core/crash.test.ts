import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TestUpstream, freePort } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, stripOurReceived, tempDir } from '../helpers/gateway.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('durability across crashes', () => {
  it('delivers every message answered 250 even when the gateway is killed with SIGKILL right after', async () => {
    const dataDir = tempDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const upstreamPort = await freePort();
    const configFile = path.join(dataDir, 'gateway.yaml');
    writeFileSync(configFile, 'upstream:\n  retry:\n    initialDelayMs: 200\n    maxDelayMs: 500\nprocessing:\n  pollMs: 100\n');
    const env = {
      DLP_DATA_DIR: dataDir,
      DLP_SMTP_PORT: String(await freePort()),
      DLP_WEB_PORT: '0',
      DLP_UPSTREAM_URL: `smtp://127.0.0.1:${upstreamPort}`,
    };
    // Upstream is down, so accepted mail can only be in the spool when the gateway dies.
    let gw: GatewayProcess = await spawnGateway(env, ['--no-inspect', '--config', configFile]);
    cleanups.push(() => void gw.kill('SIGKILL'));
    const { client } = await greet(Number(env.DLP_SMTP_PORT));
    const sent: Buffer[] = [];
    for (let i = 0; i < 5; i++) {
      const raw = sampleMail({ subject: `crash test ${i}`, to: [`r${i}@partner.example.jp`] });
      expect(await client.send('sender@example.co.jp', [`r${i}@partner.example.jp`], raw)).toMatch(/^250 /);
      sent.push(raw);
    }
    client.destroy();
    expect(await gw.kill('SIGKILL')).toBe(null);

    const upstream = new TestUpstream();
    await upstream.start(upstreamPort);
    cleanups.push(() => upstream.stop());
    gw = await spawnGateway(env, ['--no-inspect', '--config', configFile]);
    const got = await upstream.waitFor(5, 20_000);
    for (const [i, raw] of sent.entries()) {
      const mail = got.filter((m) => m.rcptTo[0] === `r${i}@partner.example.jp`);
      expect(mail).toHaveLength(1);
      expect(stripOurReceived(mail[0]!.raw).equals(raw)).toBe(true);
    }
    expect(await gw.kill('SIGTERM')).toBe(0);
    expect(gw.output()).toContain('shutdown complete');
  });
});
