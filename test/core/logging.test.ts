/**
 * Log lines survive a SIGKILL with `log.sync: true` (issue 22): each "message accepted" line is
 * written before the 250 goes out, so an operator's log has one line per accepted message even
 * when the process is killed right after the last one. (Buffered mode, the default, flushes on
 * exit and signals it can catch; the audit trail in the store is the record of truth either way.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../helpers/upstream.js';
import { tempDir } from '../helpers/gateway.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';
import { FaultClient, queueIdOf } from '../faults/support/smtp-client.js';
import { newToken, trackedMail } from '../faults/support/ledger.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('log lines and SIGKILL', () => {
  it('log.sync: every message answered 250 has its "message accepted" line, even after kill -9 right after the last 250', async () => {
    const dataDir = tempDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const configFile = path.join(dataDir, 'gateway.yaml');
    writeFileSync(configFile, 'log:\n  sync: true\nweb:\n  enabled: false\n');
    const env = { DLP_DATA_DIR: dataDir, DLP_SMTP_PORT: String(await freePort()), DLP_UPSTREAM_URL: `smtp://127.0.0.1:${await freePort()}` };
    const gw: GatewayProcess = await spawnGateway(env, ['--no-inspect', '--config', configFile]);
    cleanups.push(() => void gw.kill('SIGKILL'));
    const { client } = await FaultClient.greet(Number(env.DLP_SMTP_PORT));
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const reply = await client.send('sender@example.co.jp', ['r@partner.example.jp'], trackedMail(newToken()));
      expect(reply).toMatch(/^250 /);
      ids.push(queueIdOf(reply)!);
    }
    expect(await gw.kill('SIGKILL')).toBe(null);
    client.destroy();
    // Everything the process wrote before it died is still in the pipe: read it to the end.
    const stdout = gw.child.stdout!;
    if (!stdout.readableEnded) await new Promise((resolve) => stdout.once('end', resolve));
    const accepted = new Set(
      gw
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg?: string; id?: string })
        .filter((l) => l.msg === 'message accepted')
        .map((l) => l.id),
    );
    expect(ids.filter((id) => !accepted.has(id))).toEqual([]);
  });
});
