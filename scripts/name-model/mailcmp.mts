// Main mail set: person_name misses (medium/high) and personCount per case (development aid):
//   npx tsx scripts/name-model/mailcmp.mts <checkout>   (diff the output of two checkouts)
import { readFileSync } from 'node:fs';
const root = process.argv[2]!;
const { createDetector } = await import(`${root}/src/detect/index.ts`);
const { toExtraction, BODY_LOCATION } = await import(`${root}/src/eval/dataset.ts`);
const cases = JSON.parse(readFileSync(`${root}/test/eval-data/mails.json`, 'utf8')).cases;
const d = await createDetector({ hashKey: 'evaluation' });
for (const c of cases) {
  const e = toExtraction(c);
  const spans = d.spans(e).filter((s: any) => s.category === 'person_name' && s.confidence !== 'low' && s.location === BODY_LOCATION);
  for (const l of c.labels ?? []) {
    if (l.category !== 'person_name' || l.location && l.location !== BODY_LOCATION) continue;
    if (!spans.some((s: any) => s.start < l.end && l.start < s.end)) console.log(`${c.id} MISS ${JSON.stringify(c.body.slice(l.start, l.end))} ctx ${JSON.stringify(c.body.slice(Math.max(0, l.start - 20), l.end + 10))}`);
  }
  console.log(`${c.id} personCount ${d.detect(e).summary.personCount} expected ${c.personCount}`);
}
