import { CorruptContent } from './problems.js';
/**
 * .docx → text of the body, headers, footers, notes and comments (paragraph per line), and one
 * TableSegment per top-level table. Tracked deletions are kept (the recipient can still read them);
 * the duplicate fallback copies of text boxes (mc:Fallback) are skipped.
 */
import { type ExtractContext, originOf } from './context.js';
import { joinLocation } from './location.js';
import type { OoxmlPackage } from './ooxml.js';
import { buildTable } from './table.js';
import type { TableCell, TableRow } from './types.js';
import { attribute, localName, scanXml } from './xml.js';

interface TableState {
  rows: TableRow[];
  row: TableCell[] | null;
  rowNumber: number;
  column: number;
  cellSpan: number;
  cellParagraphs: string[] | null;
}

interface PartText {
  paragraphs: string[];
  tables: { rows: TableRow[]; location: string }[];
}

/** Walks one WordprocessingML part; table rows get locations under `base › table N`. */
function readWordPart(xml: string, base: string, tableOffset: number): PartText {
  const paragraphs: string[] = [];
  const tables: PartText['tables'] = [];
  const stack: TableState[] = [];
  let paragraph: string[] | null = null;
  let capture = false;
  let fallbackDepth = 0;
  let inTabStops = false;

  const endParagraph = (): void => {
    if (paragraph === null) return;
    const text = paragraph.join('');
    paragraph = null;
    const table = stack[stack.length - 1];
    if (table?.cellParagraphs) table.cellParagraphs.push(text);
    else paragraphs.push(text);
  };

  scanXml(xml, (token) => {
    if (token.kind === 'text') {
      if (capture && fallbackDepth === 0 && paragraph) paragraph.push(token.text);
      return;
    }
    const name = localName(token.name);
    if (name === 'Fallback') {
      if (token.kind === 'open' && !token.selfClosing) fallbackDepth++;
      else if (token.kind === 'close') fallbackDepth--;
      return;
    }
    if (fallbackDepth > 0) return;
    if (token.kind === 'open') {
      switch (name) {
        case 'p':
          // A text box paragraph nested in a paragraph: finish the outer text first.
          if (paragraph !== null) endParagraph();
          paragraph = token.selfClosing ? null : [];
          if (token.selfClosing) endEmpty();
          break;
        case 't':
        case 'delText':
          capture = !token.selfClosing;
          break;
        case 'tabs':
          inTabStops = !token.selfClosing;
          break;
        case 'tab':
          // <w:tab/> in a run is a tab character; inside <w:tabs> it is a tab-stop definition.
          if (!inTabStops) paragraph?.push('\t');
          break;
        case 'br':
        case 'cr':
          paragraph?.push('\n');
          break;
        case 'tbl':
          if (paragraph !== null) endParagraph();
          stack.push({ rows: [], row: null, rowNumber: 0, column: 0, cellSpan: 1, cellParagraphs: null });
          break;
        case 'tr': {
          const table = stack[stack.length - 1];
          if (table) {
            table.row = [];
            table.rowNumber++;
            table.column = 0;
          }
          break;
        }
        case 'tc': {
          const table = stack[stack.length - 1];
          if (table) {
            table.cellParagraphs = [];
            table.cellSpan = 1;
          }
          break;
        }
        case 'gridSpan': {
          const table = stack[stack.length - 1];
          const span = Number(attribute(token.attrs, 'w:val') ?? attribute(token.attrs, 'val'));
          if (table && Number.isInteger(span) && span > 1) table.cellSpan = span;
          break;
        }
      }
      return;
    }
    // close tags
    switch (name) {
      case 'p':
        endParagraph();
        break;
      case 't':
      case 'delText':
        capture = false;
        break;
      case 'tabs':
        inTabStops = false;
        break;
      case 'tc': {
        const table = stack[stack.length - 1];
        if (table?.row && table.cellParagraphs) {
          const text = table.cellParagraphs.join('\n').trim();
          const tableNumber = tableOffset + tables.length + 1;
          if (text) {
            table.row.push({
              column: table.column,
              location: joinLocation(base, `table ${tableNumber}`, `row ${table.rowNumber}, column ${table.column + 1}`),
              text,
            });
          }
          table.column += table.cellSpan;
          table.cellParagraphs = null;
        }
        break;
      }
      case 'tr': {
        const table = stack[stack.length - 1];
        if (table?.row) {
          table.rows.push({ location: joinLocation(base, `table ${tableOffset + tables.length + 1}`, `row ${table.rowNumber}`), cells: table.row });
          table.row = null;
        }
        break;
      }
      case 'tbl': {
        const table = stack.pop();
        if (!table) break;
        const outer = stack[stack.length - 1];
        if (outer?.cellParagraphs) {
          // A table inside a table cell: its text belongs to the outer cell.
          for (const row of table.rows) outer.cellParagraphs.push(row.cells.map((cell) => cell.text).join('\t'));
        } else {
          tables.push({ rows: table.rows, location: joinLocation(base, `table ${tableOffset + tables.length + 1}`) });
        }
        break;
      }
    }
  });
  endParagraph();
  return { paragraphs, tables };

  function endEmpty(): void {
    const table = stack[stack.length - 1];
    if (table?.cellParagraphs) table.cellParagraphs.push('');
    else paragraphs.push('');
  }
}

/** Story parts besides the main document, in reading order, with their location labels. */
function storyParts(pkg: OoxmlPackage): { path: string; label: string }[] {
  const numbered = (pattern: RegExp): string[] =>
    pkg.find(pattern).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0));
  return [
    { path: 'word/document.xml', label: 'body' },
    ...numbered(/^word\/header\d*\.xml$/i).map((path) => ({ path, label: 'header' })),
    ...numbered(/^word\/footer\d*\.xml$/i).map((path) => ({ path, label: 'footer' })),
    { path: 'word/footnotes.xml', label: 'footnotes' },
    { path: 'word/endnotes.xml', label: 'endnotes' },
    { path: 'word/comments.xml', label: 'comments' },
  ];
}

export async function extractDocx(ctx: ExtractContext, pkg: OoxmlPackage, base: string): Promise<void> {
  let tableCount = 0;
  const texts = new Map<string, string[]>();
  for (const { path, label } of storyParts(pkg)) {
    ctx.deadline.check();
    const xml = path === 'word/document.xml' ? await pkg.requiredText(path) : await pkg.text(path);
    if (xml === undefined) continue;
    // A main part that is not WordprocessingML is damaged, not an empty document.
    if (path === 'word/document.xml' && !/<(\w+:)?body[\s>/]/.test(xml)) throw new CorruptContent('word/document.xml has no document body');
    const part = readWordPart(xml, base, tableCount);
    tableCount += part.tables.length;
    const lines = texts.get(label) ?? [];
    lines.push(...part.paragraphs);
    texts.set(label, lines);
    for (const table of part.tables) ctx.sink.addTable(buildTable(originOf(ctx, table.location), table.rows));
  }
  for (const [label, lines] of texts) {
    ctx.sink.addText({ ...originOf(ctx, joinLocation(base, label)), text: lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() });
  }
}
