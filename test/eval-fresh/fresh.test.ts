/**
 * The hand-written sets (test/eval-fresh/ and test/eval-fresh2/) through real MIME, extraction,
 * detection and the default policy, as `npm run eval` reports them in EVALUATION.md. Guards the
 * verdicts measured there (set 1: held 2 of 90 that should pass, 85 of 85 that should be held;
 * set 2: 2 of 60 and 60 of 60; set 3: 1 of 50 and 49 of 50; set 4: 3 of 40 and 39 of 40) against
 * regressions: a change that holds more ordinary mail or
 * lets more risky mail through fails here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { evaluateBusiness } from '../../src/eval/business.js';
import { loadFreshCases, withInternalDomains } from '../../src/eval/fresh.js';
import { extractMessage } from '../../src/extract/index.js';
import { defaultPolicyPath, loadPolicy } from '../../src/policy/index.js';

const FILE = path.join(import.meta.dirname, 'fresh.json');
const FILE2 = path.join(import.meta.dirname, '../eval-fresh2/fresh.json');
const FILE3 = path.join(import.meta.dirname, '../eval-fresh3/fresh.json');
const FILE4 = path.join(import.meta.dirname, '../eval-fresh4/fresh.json');

describe('hand-written business mail', () => {
  it('every mail builds as MIME; an encrypted zip is reported as encrypted', async () => {
    const cases = (await loadFreshCases(FILE))!;
    expect(cases.length).toBeGreaterThanOrEqual(175);
    const zipped = cases.find((c) => c.category === 'attachment.encrypted_zip')!;
    const extraction = await extractMessage(Buffer.from(zipped.raw, 'base64'));
    expect(extraction.encrypted.length).toBeGreaterThan(0);
  });

  it('set 2: holds few ordinary mails and nearly all risky ones', async () => {
    const cases = (await loadFreshCases(FILE2))!;
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const detector = await createDetector({ hashKey: 'fresh-test' });
    const r = await evaluateBusiness(detector, withInternalDomains(await loadPolicy(defaultPolicyPath)), cases);
    expect(r.benign.held, r.falseHolds.join('\n')).toBeLessThanOrEqual(2);
    expect(r.risky.held, r.misses.join('\n')).toBeGreaterThanOrEqual(60);
  }, 120_000);

  it('set 3: holds few ordinary mails and nearly all risky ones', async () => {
    const cases = (await loadFreshCases(FILE3))!;
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const detector = await createDetector({ hashKey: 'fresh-test' });
    const r = await evaluateBusiness(detector, withInternalDomains(await loadPolicy(defaultPolicyPath)), cases);
    expect(r.benign.held, r.falseHolds.join('\n')).toBeLessThanOrEqual(1);
    expect(r.risky.held, r.misses.join('\n')).toBeGreaterThanOrEqual(49);
  }, 120_000);

  it('set 4: holds few ordinary mails and nearly all risky ones', async () => {
    const cases = (await loadFreshCases(FILE4))!;
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const detector = await createDetector({ hashKey: 'fresh-test' });
    const r = await evaluateBusiness(detector, withInternalDomains(await loadPolicy(defaultPolicyPath)), cases);
    expect(r.benign.held, r.falseHolds.join('\n')).toBeLessThanOrEqual(3);
    expect(r.risky.held, r.misses.join('\n')).toBeGreaterThanOrEqual(39);
  }, 120_000);

  it('holds few ordinary mails and nearly all risky ones', async () => {
    const cases = (await loadFreshCases(FILE))!;
    const detector = await createDetector({ hashKey: 'fresh-test' });
    const r = await evaluateBusiness(detector, withInternalDomains(await loadPolicy(defaultPolicyPath)), cases);
    expect(r.benign.held, r.falseHolds.join('\n')).toBeLessThanOrEqual(2);
    expect(r.risky.held, r.misses.join('\n')).toBeGreaterThanOrEqual(85);
  }, 120_000);
});
