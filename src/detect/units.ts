/** Turns extraction segments and table rows into normalised units for the detectors. */
import type { TableSegment, TextSegment } from '../extract/types.js';
import { classifyColumn, type ColumnKind } from './columns.js';
import type { Field, Unit } from './hit.js';
import { normalizeText, type NfkcCache } from './normalize.js';
import { findMailZones } from './signature.js';

const JAPANESE = /[\u3041-\u30FF\u4E00-\u9FFF]/;
/** Columns whose cells need the morphological analyser (free text, or unknown content). */
const ANALYSED_COLUMNS = new Set<ColumnKind>(['free_text', 'other']);

export function textUnit(segment: TextSegment, cache: NfkcCache): Unit {
  const norm = normalizeText(segment.text, cache);
  const field: Field = { start: 0, end: norm.text.length, location: segment.location, tokenize: JAPANESE.test(norm.text) };
  return {
    norm,
    original: segment.text,
    source: segment.source,
    location: segment.location,
    fields: [field],
    isRecord: false,
    zones: isMailBody(segment) ? findMailZones(norm.text) : [],
  };
}

/** The body of the message or of an attached message (`attachment[1] fwd.eml › body (text/plain)`). */
function isMailBody(segment: TextSegment): boolean {
  return segment.source === 'body' || /› body(?:\[\d+\])? \(text\/(?:plain|html)\)$/.test(segment.location);
}

export interface TableColumns {
  headers: Array<string | undefined>;
  kinds: ColumnKind[];
}

export function tableColumns(table: TableSegment): TableColumns {
  const headers = table.header ?? [];
  return { headers, kinds: headers.map((h) => classifyColumn(h)) };
}

/** One row: cell texts joined by newlines, one field per cell. */
export function rowUnit(table: TableSegment, row: TableSegment['rows'][number], columns: TableColumns, cache: NfkcCache): Unit {
  const norms = row.cells.map((cell) => normalizeText(cell.text, cache));
  const normLength = norms.reduce((n, x) => n + x.text.length + 1, 0);
  const map = new Int32Array(normLength + 1);
  const fields: Field[] = [];
  let at = 0;
  let origin = 0;
  for (let c = 0; c < row.cells.length; c++) {
    const cell = row.cells[c]!;
    const norm = norms[c]!;
    const column = columns.kinds[cell.column] ?? 'other';
    const len = norm.text.length;
    fields.push({
      start: at,
      end: at + len,
      location: cell.location,
      header: columns.headers[cell.column],
      column,
      tokenize: ANALYSED_COLUMNS.has(column) && JAPANESE.test(norm.text),
    });
    for (let i = 0; i <= len; i++) map[at + i] = (norm.map[i] ?? 0) + origin;
    at += len + 1;
    origin += cell.text.length + 1;
  }
  map[normLength] = origin;
  return {
    norm: { text: norms.map((n) => n.text).join('\n') + '\n', map },
    original: row.cells.map((c) => c.text).join('\n') + '\n',
    source: table.source,
    location: table.location,
    fields,
    isRecord: true,
    zones: [],
  };
}
