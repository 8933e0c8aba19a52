/**
 * The public MIME test messages (../shared/datasets/mime/) through the production inspection:
 * each one is extracted without error, gets a verdict with its reasons stored, and is either
 * relayed byte-identical (after our Received: header) or held — never lost.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { startGateway, stripOurReceived, waitUntil } from '../helpers/gateway.js';
import { extractMessage } from '../../src/extract/index.js';
import type { InspectionReport } from '../../src/pipeline/types.js';
import { recordRow } from './support/results.js';

const dir = path.resolve('../shared/datasets/mime');
const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
const load = (f: string) => Buffer.from(readFileSync(path.join(dir, f), 'latin1').replace(/\r?\n/g, '\r\n'), 'latin1');

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('public MIME test messages', () => {
  it.each(files)('%s: extraction reports what it could not read instead of throwing', async (file) => {
    const result = await extractMessage(load(file));
    expect(Array.isArray(result.segments)).toBe(true);
    for (const p of [...result.uninspectable, ...result.encrypted]) expect(p.reason).toMatch(/^[a-z_]+$/);
  });

  it('each gets a verdict through the gateway and is relayed unchanged or held', async () => {
    const started = performance.now();
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    const gw = await startGateway({ 'upstream.url': upstream.url, 'processing.concurrency': 1 }, {}, { inspect: true });
    cleanups.push(() => gw.cleanup());
    const { client } = await greet(gw.smtpPort);
    const ids = new Map<string, string>();
    for (const [i, f] of files.entries()) {
      const answer = await client.send('yamada.taro@example.co.jp', [`rcpt-${i}@partner.example.jp`], load(f));
      expect(answer, f).toMatch(/^250 /);
      ids.set(f, /queued as (\S+)/.exec(answer)![1]!);
      await client.command('RSET');
    }
    client.destroy();
    await waitUntil(async () => {
      for (const id of ids.values()) if (!['delivered', 'awaiting_self_check', 'awaiting_approval'].includes((await gw.store.get(id))?.state ?? '')) return false;
      return true;
    }, 60_000, 'every dataset message to be inspected and settled');
    let delivered = 0;
    let held = 0;
    for (const [i, f] of files.entries()) {
      const record = (await gw.store.get(ids.get(f)!))!;
      const report = record.inspection as InspectionReport;
      expect(['pass', 'hold'], f).toContain(report.verdict.verdict);
      expect(report.details.inspected, f).toBe(true);
      const copies = upstream.received.filter((m) => m.rcptTo[0] === `rcpt-${i}@partner.example.jp`);
      if (record.state === 'delivered') {
        delivered++;
        expect(copies, f).toHaveLength(1);
        expect(stripOurReceived(copies[0]!.raw).equals(load(f)), f).toBe(true);
      } else {
        held++;
        expect(copies, f).toHaveLength(0);
        expect(report.verdict.matched.length, f).toBeGreaterThan(0);
      }
    }
    recordRow({ scenario: 'datasets: public MIME messages', sent: files.length, delivered, held, lost: files.length - delivered - held, duplicates: 0, ms: Math.round(performance.now() - started) });
  }, 90_000);
});
