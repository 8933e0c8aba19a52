/**
 * Deterministic split of the shared Wikipedia NER set by article (curid): the person-name model
 * is trained on `train` (and calibrated on `calibration`); evaluation reports `heldout` only.
 */
import { fnv1a } from '../detect/name-model/features.js';

export type NerSplit = 'train' | 'calibration' | 'heldout';

/** 72 % train, 8 % calibration, 20 % held-out, by a hash of the article id. */
export function nerSplitOf(curid: string): NerSplit {
  const bucket = fnv1a(`ner-split:${curid}`) % 100;
  if (bucket < 72) return 'train';
  if (bucket < 80) return 'calibration';
  return 'heldout';
}
