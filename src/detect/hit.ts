/** Internal shapes shared by the detectors of one text unit (a body, a table row ...). */
import type { NormalizedText } from './normalize.js';
import type { CategoryId, Confidence, SubjectKind } from './types.js';
import type { SourceKind } from '../extract/types.js';
import type { ColumnKind } from './columns.js';

/** Why a span is not a leak on its own: the sender's signature, the greeting, header names. */
export type ZoneKind = 'signature' | 'greeting' | 'sender' | 'addressee';

export interface Zone {
  start: number;
  end: number;
  kind: ZoneKind;
}

/** A part of a unit with its own location: the whole segment, or one table cell. */
export interface Field {
  start: number;
  end: number;
  location: string;
  header?: string;
  column?: ColumnKind;
  /** Only fields with Japanese free text are given to the morphological analyser. */
  tokenize: boolean;
}

/** One piece of text examined as a whole: keyword windows and sentences stay inside it. */
export interface Unit {
  norm: NormalizedText;
  original: string;
  source: SourceKind;
  /** Location used to merge findings (the segment, or the table for table rows). */
  location: string;
  fields: Field[];
  /** A table row: everything in it belongs to one record. */
  isRecord: boolean;
  zones: Zone[];
}

export interface Hit {
  category: CategoryId;
  /** Normalised offsets within the unit text. */
  start: number;
  end: number;
  /** Normalised value, hashed for de-duplication and masked for display. */
  value: string;
  confidence: Confidence;
  reason: string;
  /** Identifies a person for counting (normalised name). */
  personKey?: string;
  /** Sensitive term: medium/high only when a person is identified nearby. */
  needsPerson?: boolean;
  /** Set when the hit lies in a signature/greeting or matches a header name. */
  zone?: ZoneKind;
  /** Whom the value is about (set by the subject attribution step). */
  subject?: Subject;
  /**
   * A name read as an addressee's own address with nothing against it (the given name agrees when
   * both are written): the person sensitive data beside it may be sent back to (see sensitive.ts).
   */
  addressee?: boolean;
}

export interface Subject {
  kind: SubjectKind;
  reason: string;
  /**
   * Named by their work role (担当：…, 前任：…, a department or post before the name or in brackets
   * after it): the one who handles a case, not the one it records.
   */
  byWorkRole?: true;
}

export const confidenceRank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
