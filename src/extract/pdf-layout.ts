/**
 * Page layout from pdf.js text items (string, baseline position, width, font size): items are
 * grouped into lines by baseline, lines into cells by horizontal gaps (pdf.js reports the gap
 * between table cells as one wide space item), and runs of aligned multi-cell lines into tables,
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
    return { y: group[0]!.y, cells: filled, text: filled.map((cell) => cell.text).join('\t') };
  });
}

const maxCellLength = 60;

/**
 * Runs of at least three consecutive lines with two or more short cells, whose cells line up with
 * the column starts of the run's widest line (left-aligned within about a character).
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

function alignRun(lines: LayoutLine[], start: number, end: number): LayoutTable | undefined {
  if (end - start + 1 < 3) return undefined;
  const run = lines.slice(start, end + 1);
  const anchors = columnStarts(run);
  // Cells of one column start at the same x when left-aligned; right-aligned numbers start later
  // but still before the next column.
  const tolerance = 4;
  let aligned = 0;
  const rows: LayoutTable['rows'] = [];
  run.forEach((line, i) => {
    const cells: { column: number; text: string }[] = [];
    let lineAligned = true;
    for (const cell of line.cells) {
      let column = -1;
      for (let c = anchors.length - 1; c >= 0; c--) {
        if (cell.x + tolerance >= anchors[c]!) {
          column = c;
          break;
        }
      }
      const existing = cells.find((c) => c.column === Math.max(column, 0));
      // Two cells of one line in one column, or a cell left of the first column: not aligned.
      if (column === -1 || existing) lineAligned = false;
      if (existing) existing.text += ` ${cell.text}`;
      else cells.push({ column: Math.max(column, 0), text: cell.text });
    }
    if (lineAligned) aligned++;
    rows.push({ line: start + i, cells });
  });
  // Most lines must line up: two-column prose or a form with label/value pairs stays text.
  if (aligned / run.length < 0.8 || anchors.length < 2) return undefined;
  return { first: start, last: end, rows, columns: anchors.length };
}

/**
 * Column starts of a run: the most common x-start pattern among its lines with the most common
 * cell count (data rows outnumber a centred header row or a total line).
 */
function columnStarts(run: LayoutLine[]): number[] {
  const counts = new Map<number, number>();
  for (const line of run) counts.set(line.cells.length, (counts.get(line.cells.length) ?? 0) + 1);
  const width = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const patterns = new Map<string, { count: number; xs: number[] }>();
  for (const line of run) {
    if (line.cells.length !== width) continue;
    const key = line.cells.map((cell) => Math.round(cell.x / 3)).join(',');
    const entry = patterns.get(key) ?? { count: 0, xs: line.cells.map((cell) => cell.x) };
    entry.count++;
    patterns.set(key, entry);
  }
  return [...patterns.values()].sort((a, b) => b.count - a.count)[0]!.xs;
}
