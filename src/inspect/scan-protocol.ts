import type { MessageEnvelope } from '../detect/participants.js';
import type { DetectionResult } from '../detect/types.js';
import type { MarginThresholds } from '../detect/name-model/model.js';
import type { ExtractionLimits, ExtractionResult } from '../extract/types.js';

export interface WorkerInit {
  dictionariesDir?: string;
  hashKey?: string;
  limits: Partial<ExtractionLimits>;
}

/** What the pool loads once and shares; posted to each worker before any job ('shared'). */
export interface SharedData {
  /** The tokenizer dictionary in a SharedArrayBuffer: every worker reads the same memory. */
  ipadic?: Uint8Array;
  /** The person-name model, its weights in a SharedArrayBuffer: one copy per process. */
  nameModel?: SharedNameModel;
}

export type SharedMessage = { type: 'shared' } & SharedData;

export interface SharedNameModel {
  /** The model's own weight type (int16 with `scale`, or float32), in a SharedArrayBuffer. */
  weights: Float32Array | Int16Array;
  scale: number;
  start: number[];
  transition: number[];
  thresholds: MarginThresholds;
}

export interface ScanJob {
  type: 'scan';
  jobId: number;
  raw: Uint8Array;
  /** The SMTP envelope, so detection knows every participant (Bcc recipients too). */
  envelope?: MessageEnvelope;
}

export type ScanReply =
  | { type: 'ready' }
  | { type: 'fatal'; error: string }
  | { type: 'reloaded'; ok: boolean; error?: string }
  | { type: 'error'; jobId: number; error: string }
  | { type: 'result'; jobId: number; extraction: ExtractionResult; detection: DetectionResult; extractMs: number; detectMs: number; heapBytes: number };

export interface ScanOutcome {
  extraction: ExtractionResult;
  detection: DetectionResult;
  extractMs: number;
  detectMs: number;
}
