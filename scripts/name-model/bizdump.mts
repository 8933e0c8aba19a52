// Person-name spans of one business-mail case (development aid).
import { createDetector } from '/work/wt-i16/src/detect/index.ts';
import { loadBusinessCases } from '/work/wt-i16/src/eval/business.ts';
import { extractMessage } from '/work/wt-i16/src/extract/index.ts';
const cases = loadBusinessCases('/work/wt-i16/test/eval-business/business.json')!;
const c = cases.find((x) => x.id === process.argv[2])!;
const d = await createDetector({ hashKey: 'evaluation' });
const extraction = await extractMessage(Buffer.from(c.raw, 'base64'));
const det = d.detect(extraction, { envelope: c.envelope });
for (const f of det.findings.filter((x) => x.category === 'person_name')) console.log(JSON.stringify(f).slice(0, 400));
for (const seg of extraction.segments ?? []) { const t = (seg as { text?: string }).text; if (t) console.log(t.slice(0, 1500)); }
