/** Worker: tokenization alone on the same text, for a fixed time (kuromoji as shipped, or the gateway's own tokenizer). */
import { parentPort, workerData } from 'node:worker_threads';
import kuromoji from 'kuromoji';
import { defaultDictionaryPath, loadTokenizer } from '../detect/tokenizer.js';

const { texts, fast } = workerData as { texts: string[]; fast: boolean };
// fast: the gateway's own tokenizer (src/detect/ipadic/, prebuilt shared dictionary), which gives kuromoji's tokens.
const tokenize: (text: string) => unknown = fast
  ? await loadTokenizer()
  : await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
      kuromoji.builder({ dicPath: defaultDictionaryPath() }).build((err, t) => (err ? reject(err) : resolve(t))),
    ).then((t) => (text: string) => t.tokenize(text));
for (const t of texts) tokenize(t); // warm-up
parentPort!.postMessage({ type: 'ready' });
parentPort!.once('message', (msg: { seconds: number }) => {
  const started = performance.now();
  let chars = 0;
  let count = 0;
  while (performance.now() - started < msg.seconds * 1000) {
    const t = texts[count++ % texts.length]!;
    tokenize(t);
    chars += t.length;
  }
  parentPort!.postMessage({ type: 'done', chars, texts: count, seconds: (performance.now() - started) / 1000 });
});
