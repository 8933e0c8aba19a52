/** Throughput of detect() and of kuromoji tokenization alone on the same text. */
import type { ExtractionResult } from '../extract/types.js';
import { createDetector, type Detector } from './index.js';
import { loadTokenizer, type Tokenize } from './tokenizer.js';

export interface DetectionBenchmark {
  chars: number;
  iterations: number;
  detectCharsPerSecond: number;
  tokenizeCharsPerSecond: number;
}

export function extractionOfText(text: string): ExtractionResult {
  return {
    headers: { from: [], to: [], cc: [], bcc: [], replyTo: [], subject: '' },
    size: Buffer.byteLength(text),
    segments: [{ location: 'body (text/plain)', source: 'body', text }],
    tables: [],
    attachments: [],
    encrypted: [],
    uninspectable: [],
  };
}

/** Runs each side `iterations` times after one warm-up; pass a detector/tokenizer to reuse them. */
export async function benchmarkDetection(
  text: string,
  options: { iterations?: number; detector?: Detector; tokenize?: Tokenize } = {},
): Promise<DetectionBenchmark> {
  const iterations = options.iterations ?? 3;
  const detector = options.detector ?? (await createDetector());
  const tokenize = options.tokenize ?? (await loadTokenizer());
  const extraction = extractionOfText(text);
  const rate = (fn: () => void): number => {
    fn();
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    return Math.round((text.length * iterations) / ((performance.now() - start) / 1000));
  };
  return {
    chars: text.length,
    iterations,
    detectCharsPerSecond: rate(() => detector.detect(extraction)),
    tokenizeCharsPerSecond: rate(() => tokenize(text)),
  };
}
