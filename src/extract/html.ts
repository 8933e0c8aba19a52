/**
 * HTML → text (html-to-text; script, style and images skipped) plus TableSegments for data tables.
 * A data table is an innermost <table> with at least two rows and two columns (an Excel range pasted
 * into Outlook, a list); it is taken out of the text so its cells are not reported twice. Layout
 * tables (the ones that hold other tables) stay in the text, cells separated by tabs.
 */
import { compile } from 'html-to-text';
import { type ExtractContext, originOf } from './context.js';
import { joinLocation } from './location.js';
import { buildTable } from './table.js';
import type { TableCell, TableRow } from './types.js';
import { decodeEntities } from './xml.js';

/** Compiled on first use: most mail has no HTML part, and compiling costs start-up time in every worker. */
let compiled: ReturnType<typeof compile> | undefined;
const convert = (html: string): string => (compiled ??= compileConverter())(html);

function compileConverter(): ReturnType<typeof compile> {
  return compile({
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'head', format: 'skip' },
      { selector: 'img', format: 'skip' },
      // Outlook writes every line as <p class=MsoNormal> and a blank line as <p>&nbsp;</p>: one
      // line break per paragraph keeps the mail's own line layout (signatures, quoted headers).
      { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, ignoreHref: false, noAnchorUrl: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'tableCell' },
      { selector: 'th', format: 'tableCell' },
    ],
    formatters: {
      tableCell: (elem, walk, builder) => {
        walk(elem.children, builder);
        builder.addInline('\t');
      },
    },
    limits: { maxInputLength: Number.MAX_SAFE_INTEGER },
  });
}

const innermostTable = /<table\b[^>]*>((?:(?!<table\b)[\s\S])*?)<\/table\s*>/gi;

function cellText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(/<\/(p|div|li)\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Rows of an innermost table; columns account for colspan. */
function parseTableRows(inner: string, tableLocation: string): TableRow[] {
  const rows: TableRow[] = [];
  const rowChunks = inner.split(/<tr\b[^>]*>/i).slice(1);
  for (let r = 0; r < rowChunks.length; r++) {
    const rowHtml = rowChunks[r]!.split(/<\/tr\s*>/i)[0] ?? '';
    const cells: TableCell[] = [];
    let column = 0;
    const cellPattern = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|$)/gi;
    let match: RegExpExecArray | null;
    while ((match = cellPattern.exec(rowHtml)) !== null) {
      const content = (match[3] ?? '').replace(/<\/t[dh]\s*>[\s\S]*$/i, '');
      const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(match[2] ?? '')?.[1] ?? '1');
      const text = cellText(content);
      if (text) cells.push({ column, location: joinLocation(tableLocation, `row ${r + 1}, column ${column + 1}`), text });
      column += Number.isInteger(span) && span > 0 ? Math.min(span, 1000) : 1;
    }
    rows.push({ location: joinLocation(tableLocation, `row ${r + 1}`), cells });
  }
  return rows;
}

export function extractHtml(ctx: ExtractContext, html: string, location: string): void {
  let tableNumber = 0;
  const remaining = html.replace(innermostTable, (whole, inner: string) => {
    const tableLocation = joinLocation(location, `table ${tableNumber + 1}`);
    const rows = parseTableRows(inner, tableLocation);
    const width = rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
    if (rows.length < 2 || width < 2) return whole;
    tableNumber++;
    ctx.sink.addTable(buildTable(originOf(ctx, tableLocation), rows));
    return `<p>[table ${tableNumber}]</p>`;
  });
  ctx.deadline.check();
  const text = convert(remaining)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  ctx.sink.addText({ ...originOf(ctx, location), text });
}
