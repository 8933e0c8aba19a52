/** detect(): synchronous, uses only what createDetector prepared (safe inside worker threads). */
import type { ExtractionResult } from '../extract/types.js';
import { analyzeUnit, type AnalysisEnv } from './analyze.js';
import { findPetNames } from './animals.js';
import type { Dictionaries } from './dictionary.js';
import { FindingCollector } from './findings.js';
import { findIdScans } from './id-scans.js';
import { findPpap } from './ppap.js';
import type { ValueHasher } from './hash.js';
import type { NameModel } from './name-model/model.js';
import type { NfkcCache } from './normalize.js';
import { participantsOf, type DetectionContext } from './participants.js';
import type { Tokenize } from './tokenizer.js';
import type { CategoryId, Confidence, DetectionResult, SubjectKind } from './types.js';
import { fieldAt } from './context.js';
import type { Hit, Unit, ZoneKind } from './hit.js';
import { toOriginalRange } from './normalize.js';
import { rowUnit, tableColumns, textUnit } from './units.js';

export interface DetectionResources {
  tokenize: Tokenize;
  dictionaries: Dictionaries;
  hasher: ValueHasher;
  nfkcCache: NfkcCache;
  /** Free-mail domains (dictionaries/freemail.yaml). */
  freemail: ReadonlySet<string>;
  /** The person-name model (default: the shipped one). */
  nameModel?: NameModel;
}

/** Visits every unit of the message (segments, then table rows) with its settled hits. */
export function analyzeExtraction(
  extraction: ExtractionResult,
  res: DetectionResources,
  visit: (unit: Unit, hits: Hit[]) => void,
  context: DetectionContext = {},
  now = new Date(),
): void {
  const env: AnalysisEnv = {
    tokenize: res.tokenize,
    dictionaries: res.dictionaries,
    now,
    participants: participantsOf(extraction.headers, context.envelope, res.freemail, extraction.segments.map((s) => s.text)),
    freemail: res.freemail,
    petNames: findPetNames(extraction),
    organisationContacts: new Set(),
    ...(res.nameModel ? { nameModel: res.nameModel } : {}),
  };
  for (const segment of extraction.segments) {
    const unit = textUnit(segment, res.nfkcCache);
    visit(unit, analyzeUnit(unit, env));
  }
  for (const table of extraction.tables) {
    const columns = tableColumns(table);
    for (const row of table.rows) {
      const unit = rowUnit(table, row, columns, res.nfkcCache);
      visit(unit, analyzeUnit(unit, env));
    }
  }
}

export function runDetection(extraction: ExtractionResult, res: DetectionResources, context: DetectionContext = {}): DetectionResult {
  const collector = new FindingCollector(res.hasher);
  analyzeExtraction(extraction, res, (unit, hits) => collector.addUnit(unit, hits), context);
  for (const p of extraction.encrypted) collector.addProblem('encrypted_attachment', p);
  for (const p of extraction.uninspectable) collector.addProblem('uninspectable', p);
  for (const s of findPpap(extraction)) collector.addSignal(s.category, s.location, s.sample, s.reason);
  for (const s of findIdScans(extraction.attachments)) collector.addScan(s.category, s.location, s.sample);
  return collector.result();
}

/** Where each hit is, in original offsets of its segment text or table cell; no values. */
export interface DetectedSpan {
  category: CategoryId;
  confidence: Confidence;
  /** Segment location, or the cell location for table rows. */
  location: string;
  start: number;
  end: number;
  reason: string;
  zone?: ZoneKind;
  subject?: SubjectKind;
}

export function spansOf(unit: Unit, hits: Hit[]): DetectedSpan[] {
  return hits.map((h) => {
    const field = fieldAt(unit, h.start);
    let [start, end] = toOriginalRange(unit.norm, h.start, h.end);
    if (unit.isRecord && field) {
      const base = unit.norm.map[field.start] ?? 0;
      start -= base;
      end -= base;
    }
    const span: DetectedSpan = { category: h.category, confidence: h.confidence, location: field?.location ?? unit.location, start, end, reason: h.reason };
    if (h.zone) span.zone = h.zone;
    if (h.subject) span.subject = h.subject.kind;
    return span;
  });
}
