/** CSV/TSV → a TableSegment (cells located like a spreadsheet, `名簿.csv › C17`). RFC 4180 quoting. */
import { type ExtractContext, originOf } from './context.js';
import { columnLetters, joinLocation } from './location.js';
import { buildTable } from './table.js';
import type { TableCell, TableRow } from './types.js';

/** Splits delimited text into records; quoted fields may hold delimiters, quotes ("") and newlines. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field.length === 0) {
      // Quoted field: read to the closing quote, slicing runs rather than adding char by char.
      i++;
      let start = i;
      const parts: string[] = [];
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          parts.push(text.slice(start));
          i = n;
          break;
        }
        if (text[quote + 1] === '"') {
          parts.push(text.slice(start, quote + 1));
          i = quote + 2;
          start = i;
          continue;
        }
        parts.push(text.slice(start, quote));
        i = quote + 1;
        break;
      }
      field = parts.join('');
      // Anything between the closing quote and the delimiter is kept (lenient).
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      let end = i;
      while (end < n) {
        const c = text[end];
        if (c === delimiter || c === '\n' || c === '\r') break;
        end++;
      }
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field.length > 0 || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Tab when the first lines have more tabs than commas. */
export function guessDelimiter(text: string): ',' | '\t' {
  const head = text.slice(0, 4096);
  const tabs = head.split('\t').length;
  const commas = head.split(',').length;
  return tabs > commas ? '\t' : ',';
}

export function extractDelimited(ctx: ExtractContext, text: string, location: string, delimiter: string): void {
  const records = parseDelimited(text, delimiter);
  const rows: TableRow[] = [];
  for (let r = 0; r < records.length; r++) {
    if (r % 5000 === 0) ctx.deadline.check();
    const record = records[r]!;
    const cells: TableCell[] = [];
    for (let c = 0; c < record.length; c++) {
      const cellText = record[c]!.trim();
      if (cellText) cells.push({ column: c, location: joinLocation(location, `${columnLetters(c)}${r + 1}`), text: cellText });
    }
    if (cells.length > 0) rows.push({ location: joinLocation(location, `row ${r + 1}`), cells });
  }
  ctx.sink.addTable(buildTable(originOf(ctx, location), rows));
}
