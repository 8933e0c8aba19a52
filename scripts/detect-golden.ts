/**
 * Golden output of detection, for changes that must not alter any result (performance work):
 * runs the detector a scan worker uses over the sample mail, the evaluation corpora and
 * Wikipedia NER sentences, and writes every finding and span as JSON.
 *
 *   npx tsx scripts/detect-golden.ts [distDir] > /tmp/golden.json   (compare byte for byte)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const load = async <T>(p: string): Promise<T> => (await import(pathToFileURL(path.join(dist, p)).href)) as T;

const { createDetector } = await load<typeof import('../src/detect/index.js')>('detect/index.js');
const { extractMessage } = await load<typeof import('../src/extract/index.js')>('extract/index.js');
const { toExtraction } = await load<typeof import('../src/eval/dataset.js')>('eval/dataset.js');
const { businessBody, buildMail } = await load<typeof import('../src/bench/mail.js')>('bench/mail.js');
type Extraction = import('../src/extract/types.js').ExtractionResult;
type Context = import('../src/detect/index.js').DetectionContext;

const detector = await createDetector({ hashKey: 'golden' });
const out: string[] = [];
function run(id: string, extraction: Extraction, context: Context = {}): void {
  const detection = detector.detect(extraction, context);
  const spans = detector.spans(extraction, context);
  out.push(JSON.stringify({ id, detection, spans }));
}
const json = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

for (let n = 0; n < 60; n++) {
  const raw = buildMail(`b${n}`, businessBody(n, 600 + (n % 7) * 400), `お見積りの件（${n % 97}）`).toString().replace(/^Date: .*\r\n/m, '');
  run(`bench ${n}`, await extractMessage(Buffer.from(raw)));
}
const samples = path.join(root, 'samples/extract');
for (const f of readdirSync(samples).sort()) {
  if (f.endsWith('.eml')) run(`sample ${f}`, await extractMessage(readFileSync(path.join(samples, f))));
}
type Case = Parameters<typeof toExtraction>[0] & { id: string };
for (const c of json<{ cases: Case[] }>(path.join(root, 'test/eval-data/mails.json')).cases) run(`mails ${c.id}`, toExtraction(c));
for (const c of json<{ cases: Case[] }>(path.join(root, 'test/eval-holdout/holdout.json')).cases) run(`holdout ${c.id}`, toExtraction(c));
for (const c of json<{ cases: Array<{ id: string; raw: string; envelope: { mailFrom: string; rcptTo: string[] } }> }>(path.join(root, 'test/eval-business/business.json')).cases) {
  run(`business ${c.id}`, await extractMessage(Buffer.from(c.raw, 'base64')), { envelope: c.envelope });
}
const ner = path.resolve(root, '../shared/datasets/ner-wikipedia-ja/ner.json');
if (existsSync(ner)) {
  const sentences = json<Array<{ text: string }>>(ner).map((s) => s.text);
  const from = { name: '山田 太郎', address: 'yamada@example.co.jp' };
  const to = [{ name: '佐藤 様', address: 'sato@partner.example.jp' }];
  for (let i = 0; i < 3000 && i < sentences.length; i++) run(`ner ${i}`, toExtraction({ from, to, subject: sentences[i]!.slice(0, 20), body: sentences[i]! }));
  for (let i = 3000; i < sentences.length; i += 10) run(`ner-block ${i}`, toExtraction({ from, to, subject: '', body: sentences.slice(i, i + 10).join('\n') }));
}
process.stdout.write(out.join('\n') + '\n');
