import { createDetector } from '/work/wt-i16/src/detect/index.ts';
import { toExtraction } from '/work/wt-i16/src/eval/dataset.ts';
const d = await createDetector({ hashKey: 'x' });
const body = process.argv[2]!.replace(/\\n/g, '\n');
const e = toExtraction({ from: { name: '', address: '' }, to: [], subject: '', body });
for (const s of d.spans(e).filter((x) => x.category === 'person_name')) console.log(JSON.stringify(body.slice(s.start, s.end)), s.confidence, s.reason);
console.log(d.detect(e).summary.personCount);
