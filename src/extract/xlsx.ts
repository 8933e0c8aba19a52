/**
 * .xlsx → one TableSegment per sheet, each cell located as `Sheet1!C17`. Shared and inline strings,
 * numbers, booleans and date-formatted numbers (shown as yyyy/mm/dd, so 生年月日 columns read as dates).
 * Cell text goes only into the table, never again as a plain segment.
 */
import { type ExtractContext, originOf } from './context.js';
import { columnIndex, columnLetters, joinLocation } from './location.js';
import type { OoxmlPackage } from './ooxml.js';
import { buildTable } from './table.js';
import type { TableCell, TableRow } from './types.js';
import { attribute, localName, scanXml } from './xml.js';
import { extractSheetParts, readDefinedNameTexts } from './xlsx-parts.js';

interface SheetRef {
  name: string;
  path: string;
}

/** Built-in number formats that display dates (ECMA-376 §18.8.30, plus the Japanese-locale ids). */
const builtinDateFormats = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phoneticDepth = 0;
  scanXml(xml, (token) => {
    if (token.kind === 'open') {
      const name = localName(token.name);
      if (name === 'si') {
        current = [];
        if (token.selfClosing) {
          strings.push('');
          current = null;
        }
      } else if (name === 'rPh') {
        if (!token.selfClosing) phoneticDepth++;
      } else if (name === 't') {
        inText = !token.selfClosing;
      }
    } else if (token.kind === 'close') {
      const name = localName(token.name);
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      } else if (name === 'rPh') phoneticDepth--;
      else if (name === 't') inText = false;
    } else if (inText && current && phoneticDepth === 0) {
      // Phonetic runs (rPh, furigana) repeat the reading of the text; they are left out.
      current.push(token.text);
    }
  });
  return strings;
}

/** Style index → true when that cell style formats numbers as dates. */
function readDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const customDate = new Set<number>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  scanXml(xml, (token) => {
    if (token.kind === 'open') {
      const name = localName(token.name);
      if (name === 'numFmt') {
        const id = Number(attribute(token.attrs, 'numFmtId'));
        // A format code with date parts outside quotes/brackets ("yyyy/m/d", "ggge年m月d日").
        const code = (attribute(token.attrs, 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\.|general/gi, '');
        // Year or day parts, or a Japanese era (ggge): "yyyy/m/d", "m月d日", "ggge年".
        if (/[yd]|g+e/i.test(code)) customDate.add(id);
      } else if (name === 'cellXfs' && !token.selfClosing) inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attribute(token.attrs, 'numFmtId') ?? '0');
        styles.push(builtinDateFormats.has(id) || customDate.has(id));
      }
    } else if (token.kind === 'close' && localName(token.name) === 'cellXfs') inCellXfs = false;
  });
  return styles;
}

function serialToDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  // Excel's 1900 system counts the non-existent 1900-02-29; serials after it are one day ahead.
  const days = date1904 ? serial + 1462 : serial < 60 ? serial : serial - 1;
  const ms = Date.UTC(1899, 11, 31) + Math.floor(days) * 86_400_000;
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
}

function formatNumber(raw: string): string {
  if (!/[eE]/.test(raw)) return raw;
  const n = Number(raw);
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : raw;
}

