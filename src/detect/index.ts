/** Detection stage: extraction result in, findings out (never actions: policy decides). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from '../extract/types.js';
import { analyzeExtraction, runDetection, spansOf, type DetectedSpan } from './detect.js';
import { loadDictionaries } from './dictionary.js';
import { loadFreemailDomains } from './freemail.js';
import type { DetectionContext } from './participants.js';
import { createHasher } from './hash.js';
import type { NfkcCache } from './normalize.js';
import { sharedNameModel, type NameModel } from './name-model/model.js';
import { loadTokenizer } from './tokenizer.js';
import type { DetectionResult } from './types.js';

export interface DetectorOptions {
  /** Directory of YAML term dictionaries (default: the project's `dictionaries/`). */
  dictionariesDir?: string;
  /** Key for the HMAC of finding values; without it hashes only de-duplicate within this process. */
  hashKey?: string;
  /** The person-name model (default: the shipped one, read once per process). */
  nameModel?: NameModel;
}

export interface Detector {
  /** `context.envelope` lets the subject step know the Bcc recipients too. */
  detect(extraction: ExtractionResult, context?: DetectionContext): DetectionResult;
  /** Re-reads the dictionaries; on error the previous ones stay in use and the error is thrown. */
  reloadDictionaries(): Promise<void>;
  /** Offsets of every hit (no values), for evaluation and debugging. */
  spans(extraction: ExtractionResult, context?: DetectionContext): DetectedSpan[];
}

export function defaultDictionariesDir(): string {
  // src/detect/index.ts and dist/detect/index.js both sit two levels below the project root.
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries');
}

export async function createDetector(options: DetectorOptions = {}): Promise<Detector> {
  const dir = options.dictionariesDir ?? defaultDictionariesDir();
  const [tokenize, initial, freemail] = await Promise.all([loadTokenizer(), loadDictionaries(dir), loadFreemailDomains(dir)]);
  let dictionaries = initial;
  // Read the person-name model now: a missing file fails at start, not per message.
  const nameModel = options.nameModel ?? sharedNameModel();
  const hasher = createHasher(options.hashKey);
  const nfkcCache: NfkcCache = new Map();
  return {
    detect: (extraction, context) => runDetection(extraction, { tokenize, dictionaries, hasher, nfkcCache, freemail, nameModel }, context),
    spans(extraction, context) {
      const out: DetectedSpan[] = [];
      analyzeExtraction(extraction, { tokenize, dictionaries, hasher, nfkcCache, freemail, nameModel }, (unit, hits) => out.push(...spansOf(unit, hits)), context);
      return out;
    },
    async reloadDictionaries() {
      dictionaries = await loadDictionaries(dir);
    },
  };
}

export { DictionaryError } from './dictionary.js';
export type { DetectedSpan } from './detect.js';
export type { DetectionContext, MessageEnvelope } from './participants.js';
export type { CategoryId, Confidence, DetectionResult, DetectionSummary, Finding, SubjectKind } from './types.js';
export { identifierCategories, sensitiveCategories, conditionCategories, subjectKinds } from './types.js';
