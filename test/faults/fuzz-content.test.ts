/**
 * Hostile content, fuzzed with fast-check (fixed seed in CI, fresh seeds in `npm run test:faults`):
 * MIME structure, headers and encodings; zips (names, sizes, nesting, encryption flags);
 * OOXML XML; PDF bytes. Properties: extraction never throws, finishes within its time budget,
 * and every message still gets a verdict — content that could not be read is reported
 * (`uninspectable`/`encrypted`) and, to outside recipients, never passes silently.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractMessage, type ExtractionLimits, type ExtractionResult } from '../../src/extract/index.js';
import { uninspectableOutcome } from '../../src/inspect/scan-pool.js';
import type { DetectionResult } from '../../src/detect/index.js';
import { createDetector, type Detector } from '../../src/detect/index.js';
import { evaluatePolicy, loadPolicy, defaultPolicyPath, type LoadedPolicy } from '../../src/policy/index.js';
import { hostileMime, hostileOoxml, hostilePdf, hostileZip, minimalPdf, mutate, withAttachment } from './support/hostile.js';
import { fuzzSeed, recordRow, runs } from './support/results.js';
import { sampleMail } from '../helpers/gateway.js';

const limits: Partial<ExtractionLimits> = { messageTimeMs: 4_000, partTimeMs: 2_000 };
/** Cooperative budget plus slack for one non-yielding step (the worker's hard cap is the backstop). */
const maxMs = 8_000;

let detector: Detector;
let policy: LoadedPolicy;
beforeAll(async () => {
  [detector, policy] = await Promise.all([createDetector(), loadPolicy(defaultPolicyPath)]);
}, 60_000);

interface Stats {
  inputs: number;
  pass: number;
  hold: number;
  unreadable: number;
  /** Detection threw; the scan worker turns that into an `internal_error` uninspectable result. */
  detectorErrors: number;
  maxMs: number;
}

/** Extract → detect → decide one message; throws if any property is violated. */
async function judge(raw: Buffer, stats: Stats): Promise<void> {
  const started = performance.now();
  let extraction: ExtractionResult = await extractMessage(raw, limits);
  const ms = performance.now() - started;
  stats.maxMs = Math.max(stats.maxMs, ms);
  if (ms > maxMs) throw new Error(`extraction took ${Math.round(ms)} ms`);
  for (const key of ['segments', 'tables', 'attachments', 'encrypted', 'uninspectable'] as const) {
    if (!Array.isArray(extraction[key])) throw new Error(`extraction.${key} is not an array`);
  }
  for (const p of [...extraction.encrypted, ...extraction.uninspectable]) {
    if (typeof p.reason !== 'string' || typeof p.location !== 'string') throw new Error(`malformed problem ${JSON.stringify(p)}`);
  }
  let detection: DetectionResult;
  try {
    detection = detector.detect(extraction);
  } catch (err) {
    // What src/inspect/scan-worker.ts + scan-pool.ts do with a detection error.
    stats.detectorErrors++;
    ({ extraction, detection } = uninspectableOutcome(raw, 'internal_error', `inspection failed: ${(err as Error).message}`));
  }
  const verdict = evaluatePolicy(policy, {
    envelope: { mailFrom: 'yamada@example.co.jp', rcptTo: ['partner@partner.example.jp'] },
    extraction,
    detection,
    knownDomains: new Set(),
  });
  if (!['pass', 'hold', 'reject'].includes(verdict.verdict)) throw new Error(`no verdict: ${String(verdict.verdict)}`);
  const unreadable = extraction.encrypted.length > 0 || extraction.uninspectable.some((p) => !(p.type ?? '').startsWith('image/'));
  if (unreadable) stats.unreadable++;
  // What could not be read never goes outside unseen (default policy: external-uninspectable / -encrypted).
  if (unreadable && verdict.verdict === 'pass') {
    throw new Error(`unreadable content passed: ${JSON.stringify({ encrypted: extraction.encrypted, uninspectable: extraction.uninspectable })}`);
  }
  stats.inputs++;
  if (verdict.verdict === 'pass') stats.pass++;
  else stats.hold++;
}

