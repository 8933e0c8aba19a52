/**
 * Scan workers read the tokenizer dictionary and the person-name model from memory the pool
 * shares with them. Whatever they share, their findings must be exactly those of a detector
 * that loaded everything itself, in this thread: checked over every business-mail case of the
 * evaluation set (half harmless, half risky) and the sample mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log/logger.js';
import { ScanPool } from '../../src/inspect/scan-pool.js';
import { createDetector, type Detector } from '../../src/detect/index.js';
import { extractMessage } from '../../src/extract/index.js';
import type { MessageEnvelope } from '../../src/detect/participants.js';

/** Warnings and errors the pool logs (e.g. a model it could not share, which would fall back to one copy per worker). */
const logged: string[] = [];
const quiet = createLogger({ level: 'warn', destination: new Writable({ write: (chunk, _e, done) => (logged.push(String(chunk)), done()) }) });
const root = path.resolve(import.meta.dirname, '../..');
/** Time caps far above any case: on a loaded machine a cap would cut a PDF short in one run only. */
const limits = { messageTimeMs: 300_000, partTimeMs: 300_000 };

interface Case {
  id: string;
  raw: Buffer;
  envelope?: MessageEnvelope;
}

function cases(): Case[] {
  const business = JSON.parse(readFileSync(path.join(root, 'test/eval-business/business.json'), 'utf8')) as { cases: Array<{ id: string; raw: string; envelope: MessageEnvelope }> };
  const out: Case[] = business.cases.map((c) => ({ id: c.id, raw: Buffer.from(c.raw, 'base64'), envelope: c.envelope }));
  const samples = path.join(root, 'samples/extract');
  for (const name of readdirSync(samples).filter((n) => n.endsWith('.eml')).sort()) out.push({ id: name, raw: readFileSync(path.join(samples, name)) });
  return out;
}

describe('scan workers with shared dictionary and name model', () => {
  let pool: ScanPool;
  let local: Detector;
  beforeAll(async () => {
    pool = new ScanPool({ size: 1, limits, maxHeapMb: 512, hashKey: 'equivalence', log: quiet });
    [local] = await Promise.all([createDetector({ hashKey: 'equivalence' }), pool.ready()]);
  }, 120_000);
  afterAll(async () => {
    await pool.close();
  });

  it('finds exactly what a detector loaded in this thread finds, on every evaluation and sample mail', async () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(200);
    let withFindings = 0;
    for (const c of all) {
      const scanned = await pool.scan(c.raw, c.envelope);
      const expected = local.detect(await extractMessage(c.raw, limits), c.envelope ? { envelope: c.envelope } : {});
      expect(scanned.detection, c.id).toEqual(expected);
      if (expected.findings.some((f) => f.category === 'person_name')) withFindings++;
    }
    // The comparison covers the name model's output, not only mail without names.
    expect(withFindings).toBeGreaterThan(50);
    // …and the model was really shared with the worker, not loaded again inside it.
    expect(logged.filter((line) => /name model|shar/i.test(line))).toEqual([]);
  }, 600_000);
});