/** Excel quotes sheet names with spaces or punctuation in references: 'My Sheet'!A1. */
function sheetReference(name: string): string {
  return /[\s'!\-+(),;&]/.test(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

async function listSheets(pkg: OoxmlPackage): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const workbook = await pkg.requiredText('xl/workbook.xml');
  const rels = await pkg.relationships('xl/workbook.xml');
  const sheets: SheetRef[] = [];
  let date1904 = false;
  scanXml(workbook, (token) => {
    if (token.kind !== 'open') return;
    const name = localName(token.name);
    if (name === 'workbookPr') {
      const value = attribute(token.attrs, 'date1904');
      date1904 = value === '1' || value === 'true';
    } else if (name === 'sheet') {
      const id = attribute(token.attrs, 'r:id') ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(token.attrs)?.[1];
      const target = id ? rels.get(id) : undefined;
      if (target && /worksheet/i.test(target.type)) sheets.push({ name: attribute(token.attrs, 'name') ?? target.target, path: target.target });
    }
  });
  return { sheets, date1904 };
}

export async function extractXlsx(ctx: ExtractContext, pkg: OoxmlPackage, base: string): Promise<void> {
  const { sheets, date1904 } = await listSheets(pkg);
  const workbookRels = await pkg.relationships('xl/workbook.xml');
  const sharedPath = [...workbookRels.values()].find((rel) => /sharedStrings$/i.test(rel.type))?.target ?? 'xl/sharedStrings.xml';
  const stylesPath = [...workbookRels.values()].find((rel) => /styles$/i.test(rel.type))?.target ?? 'xl/styles.xml';
  const sharedXml = await pkg.text(sharedPath);
  const shared = sharedXml === undefined ? [] : readSharedStrings(sharedXml);
  const dateStyles = readDateStyles(await pkg.text(stylesPath));

  for (const sheet of sheets) {
    ctx.deadline.check();
    const xml = await pkg.text(sheet.path);
    if (xml === undefined) {
      ctx.sink.problem(joinLocation(base, sheet.name), 'corrupt', `sheet part ${sheet.path} is missing`);
      continue;
    }
    const rows = readSheetRows(ctx, xml, joinLocation(base, sheetReference(sheet.name)), shared, dateStyles, date1904);
    ctx.sink.addTable(buildTable(originOf(ctx, joinLocation(base, sheet.name)), rows));
    // Hidden and very hidden sheets are read like any other: the recipient can unhide them.
    await extractSheetParts(ctx, pkg, base, { name: sheet.name, ref: sheetReference(sheet.name), path: sheet.path }, xml);
  }
  const names = readDefinedNameTexts(await pkg.requiredText('xl/workbook.xml'));
  if (names.length > 0) ctx.sink.addText({ ...originOf(ctx, joinLocation(base, 'defined names')), text: names.join('\n') });
}

function readSheetRows(
  ctx: ExtractContext,
  xml: string,
  sheetLocation: string,
  shared: string[],
  dateStyles: boolean[],
  date1904: boolean,
): TableRow[] {
  const rows: TableRow[] = [];
  let rowNumber = 0;
  let cells: TableCell[] = [];
  let column = -1;
  let cellType = '';
  let cellStyle = 0;
  let value: string[] = [];
  let capture = false;
  let inCell = false;
  let phoneticDepth = 0;

  const finishCell = (): void => {
    inCell = false;
    const raw = value.join('');
    let text: string;
    switch (cellType) {
      case 's':
        text = shared[Number(raw)] ?? '';
        break;
      case 'inlineStr':
      case 'str':
      case 'e':
        text = raw;
        break;
      case 'b':
        text = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
        break;
      default:
        text = (dateStyles[cellStyle] ? serialToDate(Number(raw), date1904) : undefined) ?? formatNumber(raw);
    }
    if (text.length === 0) return;
    cells.push({ column, location: `${sheetLocation}!${columnLetters(column)}${rowNumber}`, text });
  };

  scanXml(xml, (token) => {
    if (token.kind === 'open') {
      const name = localName(token.name);
      if (name === 'row') {
        const r = Number(attribute(token.attrs, 'r'));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        cells = [];
        column = -1;
        if (token.selfClosing) return;
        if (rowNumber % 1000 === 0) ctx.deadline.check();
      } else if (name === 'c') {
        const ref = attribute(token.attrs, 'r');
        const letters = ref ? /^\$?([A-Za-z]+)/.exec(ref)?.[1] : undefined;
        column = letters ? columnIndex(letters) : column + 1;
        cellType = attribute(token.attrs, 't') ?? 'n';
        cellStyle = Number(attribute(token.attrs, 's') ?? '0');
        value = [];
        inCell = !token.selfClosing;
      } else if (inCell && (name === 'v' || name === 't')) {
        capture = !token.selfClosing;
      } else if (inCell && name === 'rPh' && !token.selfClosing) {
        phoneticDepth++;
      }
    } else if (token.kind === 'close') {
      const name = localName(token.name);
      if (name === 'c' && inCell) finishCell();
      else if (name === 'v' || name === 't') capture = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'row' && cells.length > 0) {
        rows.push({ location: `${sheetLocation}!${rowNumber}`, cells });
        cells = [];
      }
    } else if (capture && phoneticDepth === 0) {
      value.push(token.text);
    }
  });
  return rows;
}
