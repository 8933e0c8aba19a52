/**
 * Hard MIME through the production inspection: each message is extracted without error, gets a
 * verdict with its reasons stored, and is either relayed byte-identical (after our Received:
 * header) or held — never lost. The project's own corpus (test/helpers/hard-mime.ts) runs in
 * every clone; the public MIME test messages (../shared/datasets/mime/) run where they are.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { startGateway, stripOurReceived, tempDir, waitUntil } from '../helpers/gateway.js';
import { defaultPolicyWithoutDelay } from '../helpers/policy-without-delay.js';
import { requireDataset } from '../helpers/datasets.js';
import { hardMimeMessages } from '../helpers/hard-mime.js';
import { extractMessage } from '../../src/extract/index.js';
import type { InspectionReport } from '../../src/pipeline/types.js';
import { recordRow } from './support/results.js';

interface Sample {
  name: string;
  raw: Buffer;
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function throughTheGateway(scenario: string, samples: () => Sample[]): void {
  it.each(samples().map((s) => [s.name, s] as const))('%s: extraction reports what it could not read instead of throwing', async (_name, sample) => {
    const result = await extractMessage(sample.raw);
    expect(Array.isArray(result.segments)).toBe(true);
    for (const p of [...result.uninspectable, ...result.encrypted]) expect(p.reason).toMatch(/^[a-z_]+$/);
    expect(result.uninspectable.filter((p) => p.reason === 'internal_error')).toEqual([]);
  });

  it('each gets a verdict through the gateway and is relayed unchanged or held', async () => {
    const files = samples();
    const started = performance.now();
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    // The default policy without its send delay: mail that passes is delivered at once.
    const dataDir = tempDir();
    const gw = await startGateway({ 'storage.dataDir': dataDir, 'policy.path': defaultPolicyWithoutDelay(dataDir), 'upstream.url': upstream.url, 'processing.concurrency': 1 }, {}, { inspect: true });
    cleanups.push(() => gw.cleanup());
    const { client } = await greet(gw.smtpPort);
    const ids = new Map<string, string>();
    for (const [i, f] of files.entries()) {
      const answer = await client.send('yamada.taro@example.co.jp', [`rcpt-${i}@partner.example.jp`], f.raw);
      expect(answer, f.name).toMatch(/^250 /);
      ids.set(f.name, /queued as (\S+)/.exec(answer)![1]!);
      await client.command('RSET');
    }
    client.destroy();
    await waitUntil(async () => {
      for (const id of ids.values()) if (!['delivered', 'awaiting_self_check', 'awaiting_approval'].includes((await gw.store.get(id))?.state ?? '')) return false;
      return true;
    }, 60_000, 'every message to be inspected and settled');
    let delivered = 0;
    let held = 0;
    for (const [i, f] of files.entries()) {
      const record = (await gw.store.get(ids.get(f.name)!))!;
      const report = record.inspection as InspectionReport;
      expect(['pass', 'hold'], f.name).toContain(report.verdict.verdict);
      expect(report.details.inspected, f.name).toBe(true);
      const copies = upstream.received.filter((m) => m.rcptTo[0] === `rcpt-${i}@partner.example.jp`);
      if (record.state === 'delivered') {
        delivered++;
        expect(copies, f.name).toHaveLength(1);
        expect(stripOurReceived(copies[0]!.raw).equals(f.raw), f.name).toBe(true);
      } else {
        held++;
        expect(copies, f.name).toHaveLength(0);
        expect(report.verdict.matched.length, f.name).toBeGreaterThan(0);
      }
    }
    recordRow({ scenario, sent: files.length, delivered, held, lost: files.length - delivered - held, duplicates: 0, ms: Math.round(performance.now() - started) });
  }, 180_000);
}

describe('hard MIME made by the project', () => {
  throughTheGateway('hard MIME: project-made messages', () => hardMimeMessages());
});

describe('public MIME test messages (../shared/datasets/mime)', () => {
  const dir = requireDataset('mime', 'public MIME test messages through the gateway');
  if (!dir) return;
  // SMTP carries CRLF lines: each file is sent with CRLF, as an MTA would.
  const load = (f: string) => Buffer.from(readFileSync(path.join(dir, f), 'latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  throughTheGateway('datasets: public MIME messages', () => readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((name) => ({ name, raw: load(name) })));
});
