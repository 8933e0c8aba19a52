/** Extraction + detection for the commands that start from raw messages (scan, policy test, replay). */
import type { DetectionResult } from '../../detect/types.js';
import type { ExtractionResult } from '../../extract/types.js';

export interface AnalysedMessage {
  extraction: ExtractionResult;
  detection: DetectionResult;
}

export type AnalyseMessage = (raw: Buffer) => Promise<AnalysedMessage>;

export interface AnalyserOptions {
  dictionariesDir?: string;
}

/** Loaded lazily so that `policy check` never pays for the detector's dictionaries and tokenizer. */
export async function createMessageAnalyser(options: AnalyserOptions = {}): Promise<AnalyseMessage> {
  // The tokenizer dictionary is read in the thread pool from now on (while the rest loads).
  const { loadProcessIpadic } = await import('../../detect/ipadic/load.js');
  loadProcessIpadic().catch(() => {}); // a failure is reported by createDetector
  const { extractMessage } = await import('../../extract/index.js');
  const { createDetector } = await import('../../detect/index.js');
  const detector = await createDetector(options.dictionariesDir === undefined ? {} : { dictionariesDir: options.dictionariesDir });
  return async (raw) => {
    const extraction = await extractMessage(raw);
    return { extraction, detection: detector.detect(extraction) };
  };
}
