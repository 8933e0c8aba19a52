/**
 * Worker thread: extraction and detection off the SMTP event loop. The tokenizer reads the
 * dictionary the pool shares with every worker (one copy per process); term dictionaries are
 * loaded once per worker. Each job gets the raw bytes and returns findings plus the extraction without its text (text never leaves the worker, so it is never stored).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
// First: keeps the native builtins before pdf.js replaces them (see native-builtins.ts).
import { restoreNativeBuiltins } from './native-builtins.js';
import { extractMessage } from '../extract/index.js';
import { createDetector } from '../detect/index.js';
import { installSharedIpadic } from '../detect/ipadic/load.js';
import { modelFromArrays } from '../detect/name-model/model.js';
import type { ExtractionLimits, ExtractionResult } from '../extract/types.js';
import type { ScanJob, ScanReply, SharedData, SharedMessage, WorkerInit } from './scan-protocol.js';

const init = workerData as WorkerInit;
restoreNativeBuiltins();

function withoutText(extraction: ExtractionResult): ExtractionResult {
  return {
    ...extraction,
    segments: extraction.segments.map((s) => ({ ...s, text: '' })),
    tables: extraction.tables.map((t) => ({ ...t, rows: [] })),
  };
}

// The pool's shared dictionary and name model arrive in the first message (while this thread
// was loading its code); the detector is built from them.
let receiveShared!: (data: SharedData) => void;
const shared = new Promise<SharedData>((resolve) => (receiveShared = resolve));
const detectorReady = shared.then((data) => {
  if (data.ipadic) installSharedIpadic(data.ipadic);
  const model = data.nameModel;
  const nameModel = model ? modelFromArrays(model.weights, model.start, model.transition, model.thresholds, model.scale) : undefined;
  return createDetector({ ...(nameModel ? { nameModel } : {}), ...(init.dictionariesDir ? { dictionariesDir: init.dictionariesDir } : {}), ...(init.hashKey ? { hashKey: init.hashKey } : {}) });
});

parentPort!.on('message', (message: ScanJob | SharedMessage | { type: 'reload' } | { type: 'close' }) => {
  if (message.type === 'shared') {
    receiveShared(message);
    return;
  }
  if (message.type === 'close') {
    // The pool is closing: with the port closed the thread's event loop ends by itself, which
    // avoids worker.terminate() and the teardown races it can hit in Node 20 (nodejs/node#56312).
    parentPort!.close();
    return;
  }
  void (async () => {
    const detector = await detectorReady;
    if (message.type === 'reload') {
      try {
        await detector.reloadDictionaries();
        parentPort!.postMessage({ type: 'reloaded', ok: true } satisfies ScanReply);
      } catch (err) {
        parentPort!.postMessage({ type: 'reloaded', ok: false, error: (err as Error).message } satisfies ScanReply);
      }
      return;
    }
    const started = performance.now();
    try {
      const extraction = await extractMessage(Buffer.from(message.raw.buffer, message.raw.byteOffset, message.raw.byteLength), init.limits as Partial<ExtractionLimits>);
      restoreNativeBuiltins(); // a first PDF loads pdf.js's worker module, which polyfills again
      const extractMs = performance.now() - started;
      const detection = detector.detect(extraction, message.envelope ? { envelope: message.envelope } : {});
      parentPort!.postMessage({
        type: 'result',
        jobId: message.jobId,
        extraction: withoutText(extraction),
        detection,
        extractMs,
        detectMs: performance.now() - started - extractMs,
        heapBytes: getHeapStatistics().total_heap_size,
      } satisfies ScanReply);
    } catch (err) {
      parentPort!.postMessage({ type: 'error', jobId: message.jobId, error: (err as Error).stack ?? String(err) } satisfies ScanReply);
    }
  })();
});

void detectorReady.then(
  () => parentPort!.postMessage({ type: 'ready' } satisfies ScanReply),
  (err: unknown) => parentPort!.postMessage({ type: 'fatal', error: (err as Error).message } satisfies ScanReply),
);
