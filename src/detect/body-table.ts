/**
 * Tables pasted into a mail body (CSV, TSV, Markdown pipes, `氏名 / 生年月日` or `氏名／生年月日`
 * slashes, space-aligned columns): a header
 * line of column labels and the rows below it. Each cell gets its column header, so a value
 * under `生年月日` or `電話番号` is labelled like a value in an attachment table, and cells under
 * a `JAN`/`品番` header carry that business label.
 */
import { classifyColumn, type ColumnKind } from './columns.js';
import type { Hit, Unit } from './hit.js';
import { ORG_WORD } from './organisation-context.js';

export interface BodyCell {
  start: number;
  end: number;
  header: string;
  column: ColumnKind;
  /** Index of the table in the unit: cells of one table share it. */
  table: number;
}

type Separator = 'tab' | 'pipe' | 'comma' | 'slash' | 'spaces' | 'wide';

const QUOTE_PREFIX = /^(?:[ \t]*>)+[ \t]?/;
/** `|---|---|`, `-----`, `=====`: a rule under the header. */
const RULE = /^[\s|:+\-=─━_]+$/;
/**
 * A column label: short, no digits (except `No`), no sentence punctuation; a label with its full
 * marks, a level or a year in brackets (小論文（50）, JLPT Dec (N3), 売上（2024年度）) or a year after it (Stays 2024); or a month or a period before a label word (5月スコア, 4月売上,
 * Q1 score) — not a date or a number.
 */
