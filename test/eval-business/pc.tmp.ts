import { readFileSync } from 'node:fs';
import { createDetector } from '../../src/detect/index.js';
import { toExtraction } from '../../src/eval/dataset.js';
const d = await createDetector({ hashKey: 'x' });
for (const file of ['test/eval-data/mails.json', 'test/eval-holdout/holdout.json']) {
  const cases = JSON.parse(readFileSync(file, 'utf8')).cases;
  const bad: string[] = [];
  for (const c of cases) { if (c.personCount === null) continue; const r = d.detect(toExtraction(c)); if (r.summary.personCount !== c.personCount) bad.push(`${c.id} ${c.personCount} ${r.summary.personCount}`); }
  console.log(file, 'mismatches', bad.length, bad.join(' | ').slice(0, 3000));
}
