import { readFileSync } from 'node:fs';
import { createDetector } from '/work/wt-14/src/detect/index.js';
import { extractMessage } from '/work/wt-14/src/extract/index.js';
const cases = JSON.parse(readFileSync('/work/wt-14/test/eval-business/business.json', 'utf8')).cases;
const detector = await createDetector({ hashKey: 'x' });
for (const id of process.argv.slice(2)) {
  const c = cases.find((x: any) => x.id === id);
  const ex = await extractMessage(Buffer.from(c.raw, 'base64'));
  console.log('=====', id, c.category, c.style, JSON.stringify(c.envelope));
  for (const s of ex.segments) console.log(`--- ${s.location}\n${s.text.slice(0, 3000)}`);
  const d = detector.detect(ex, { envelope: c.envelope });
  for (const f of d.findings) console.log(`  ${f.category} ${f.confidence} ${f.subject} [${f.subjectReason}] ${f.sample} @${f.location} :: ${f.reason} :: ${f.context}`);
  console.log('  summary', JSON.stringify(d.summary));
}
