/** Worker: extraction and detection speed per format on one core, as a scan worker runs them. */
import { parentPort, workerData } from 'node:worker_threads';
// First, as in the scan worker: keeps the native builtins pdf.js would replace.
import { restoreNativeBuiltins } from '../inspect/native-builtins.js';
import { extractMessage, type ExtractionResult } from '../extract/index.js';
import { createDetector } from '../detect/index.js';
import { median } from './stats.js';

restoreNativeBuiltins();

export interface FormatCase {
  name: string;
  raw: Uint8Array;
  /** Bytes of the attachment (or body) before MIME encoding. */
  payloadBytes: number;
}

export interface FormatSpeed {
  name: string;
  payloadBytes: number;
  chars: number;
  runs: number;
  extractMs: number;
  detectMs: number;
  uninspectable: number;
  findings: number;
}

function charsOf(extraction: ExtractionResult): number {
  let n = 0;
  for (const s of extraction.segments) n += s.text.length;
  for (const t of extraction.tables) for (const r of t.rows) for (const c of r.cells) n += c.text.length + 1;
  return n;
}

const { cases, minMs } = workerData as { cases: FormatCase[]; minMs: number };
const detector = await createDetector();
const results: FormatSpeed[] = [];
for (const c of cases) {
  const raw = Buffer.from(c.raw.buffer, c.raw.byteOffset, c.raw.byteLength);
  const extractTimes: number[] = [];
  const detectTimes: number[] = [];
  let last: ExtractionResult | undefined;
  let findings = 0;
  const started = performance.now();
  for (let run = 0; run < 3 || performance.now() - started < minMs; run++) {
    const t0 = performance.now();
    last = await extractMessage(raw);
    restoreNativeBuiltins();
    const t1 = performance.now();
    findings = detector.detect(last).findings.length;
    const t2 = performance.now();
    if (run > 0) (extractTimes.push(t1 - t0), detectTimes.push(t2 - t1)); // run 0 warms up
    if (run > 200) break;
  }
  results.push({
    name: c.name,
    payloadBytes: c.payloadBytes,
    chars: last ? charsOf(last) : 0,
    runs: extractTimes.length,
    extractMs: median(extractTimes),
    detectMs: median(detectTimes),
    uninspectable: last?.uninspectable.length ?? 0,
    findings,
  });
}
parentPort!.postMessage(results);
