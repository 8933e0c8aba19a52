/**
 * PDF → text per page (`… › page N`) and tables (`… › table 1`, cells `page 2 › table 1 › row 5,
 * column 3`) with Mozilla's pdf.js (pdfjs-dist). Text items keep their positions, so a roster laid
 * out as a table is read as rows and columns like a spreadsheet (src/extract/pdf-layout.ts); a
 * table that runs over several pages is one table, its repeated header row dropped. Pages are read
 * one at a time so the part deadline is checked between pages, and a page that hangs is abandoned
 * at the deadline. A PDF that needs a password to open is encrypted; one with only an owner
 * password (printing or copying restrictions) opens without one, so its text is read. A PDF with
 * no text at all (scanned pages) is uninspectable with reason `no_text`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type ExtractContext, originOf } from './context.js';
import { type Deadline, LimitExceeded } from './limits.js';
import { joinLocation } from './location.js';
import { findTables, layoutLines, type LayoutTable, type PositionedText } from './pdf-layout.js';
import { CorruptContent, EncryptedContent } from './problems.js';
import { buildTable } from './table.js';
import type { TableRow } from './types.js';

/** pdf.js needs its CMaps to map CID fonts (most Japanese PDFs) to Unicode. */
const pdfjsAssets = ((): { cMapUrl?: string; standardFontDataUrl?: string } => {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  } catch {
    return {};
  }
})();

function beforeDeadline<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  const remaining = Math.max(0, deadline.at - Date.now());
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LimitExceeded('limit_time', 'part time budget exhausted while reading the PDF')), remaining);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function classify(err: unknown): unknown {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return new EncryptedContent('PDF is password-protected');
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException' || name === 'MissingPDFException') {
    return new CorruptContent(`PDF cannot be read: ${(err as Error).message}`);
  }
  return err;
}

interface OpenTable {
  number: number;
  columns: number;
  firstRow: string[];
  rows: TableRow[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoaded: Promise<{ pdfjs: PdfJs; imageOps: Set<number> }> | undefined;

/** Loaded on the first PDF: pdf.js is the largest part of start-up and most mail has no PDF. */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; imageOps: Set<number> }> {
  pdfjsLoaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    const { OPS } = pdfjs;
    return { pdfjs, imageOps: new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]) };
  });
  return pdfjsLoaded;
}

/** Text items of a page, and (only for a page without text) whether it paints an image: a scanned page. */
async function readPage(doc: PDFDocumentProxy, pageNumber: number, imageOps: Set<number>): Promise<{ items: PositionedText[]; scanned: boolean }> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const items: PositionedText[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [a, b, c, d, e, f] = item.transform as number[];
      items.push({ str: item.str, x: e!, y: f!, width: item.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || 10 });
    }
    let scanned = false;
    if (!items.some((item) => item.str.trim().length > 0)) {
      const operators = await page.getOperatorList();
      scanned = operators.fnArray.some((op) => imageOps.has(op));
    }
    return { items, scanned };
  } finally {
    page.cleanup();
  }
}

export async function extractPdf(ctx: ExtractContext, bytes: Buffer, location: string): Promise<void> {
  const { pdfjs, imageOps } = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...pdfjsAssets,
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  const finished: OpenTable[] = [];
  let open: OpenTable | undefined;
  let tableCount = 0;
  try {
    const doc = await beforeDeadline(task.promise, ctx.deadline);
    let textChars = 0;
    const scannedPages: number[] = [];
    for (let page = 1; page <= doc.numPages; page++) {
      ctx.deadline.check();
      const { items, scanned } = await beforeDeadline(readPage(doc, page, imageOps), ctx.deadline);
      if (scanned) scannedPages.push(page);
      const lines = layoutLines(items);
      const tables = findTables(lines);
      const inTable = new Set<number>();
      tables.forEach((table, index) => {
        for (let line = table.first; line <= table.last; line++) inTable.add(line);
        // A table that opens a page and matches the one that closed the previous page continues it.
        const continues = index === 0 && open !== undefined && open.columns === table.columns && table.first <= 2;
        if (!continues) {
          if (open) finished.push(open);
          open = { number: ++tableCount, columns: table.columns, firstRow: [], rows: [] };
        }
        appendRows(open!, table, lines.map((l) => l.cells.length), location, page, continues);
      });
      // A table not at the end of its page does not run on.
      const lastTable = tables[tables.length - 1];
      if (open && (!lastTable || lastTable.last < lines.length - 3)) {
        finished.push(open);
        open = undefined;
      }
      const text = lines
        .filter((_, i) => !inTable.has(i))
        .map((line) => line.cells.map((cell) => cell.text).join(' '))
        .join('\n')
        .trim();
      textChars += text.length + tables.reduce((n, t) => n + t.rows.length, 0);
      ctx.sink.addText({ ...originOf(ctx, joinLocation(location, `page ${page}`)), text });
    }
    if (open) finished.push(open);
    for (const table of finished) ctx.sink.addTable(buildTable(originOf(ctx, joinLocation(location, `table ${table.number}`)), table.rows));
    if (doc.numPages > 0 && textChars === 0) {
      // Scanned pages are images: nothing was read, so the PDF must not count as clean.
      ctx.sink.problem(location, 'no_text', 'PDF has no text layer (scanned image?); its content was not inspected', 'application/pdf');
    } else {
      // A typed cover page must not make the scanned pages behind it count as read.
      for (const page of scannedPages) {
        ctx.sink.problem(joinLocation(location, `page ${page}`), 'no_text', 'page is an image with no text layer (scanned?); it was not inspected', 'application/pdf');
      }
    }
  } catch (err) {
    throw classify(err);
  } finally {
    // destroy() can itself fail on a half-loaded document; it must not mask the real outcome.
    await task.destroy().catch(() => undefined);
  }
}

function appendRows(open: OpenTable, table: LayoutTable, _cellCounts: number[], location: string, page: number, continues: boolean): void {
  table.rows.forEach((row, index) => {
    const texts = row.cells.map((cell) => cell.text);
    if (open.rows.length === 0 && open.firstRow.length === 0) open.firstRow = texts;
    // The header row repeated at the top of a continuation page is not a record.
    else if (continues && index === 0 && texts.join('\t') === open.firstRow.join('\t')) return;
    const rowLocation = joinLocation(location, `page ${page}`, `table ${open.number}`, `row ${index + 1}`);
    open.rows.push({
      location: rowLocation,
      cells: row.cells.map((cell) => ({ column: cell.column, location: `${rowLocation}, column ${cell.column + 1}`, text: cell.text })),
    });
  });
}
