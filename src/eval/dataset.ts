/** Shapes of the committed synthetic set (test/eval-data/mails.json) and the NER benchmark. */
import type { ExtractionResult, TableSegment } from '../extract/types.js';

export interface Label { category: string; start: number; end: number; identified?: boolean }
export interface ZoneLabel { kind: 'signature' | 'greeting'; start: number; end: number }
export interface TableCase { location: string; header: string[]; rows: string[][]; labels: Array<[number, number, string]> }
export interface EvalCase {
  id: string;
  template: string;
  from: { name: string; address: string };
  to: Array<{ name: string; address: string }>;
  subject: string;
  body: string;
  labels: Label[];
  zones: ZoneLabel[];
  table?: TableCase;
  personCount: number;
}
export interface NerSentence { curid: string; text: string; entities: Array<{ name: string; span: [number, number]; type: string }> }

export const BODY_LOCATION = 'body (text/plain)';

export function cellLocation(table: TableCase, row: number, column: number): string {
  return `${table.location}!R${row + 2}C${column + 1}`;
}

export function toTableSegment(table: TableCase): TableSegment {
  return {
    location: table.location,
    source: 'attachment',
    attachment: table.location.split(' › ')[0],
    header: table.header,
    rows: table.rows.map((cells, r) => ({
      location: `${table.location}!${r + 2}`,
      cells: cells.map((text, c) => ({ column: c, location: cellLocation(table, r, c), text })),
    })),
  };
}

/** A mail of either evaluation set as extraction would hand it to detection. */
export function toExtraction(c: Pick<EvalCase, 'from' | 'to' | 'subject' | 'body' | 'table'>): ExtractionResult {
  return {
    headers: { from: [c.from], to: c.to, cc: [], bcc: [], replyTo: [], subject: c.subject },
    size: Buffer.byteLength(c.body),
    segments: [
      { location: 'subject', source: 'subject', text: c.subject },
      { location: BODY_LOCATION, source: 'body', text: c.body },
    ],
    tables: c.table ? [toTableSegment(c.table)] : [],
    attachments: [],
    encrypted: [],
    uninspectable: [],
  };
}
