/**
 * DrawingML text (slides, notes, spreadsheet drawings: shapes and text boxes) and DrawingML tables
 * (`a:tbl` in a graphic frame), read as rows and cells so a slide table is a table like a sheet.
 */
import { joinLocation } from './location.js';
import type { TableCell, TableRow } from './types.js';
import { attribute, localName, scanXml } from './xml.js';

export interface DrawingContent {
  /** Paragraphs outside tables, one per line. */
  text: string;
  /** Tables in document order, rows located `base › table N › row R`. */
  tables: { location: string; rows: TableRow[] }[];
}

/** Reads the text and tables of a DrawingML part. `base` is the location of the part (slide, sheet drawing). */
export function readDrawing(xml: string, base: string): DrawingContent {
  const paragraphs: string[] = [];
  const tables: DrawingContent['tables'] = [];
  let paragraph: string[] | null = null;
  let capture = false;
  let table: { rows: TableRow[]; row: TableCell[] | null; rowNumber: number; column: number; span: number; cell: string[] | null } | null = null;
  let tableDepth = 0;

  scanXml(xml, (token) => {
    if (token.kind === 'text') {
      if (capture && paragraph) paragraph.push(token.text);
      return;
    }
    const name = localName(token.name);
    if (token.kind === 'open') {
      switch (name) {
        case 'p':
          if (!token.selfClosing) paragraph = [];
          break;
        case 't':
          capture = !token.selfClosing;
          break;
        case 'br':
          paragraph?.push('\n');
          break;
        case 'tbl':
          if (token.selfClosing) break;
          tableDepth++;
          if (tableDepth === 1) table = { rows: [], row: null, rowNumber: 0, column: 0, span: 1, cell: null };
          break;
        case 'tr':
          if (table && tableDepth === 1) {
            table.row = [];
            table.rowNumber++;
            table.column = 0;
          }
          break;
        case 'tc':
          if (table && tableDepth === 1) {
            const hMerge = attribute(token.attrs, 'hMerge');
            const span = Number(attribute(token.attrs, 'gridSpan') ?? '1');
            table.span = Number.isInteger(span) && span > 1 ? span : 1;
            // A cell covered by a merge to its left holds no text of its own.
            table.cell = hMerge === '1' || hMerge === 'true' ? null : [];
            if (table.cell === null) table.column++;
            if (token.selfClosing && table.cell) {
              table.column += table.span;
              table.cell = null;
            }
          }
          break;
      }
      return;
    }
    switch (name) {
      case 'p':
        if (paragraph) {
          const text = paragraph.join('');
          if (table?.cell) table.cell.push(text);
          else paragraphs.push(text);
        }
        paragraph = null;
        break;
      case 't':
        capture = false;
        break;
      case 'tc':
        if (table?.row && table.cell && tableDepth === 1) {
          const text = table.cell.join('\n').trim();
          const tableLocation = joinLocation(base, `table ${tables.length + 1}`);
          if (text) table.row.push({ column: table.column, location: joinLocation(tableLocation, `row ${table.rowNumber}, column ${table.column + 1}`), text });
          table.column += table.span;
          table.cell = null;
        }
        break;
      case 'tr':
        if (table?.row && tableDepth === 1) {
          table.rows.push({ location: joinLocation(base, `table ${tables.length + 1}`, `row ${table.rowNumber}`), cells: table.row });
          table.row = null;
        }
        break;
      case 'tbl':
        tableDepth--;
        if (tableDepth === 0 && table) {
          tables.push({ location: joinLocation(base, `table ${tables.length + 1}`), rows: table.rows });
          table = null;
        }
        break;
    }
  });
  return { text: paragraphs.filter((text) => text.trim().length > 0).join('\n'), tables };
}
