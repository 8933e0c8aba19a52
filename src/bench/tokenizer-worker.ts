/** Worker: kuromoji tokenization alone on the same text, for a fixed time. */
import { parentPort, workerData } from 'node:worker_threads';
import kuromoji from 'kuromoji';
import { speedUpTokenizer } from '../detect/lattice.js';
import { defaultDictionaryPath } from '../detect/tokenizer.js';

const { texts, fast } = workerData as { texts: string[]; fast: boolean };
const built = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
  kuromoji.builder({ dicPath: defaultDictionaryPath() }).build((err, t) => (err ? reject(err) : resolve(t))),
);
// fast: with the gateway's lattice builder (src/detect/lattice.ts), which gives the same tokens.
const tokenizer = fast ? speedUpTokenizer(built) : built;
for (const t of texts) tokenizer.tokenize(t); // warm-up
parentPort!.postMessage({ type: 'ready' });
parentPort!.once('message', (msg: { seconds: number }) => {
  const started = performance.now();
  let chars = 0;
  let count = 0;
  while (performance.now() - started < msg.seconds * 1000) {
    const t = texts[count++ % texts.length]!;
    tokenizer.tokenize(t);
    chars += t.length;
  }
  parentPort!.postMessage({ type: 'done', chars, texts: count, seconds: (performance.now() - started) / 1000 });
});
