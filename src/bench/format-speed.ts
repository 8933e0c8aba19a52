/** Extraction and detection speed per format (plain text, xlsx in zip, PDF, CSV), one core each. */
import { Worker } from 'node:worker_threads';
import type { FormatCase, FormatSpeed } from './format-speed-worker.js';

export type { FormatSpeed } from './format-speed-worker.js';

export async function measureFormats(cases: FormatCase[], minMs: number): Promise<FormatSpeed[]> {
  const worker = new Worker(new URL('./format-speed-worker.js', import.meta.url), {
    workerData: { cases, minMs },
    transferList: cases.map((c) => c.raw.buffer as ArrayBuffer),
  });
  const results = await new Promise<FormatSpeed[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  return results;
}
