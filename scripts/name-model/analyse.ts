/**
 * Error analysis of the detector's person names on the calibration parts only (never the
 * held-out parts): false names in person-free sentences with the rule that produced them, and
 * P/R/F1 at any confidence. Development aid for scripts/train-name-model.ts.
 *
 *   npx tsx scripts/name-model/analyse.ts <stanza/train.bio> [--list]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../../src/detect/index.js';
import { BODY_LOCATION, toExtraction } from '../../src/eval/dataset.js';
import { nerSplitOf } from '../../src/eval/ner-split.js';
import { readBio } from './bio.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NER = path.resolve(root, '../shared/datasets/ner-wikipedia-ja/ner.json');

interface S { text: string; names: Array<{ start: number; end: number }> }

const wiki: S[] = (JSON.parse(readFileSync(NER, 'utf8')) as Array<{ curid: string; text: string; entities: Array<{ span: [number, number]; type: string }> }>)
  .filter((s) => nerSplitOf(s.curid) === 'calibration')
  .map((s) => ({ text: s.text, names: s.entities.filter((e) => e.type === '人名').map((e) => ({ start: e.span[0], end: e.span[1] })) }));
const gsd: S[] = process.argv[2] ? readBio(process.argv[2]).filter((_, i) => i % 10 === 9) : [];
const detector = await createDetector({ hashKey: 'analysis' });
const list = process.argv.includes('--list');
for (const [name, set] of [['wikipedia calibration', wiki], ['gsd calibration', gsd]] as const) {
  let tp = 0, fp = 0, fn = 0, free = 0, freeHit = 0, mtp = 0, mfp = 0, mfn = 0;
  const reasons = new Map<string, number>();
  for (const s of set) {
    const spans = detector.spans(toExtraction({ from: { name: '', address: '' }, to: [], subject: '', body: s.text })).filter((x) => x.location === BODY_LOCATION && x.category === 'person_name');
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    for (const g of s.names) (spans.some((p) => ov(p, g)) ? tp++ : fn++);
    const med = spans.filter((x) => x.confidence !== 'low');
    for (const g of s.names) (med.some((p) => ov(p, g)) ? mtp++ : mfn++);
    for (const p of med) if (!s.names.some((g) => ov(p, g))) mfp++;
    for (const p of spans) if (!s.names.some((g) => ov(p, g))) {
      fp++;
      const r = `${p.confidence}:${(p as { reason?: string }).reason ?? '?'}`;
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
      if (list) console.log(`FP ${s.names.length === 0 ? 'free' : 'mixed'} ${r} 「${s.text.slice(p.start, p.end)}」 ${s.text.slice(Math.max(0, p.start - 15), p.end + 15).replace(/\n/g, ' ')}`);
    }
    if (list) for (const g of s.names) if (!spans.some((p) => ov(p, g))) console.log(`FN 「${s.text.slice(g.start, g.end)}」 ${s.text.slice(Math.max(0, g.start - 15), g.end + 15).replace(/\n/g, ' ')}`);
    if (s.names.length === 0) { free++; if (spans.length > 0) freeHit++; }
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(`${name}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} person-free given a name ${freeHit}/${free} (${((100 * freeHit) / free).toFixed(1)} %)`);
  const mp = mtp / (mtp + mfp), mr = mtp / (mtp + mfn);
  console.log(`  medium/high: P ${mp.toFixed(3)} R ${mr.toFixed(3)} F1 ${((2 * mp * mr) / (mp + mr)).toFixed(3)}`);
  console.log('  FP by rule:', [...reasons].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('; '));
}