const LABEL_CELL = /^(?:No\.?|#|[^\d。、！？!?@]{1,24}|[^\d。、！？!?@]{1,16}[ \u3000]?[（(](?:\d{1,3}(?:点(?:満点)?)?|[A-Za-z]{1,4}\d{1,2}|\d{4}(?:年度?)?)[)）]|[^\d。、！？!?@]{2,16}[ \u3000]\d{4}(?:年度?)?|(?:\d{1,2}月|Q[1-4]|\d{4}年度?)[ \u3000]?[^\d。、！？!?@\s][^\d。、！？!?@]{0,12})$/i;
const NAME_CELL = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々・A-Za-z .'\u3000-]{2,30}$/u;

const cache = new WeakMap<Unit, BodyCell[]>();

/** Cells of the tables in a body text unit, by start offset (empty for table rows). */
export function bodyCells(unit: Unit): BodyCell[] {
  let cells = cache.get(unit);
  if (!cells) {
    cells = unit.isRecord ? [] : findBodyTableCells(unit.norm.text);
    cache.set(unit, cells);
  }
  return cells;
}

/** The cells of a unit under their headers: a table row's fields, or the cells of the tables in a body. */
export function headedCells(unit: Unit): Array<{ start: number; end: number; header: string }> {
  return unit.isRecord ? unit.fields.map((f) => ({ start: f.start, end: f.end, header: f.header ?? '' })) : bodyCells(unit);
}

export function bodyCellAt(unit: Unit, offset: number): BodyCell | undefined {
  const cells = bodyCells(unit);
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cells[mid]!;
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

function separatorOf(line: string): Separator | null {
  if (line.includes('\t')) return 'tab';
  if ((line.match(/[|｜]/g)?.length ?? 0) >= 2) return 'pipe';
  if ((line.match(/,/g)?.length ?? 0) >= 1) return 'comma';
  // A slash with a space beside it, or a full-width one: not a date (2000/05/27) or a path.
  if (SLASH.test(line)) return 'slash';
  if (/\S[ \u3000]{2,}\S/.test(line)) return 'spaces';
  return null;
}

const SLASH = /[ \u3000]\/|\/[ \u3000]|／/;
const SPLITTERS: Record<Separator, RegExp> = {
  tab: /\t/g,
  pipe: /[|｜]/g,
  comma: /,/g,
  slash: /[ \u3000]+\/[ \u3000]*|[ \u3000]*\/[ \u3000]+|[ \u3000]*／[ \u3000]*/g,
  spaces: /[ \u3000]{2,}/g,
  wide: /[ \u3000]+/g,
};

/** Cells of one line (offsets in the whole text), trimmed; leading/trailing pipes dropped. */
function splitCells(text: string, from: number, to: number, sep: Separator): Span[] {
  const cells: Span[] = [];
  const re = SPLITTERS[sep];
  re.lastIndex = 0;
  const line = text.slice(from, to);
  let at = 0;
  const push = (s: number, e: number): void => {
    const raw = line.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    cells.push({ start: from + s + lead, end: from + s + lead + value.length, text: value });
  };
  for (const m of line.matchAll(re)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, line.length);
  if (sep === 'pipe') {
    if (cells[0]?.text === '') cells.shift();
    if (cells.at(-1)?.text === '') cells.pop();
  }
  if ((sep === 'spaces' || sep === 'wide') && cells[0]?.text === '') cells.shift();
  return cells;
}

/**
 * Cells of a row split further, up to `want` cells: a cell that starts with a number or a code and
 * a single space (102 佐久間 正樹, A-12 山田) is two cells. Returns the cells unchanged when that
 * does not reach the width.
 */
function splitLeadingNumbers(cells: Span[], want: number): Span[] {
  const out: Span[] = [];
  let missing = want - cells.length;
  for (const c of cells) {
    const m = missing > 0 ? /^([A-Za-z]{0,3}[-]?\d[\d-]*[A-Za-z]?) (\S.*)$/.exec(c.text) : null;
    if (m) {
      const second = c.text.length - m[2]!.length;
      out.push({ start: c.start, end: c.start + m[1]!.length, text: m[1]! }, { start: c.start + second, end: c.end, text: m[2]! });
      missing--;
    } else out.push(c);
  }
  return missing === 0 ? out : cells;
}

/**
 * Cells of a space-aligned row split further, up to `want` cells, where a single space parts a
 * figure from what is before it (「2023〜2025年 36,000円」 under 未納期間 and 未納額: one full-width
 * space, one after NFKC). Right to left, the figures of a row's last columns first. Returns the
 * cells unchanged when that does not reach the width.
 */
function splitBeforeFigures(cells: Span[], want: number): Span[] {
  const out: Span[] = [];
  let missing = want - cells.length;
  for (let k = cells.length - 1; k >= 0; k--) {
    const c = cells[k]!;
    const m = missing > 0 ? /^(.*\S) ([\d¥￥$][\d,.]*(?:円|万円|千円|%|％|点|件|回|日|か月|ヶ月|時間)?)$/u.exec(c.text) : null;
    if (m) {
      const second = c.text.length - m[2]!.length;
      out.unshift({ start: c.start, end: c.start + m[1]!.length, text: m[1]! }, { start: c.start + second, end: c.end, text: m[2]! });
      missing--;
    } else out.unshift(c);
  }
  return missing === 0 ? out : cells;
}

function findBodyTableCells(text: string): BodyCell[] {
  if (!/[\t|｜,／]|\S[ \u3000]{2,}\S|[ \u3000]\/|\/[ \u3000]/.test(text)) return [];
  const lines: Array<{ from: number; to: number }> = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const prefix = QUOTE_PREFIX.exec(text.slice(start, end))?.[0].length ?? 0;
    lines.push({ from: start + prefix, to: end });
    if (nl < 0) break;
    start = nl + 1;
  }
  const out: BodyCell[] = [];
  let tableIndex = 0;
  for (let i = 0; i < lines.length; i++) {
    const { from, to } = lines[i]!;
    const line = text.slice(from, to);
    const sep = separatorOf(line);
    if (!sep) continue;
    let headers = splitCells(text, from, to, sep);
    /** Rows whose first cells a single space parts (102 佐久間 正樹  3か月 …) are split to the header's width. */
    let numberedRows = false;
    // A header whose labels a single space parts (氏名　　生活支援技術（筆記）　実技　出席率, one space
    // after NFKC) over rows parted by wider runs: split it on every space when that matches the row.
    if (sep === 'spaces' && i + 1 < lines.length) {
      const next = lines[i + 1]!;
      const rowCells = splitCells(text, next.from, next.to, 'spaces');
      if (rowCells.length > headers.length) {
        const finer = splitCells(text, from, to, 'wide');
        if (finer.length === rowCells.length) headers = finer;
        else if (finer.length > rowCells.length && splitLeadingNumbers(rowCells, finer.length).length === finer.length) {
          // 部屋　氏名　…　滞納額 over 「102　佐久間 正樹　　3か月 …」: the room number and the name
          // share one space, the name's own space stays.
          headers = finer;
          numberedRows = true;
        }
      }
    }
    if (headers.length < 2 || !headers.every((h) => LABEL_CELL.test(h.text))) continue;
    const kinds = headers.map((h) => classifyColumn(h.text));
    const known = kinds.filter((k) => k !== 'other').length;
    if (known === 0 && headers.length < 3) continue;
    const rows: Span[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const rowText = text.slice(l.from, l.to);
      if (rowText.trim() === '') break;
      if (RULE.test(rowText)) continue;
      let cells = splitCells(text, l.from, l.to, sep);
      if (numberedRows && cells.length < headers.length) cells = splitLeadingNumbers(cells, headers.length);
      if (sep === 'spaces' && cells.length < headers.length) cells = splitBeforeFigures(cells, headers.length);
      if (cells.length !== headers.length) break;
      rows.push(cells);
    }
    if (rows.length === 0) continue;
    for (const row of rows) {
      row.forEach((cell, c) => {
        if (cell.text !== '') out.push({ start: cell.start, end: cell.end, header: headers[c]!.text, column: kinds[c]!, table: tableIndex });
      });
    }
    tableIndex++;
    i = j - 1;
  }
  return out;
}

/** Whether a body table has a column about people (氏名, 担当者 …). */
export function tableHasPersonColumn(unit: Unit, table: number): boolean {
  return bodyCells(unit).some((c) => c.table === table && (c.column === 'person_name' || c.column === 'name_reading'));
}

/** Cells under a name column of a body table are names. */
export function findBodyTableNames(unit: Unit): Hit[] {
  const hits: Hit[] = [];
  for (const cell of bodyCells(unit)) {
    if (cell.column !== 'person_name' && cell.column !== 'name_reading') continue;
    const value = unit.norm.text.slice(cell.start, cell.end);
    if (!NAME_CELL.test(value) || ORG_WORD.test(value)) continue;
    const full = /\s/.test(value) || [...value].length >= 3;
    const key = value.replace(/\s+/g, '');
    const hit: Hit = { category: 'person_name', start: cell.start, end: cell.end, value, confidence: 'high', reason: 'body table name column' };
    // A reading (フリガナ) is the same person as the name beside it: counted once.
    if (cell.column === 'person_name') hit.personKey = full ? key : `1:${key}`;
    hits.push(hit);
  }
  return hits;
}
