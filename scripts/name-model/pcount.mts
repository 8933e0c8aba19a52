// Lists hold-out cases whose personCount differs from the expected count (development aid):
//   npx tsx scripts/name-model/pcount.mts <checkout>   (diff the output of two checkouts)
import { readFileSync } from 'node:fs';
const root = process.argv[2]!;
const { createDetector } = await import(`${root}/src/detect/index.ts`);
const { toExtraction } = await import(`${root}/src/eval/dataset.ts`);
const cases = JSON.parse(readFileSync(`${root}/test/eval-holdout/holdout.json`, 'utf8'));
const d = await createDetector({ hashKey: 'evaluation' });
for (const c of cases.cases ?? cases) {
  if (c.personCount === null) continue;
  const r = d.detect(toExtraction(c));
  const names = r.findings.filter((f: { category: string }) => f.category === 'person_name').map((f: { confidence: string; reason?: string; value?: string; masked?: string }) => `${f.confidence}`);
  console.log(`${c.id} expected ${c.personCount} got ${r.summary.personCount} ${r.summary.personCount === c.personCount ? 'OK' : 'DIFF'}`);
}