async function fuzz(name: string, arbitrary: fc.Arbitrary<Buffer>, ciRuns: number, longRuns: number): Promise<Stats> {
  const stats: Stats = { inputs: 0, pass: 0, hold: 0, unreadable: 0, detectorErrors: 0, maxMs: 0 };
  const started = performance.now();
  const seed = fuzzSeed();
  await fc.assert(
    fc.asyncProperty(arbitrary, (raw) => judge(raw, stats)),
    { numRuns: runs(ciRuns, longRuns), ...(seed !== undefined ? { seed } : {}), endOnFailure: true },
  );
  recordRow({
    scenario: `fuzz: ${name}`,
    sent: stats.inputs,
    delivered: stats.pass,
    held: stats.hold,
    lost: 0,
    duplicates: 0,
    ms: Math.round(performance.now() - started),
    note: `${stats.unreadable} unreadable → held${stats.detectorErrors ? ` (${stats.detectorErrors} by a detector error)` : ''}; slowest ${Math.round(stats.maxMs)} ms`,
  });
  return stats;
}

describe('hostile content: no throw, bounded time, always a verdict', () => {
  // kuromoji throws on U+0000 and on lone surrogates; the tokenizer wrapper replaces them.
  it('detection survives NUL characters and lone surrogates in text', async () => {
    const raw = Buffer.from('From: a@example.co.jp\r\nTo: b@partner.example.jp\r\nSubject: x\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nお世話になります\u0000。\uD800 電話: 090-1234-5678 山田太郎様\r\n', 'utf8');
    const result = detector.detect(await extractMessage(raw, limits));
    expect(result.findings.some((f) => f.category === 'phone')).toBe(true);
  });

  it('MIME structure, headers and transfer encodings', async () => {
    const stats = await fuzz('MIME trees', hostileMime, 150, 2_000);
    expect(stats.inputs).toBe(runs(150, 2_000));
  }, 120_000);

  it('byte-level mutations of an ordinary message', async () => {
    await fuzz('mutated messages', mutate(sampleMail()), 100, 1_500);
  }, 120_000);

  it('zip archives: hostile names, lying sizes, encryption flags, nesting, truncation', async () => {
    const stats = await fuzz('zip archives', hostileZip.map((zip) => withAttachment('資料.zip', zip, 'application/zip')), 120, 1_500);
    // Archives that cannot be read are reported, so some runs must have hit that path.
    expect(stats.unreadable).toBeGreaterThan(0);
  }, 120_000);

  it('OOXML (xlsx/docx) with hostile XML: entity expansion, external entities, broken markup', async () => {
    await fuzz('OOXML XML', hostileOoxml.map((f) => withAttachment(f.name, f.data, f.type)), 60, 1_000);
  }, 120_000);

  it('PDF bytes: mutated, truncated, deeply nested, encrypted', async () => {
    await fuzz('PDF bytes', hostilePdf.map((pdf) => withAttachment('請求書.pdf', pdf, 'application/pdf')), 60, 1_000);
  }, 120_000);

  it('known hostile shapes get the right verdicts', async () => {
    const stats: Stats = { inputs: 0, pass: 0, hold: 0, unreadable: 0, detectorErrors: 0, maxMs: 0 };
    // An encrypted-flag zip is reported and held, never passed.
    const enc = (await import('./support/hostile.js')).renderZip({ entries: [{ name: 'a.txt', data: new Uint8Array(Buffer.from('個人番号 123456789018')), store: false, cp932: false }], encryptFlag: true, lieAboutSize: false, truncate: 0 });
    const encrypted = await extractMessage(withAttachment('secret.zip', enc, 'application/zip'), limits);
    expect(encrypted.encrypted.length + encrypted.uninspectable.length).toBeGreaterThan(0);
    await judge(withAttachment('secret.zip', enc, 'application/zip'), stats);
    // A readable PDF with a My Number to outside recipients is held for approval.
    await judge(withAttachment('doc.pdf', minimalPdf('My Number 123456789018'), 'application/pdf'), stats);
    expect(stats.hold).toBe(2);
  }, 60_000);
});
