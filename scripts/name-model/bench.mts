// Labeller time of two checkouts on the same prepared tokens, interleaved (ratio under load):
//   npx tsx scripts/name-model/bench.mts <old checkout> <new checkout>
import { readFileSync } from 'node:fs';
const [a, b] = [process.argv[2]!, process.argv[3]!];
const load = async (root: string) => {
  const m = await import(`${root}/src/detect/name-model/model.ts`);
  const f = await import(`${root}/src/detect/name-model/features.ts`);
  const model = m.loadNameModel(`${root}/models/person-names`);
  return (tokens: unknown[]) => m.labelNames(model, tokens, f.extractFeatures(tokens));
};
const { loadTokenizer } = await import(`${a}/src/detect/tokenizer.ts`);
const tok = await loadTokenizer();
const texts = (JSON.parse(readFileSync(`${a}/test/eval-data/mails.json`, 'utf8')).cases as Array<{ body: string }>).map((c) => c.body);
const chars = texts.reduce((n, t) => n + t.length, 0);
const tokenized = texts.map((t) => tok(t));
const runs = [await load(a), await load(b)];
const ms = [0, 0];
for (let round = 0; round < 8; round++) {
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    for (const t of tokenized) runs[k]!(t);
    if (round >= 2) ms[k]! += performance.now() - t0;
  }
}
console.log(`chars ${chars}; ${a}: ${((ms[0]! / 6 / chars) * 1000).toFixed(2)} ms/1000 chars; ${b}: ${((ms[1]! / 6 / chars) * 1000).toFixed(2)} ms/1000 chars; ratio ${(ms[1]! / ms[0]!).toFixed(2)}`);
