/**
 * Worker: one stage alone on the same plain mail, for a fixed time: kuromoji as shipped or the
 * gateway's own tokenizer over the bodies, or the gateway's whole inspection (MIME extraction +
 * every detector, as a scan worker runs it) over the raw messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import kuromoji from 'kuromoji';
import { createDetector } from '../detect/index.js';
import { defaultDictionaryPath, loadTokenizer } from '../detect/tokenizer.js';
import { extractMessage } from '../extract/index.js';

export type StageMode = 'kuromoji' | 'own-tokenizer' | 'detector';
const { texts, mails, mode } = workerData as { texts: string[]; mails: Uint8Array[]; mode: StageMode };

async function stage(): Promise<(i: number) => Promise<number> | number> {
  if (mode === 'detector') {
    const detector = await createDetector({ hashKey: 'bench-detector-bound' });
    const envelope = { mailFrom: 'sender@example.co.jp', rcptTo: ['partner@example.jp'] };
    return async (i) => {
      const raw = mails[i % mails.length]!;
      detector.detect(await extractMessage(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)), { envelope });
      return raw.byteLength;
    };
  }
  // own-tokenizer: src/detect/ipadic/ over the prebuilt shared dictionary, which gives kuromoji's tokens.
  const tokenize: (text: string) => unknown =
    mode === 'own-tokenizer'
      ? await loadTokenizer()
      : await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
          kuromoji.builder({ dicPath: defaultDictionaryPath() }).build((err, t) => (err ? reject(err) : resolve(t))),
        ).then((t) => (text: string) => t.tokenize(text));
  return (i) => {
    const t = texts[i % texts.length]!;
    tokenize(t);
    return t.length;
  };
}

const run = await stage();
const items = mode === 'detector' ? mails.length : texts.length;
for (let i = 0; i < items; i++) await run(i); // warm-up
parentPort!.postMessage({ type: 'ready' });
parentPort!.once('message', (msg: { seconds: number }) => {
  void (async () => {
    const started = performance.now();
    let units = 0;
    let count = 0;
    while (performance.now() - started < msg.seconds * 1000) units += await run(count++);
    parentPort!.postMessage({ type: 'done', chars: units, texts: count, seconds: (performance.now() - started) / 1000 });
  })();
});
