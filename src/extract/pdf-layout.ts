/**
 * Page layout from pdf.js text items (string, baseline position, width, font size): items are
 * grouped into lines by baseline, lines into cells by horizontal gaps (pdf.js reports the gap
 * between table cells as one wide space item), and runs of multi-cell lines into tables whose
 * columns are the vertical gutters no line's text crosses,
 * so a roster laid out as a table reads like a spreadsheet (one record per row, a 氏名 column).
 */

export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text matrix). */
  size: number;
}

export interface LayoutCell {
  x: number;
  text: string;
}

export interface LayoutLine {
  y: number;
  cells: LayoutCell[];
  /** Every non-blank text item of the line, left to right (cells may be split further by columns). */
  fragments: { x: number; end: number; text: string; size: number }[];
  /** The line as plain text (cells joined by a tab). */
  text: string;
}

export interface LayoutTable {
  /** Index of the first and last line of the table in the page's lines. */
  first: number;
  last: number;
  /** Cells per line, as column index → text. */
  rows: { line: number; cells: { column: number; text: string }[] }[];
  columns: number;
}

/** Groups items into lines (top to bottom) and splits each line into cells at wide gaps. */
export function layoutLines(items: PositionedText[]): LayoutLine[] {
  const visible = items.filter((item) => item.str.length > 0 && Number.isFinite(item.x) && Number.isFinite(item.y));
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const reference = group?.[0];
    // Same line when baselines are within 40% of the font size (superscripts, mixed fonts).
    if (group && reference && Math.abs(reference.y - item.y) <= Math.max(reference.size, item.size, 1) * 0.4) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const cells: LayoutCell[] = [];
    let current: { x: number; parts: string[]; end: number } | null = null;
    for (const item of group) {
      const size = Math.max(item.size, 1);
      const blank = item.str.trim().length === 0;
      // A wide blank item, or a gap wider than about one character, separates cells.
      const gap = current ? item.x - current.end : 0;
      const separator = blank && item.width > size * 1.5;
      if (separator) {
        if (current) cells.push({ x: current.x, text: current.parts.join('').trim() });
        current = null;
        continue;
      }
      if (!current || gap > size * 1.2) {
        if (current) cells.push({ x: current.x, text: current.parts.join('').trim() });
        current = blank ? null : { x: item.x, parts: [item.str], end: item.x + item.width };
        continue;
      }
      current.parts.push(item.str);
      current.end = Math.max(current.end, item.x + item.width);
    }
    if (current) cells.push({ x: current.x, text: current.parts.join('').trim() });
    const filled = cells.filter((cell) => cell.text.length > 0);
    const fragments = group.filter((item) => item.str.trim().length > 0).map((item) => ({ x: item.x, end: item.x + Math.max(item.width, 0), text: item.str, size: Math.max(item.size, 1) }));
    return { y: group[0]!.y, cells: filled, fragments, text: filled.map((cell) => cell.text).join('\t') };
  });
}

const maxCellLength = 60;

/**
 * Runs of at least three consecutive lines with two or more short cells, split into columns at
 * the gutters they share.
 */
export function findTables(lines: LayoutLine[]): LayoutTable[] {
  const tables: LayoutTable[] = [];
  let start = 0;
  const isRowLike = (line: LayoutLine): boolean => line.cells.length >= 2 && line.cells.every((cell) => cell.text.length <= maxCellLength);
  while (start < lines.length) {
    if (!isRowLike(lines[start]!)) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < lines.length && isRowLike(lines[end + 1]!)) end++;
    const table = alignRun(lines, start, end);
    if (table) tables.push(table);
    start = end + 1;
  }
  return tables;
}

/**
 * Columns of a run of lines are separated by gutters: vertical strips that (almost) no line's text
 * covers. This holds for bordered and borderless tables, centred headers, right-aligned numbers,
 * and columns packed as tightly as a space apart (spreadsheets printed with optimal widths).
 */
function alignRun(lines: LayoutLine[], start: number, end: number): LayoutTable | undefined {
  if (end - start + 1 < 3) return undefined;
  const run = lines.slice(start, end + 1);
  const gutters = findGutters(run);
  if (gutters.length === 0) return undefined;
  const columnOf = (x: number): number => {
    let column = 0;
    while (column < gutters.length && x >= gutters[column]!) column++;
    return column;
  };
  let aligned = 0;
  const rows: LayoutTable['rows'] = [];
  run.forEach((line, i) => {
    const byColumn = new Map<number, { parts: string[]; end: number; size: number }>();
    for (const fragment of line.fragments) {
      const column = columnOf((fragment.x + fragment.end) / 2);
      const cell = byColumn.get(column);
      if (!cell) byColumn.set(column, { parts: [fragment.text], end: fragment.end, size: fragment.size });
      else {
        // Pieces of one cell (font changes split runs): joined, with a space where there was a gap.
        cell.parts.push(fragment.x - cell.end > fragment.size * 0.25 ? ` ${fragment.text}` : fragment.text);
        cell.end = Math.max(cell.end, fragment.end);
      }
    }
    const cells = [...byColumn.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([column, cell]) => ({ column, text: cell.parts.join('').trim() }))
      .filter((cell) => cell.text.length > 0);
    if (cells.length >= 2) aligned++;
    rows.push({ line: start + i, cells });
  });
  if (aligned / run.length < 0.8) return undefined;
  return { first: start, last: end, rows, columns: gutters.length + 1 };
}

const binWidth = 0.5;

/** x positions (gutter middles) between columns: strips covered by at most 10% of the lines. */
function findGutters(run: LayoutLine[]): number[] {
  const fragments = run.flatMap((line) => line.fragments);
  if (fragments.length === 0) return [];
  const left = Math.min(...fragments.map((f) => f.x));
  const right = Math.max(...fragments.map((f) => f.end));
  const bins = Math.min(4000, Math.ceil((right - left) / binWidth) + 1);
  const coverage = new Array<number>(bins).fill(0);
  for (const line of run) {
    const covered = new Uint8Array(bins);
    for (const f of line.fragments) {
      const from = Math.max(0, Math.floor((f.x - left) / binWidth));
      const to = Math.min(bins - 1, Math.ceil((f.end - left) / binWidth) - 1);
      for (let b = from; b <= to; b++) covered[b] = 1;
    }
    for (let b = 0; b < bins; b++) coverage[b]! += covered[b]!;
  }
  const allowed = Math.floor(run.length * 0.1);
  const gutters: number[] = [];
  let open = -1;
  for (let b = 0; b < bins; b++) {
    const free = coverage[b]! <= allowed;
    if (free && open === -1) open = b;
    if ((!free || b === bins - 1) && open !== -1) {
      const close = free ? b : b - 1;
      // Only strips between text on both sides; at least one bin wide.
      if (open > 0 && close < bins - 1) gutters.push(left + ((open + close + 1) / 2) * binWidth);
      open = -1;
    }
  }
  return gutters;
}
