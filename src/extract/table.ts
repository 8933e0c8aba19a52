/** Building TableSegments from grids of cells, with header-row recognition. */
import type { SourceKind, TableCell, TableRow, TableSegment } from './types.js';

export interface TableOrigin {
  location: string;
  source: SourceKind;
  attachment?: string;
}

/** Column titles that mark a header row in Japanese business lists (and their English forms). */
const headerKeywordsJa =
  /氏名|名前|姓|フリガナ|ふりがな|カナ|住所|所在地|郵便番号|〒|電話|携帯|メール|生年月日|誕生日|年齢|性別|番号|社員|職員|学籍|会員|顧客|部署|所属|役職|学年|口座|銀行|支店|金額|日付|備考|区分|会社|名称/;
const headerKeywordsEn = /\b(?:name|address|phone|tel|fax|e-?mail|birth(?:day|date)?|dob|date|gender|zip|postal|id|no|patient|employee|passenger|guest|student|member|customer)\b/i;

function isHeaderKeyword(text: string): boolean {
  return headerKeywordsJa.test(text) || headerKeywordsEn.test(text);
}

/** Values, not titles: numbers, dates, phone numbers, e-mail addresses, postal codes (a title may carry a short number: ICD-10, Q3). */
const valueLike = /\d{3,}|@|^[\d\s\-/.,:+()￥¥$%]+$/;
/** A title with its year after it (Stays 2024, 売上 2025年度, GPA_AY2025 in a CSV export): a title, though it has digits. */
const titleWithYear = /^[^\d@]{2,30}[ \u3000_-]?(?:19|20)\d{2}(?:年度?)?$/;
/** A title with its period in brackets (JLPT (Dec 2024), 売上（2024年度）, Score (2024/12)): a title too. */
const titleWithPeriod = /^[^\d@()（）]{2,30}[ \u3000]?[（(][^\d@()（）]{0,12}(?:19|20)\d{2}(?:[年/.\-]\d{1,2}月?)?(?:年度?)?[^\d@()（）]{0,8}[)）]$/;
/** A score's title with its full marks in brackets (日本語(200), 小論文（100点）, 合計(400)). */
const titleWithMarks = /^[^\d@()（）]{1,20}[ \u3000]?[（(]\d{1,4}[ \u3000]?(?:点(?:満点)?)?[)）]$/;
const isTitleWithDigits = (text: string): boolean => titleWithYear.test(text) || titleWithPeriod.test(text) || titleWithMarks.test(text);

function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/**
 * A first row is a header when its cells are short titles, not values, and either name a known
 * column (氏名, 住所 …) or stand over columns whose values are numeric where the title is not.
 */
export function isHeaderRow(first: string[], rest: string[][]): boolean {
  const filled = first.filter((text) => !isBlank(text));
  if (filled.length === 0) return false;
  if (filled.some((text) => text.length > 40 || (valueLike.test(text.trim()) && !isTitleWithDigits(text.trim())))) return false;
  if (filled.some((text) => isHeaderKeyword(text))) return true;
  if (rest.length === 0) return false;
  const sample = rest.slice(0, 50);
  for (let column = 0; column < first.length; column++) {
    if (isBlank(first[column] ?? '')) continue;
    let values = 0;
    let numeric = 0;
    for (const row of sample) {
      const cell = row[column];
      if (cell === undefined || isBlank(cell)) continue;
      values++;
      if (/\d/.test(cell)) numeric++;
    }
    if (values > 0 && numeric / values >= 0.5) return true;
  }
  return false;
}

/**
 * Rows of cells (already carrying their locations) → a TableSegment. Empty rows are dropped; the
 * first non-empty row becomes the header when it looks like one, else the second or third when it
 * clearly does (a title line above the header).
 */
export function buildTable(origin: TableOrigin, rows: TableRow[]): TableSegment {
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => !isBlank(cell.text)));
  let header: string[] | null = null;
  let data = nonEmpty;
  const first = nonEmpty[0];
  if (first) {
    const width = first.cells.reduce((max, cell) => Math.max(max, cell.column + 1), 0);
    const firstTexts = denseTexts(first.cells, width);
    const restTexts = nonEmpty.slice(1, 51).map((row) => denseTexts(row.cells, width));
    if (isHeaderRow(firstTexts, restTexts)) {
      header = firstTexts;
      data = nonEmpty.slice(1);
    } else {
      // A title or a summary line above the header (Group … Hotel … Check-in 2024-11-28, then
      // Room | Surname | Given name | Passport No.): the first of the next two rows that names at
      // least two known columns is the header. The lines above it stay rows, still inspected.
      for (let k = 1; k <= 2 && k < nonEmpty.length; k++) {
        const row = nonEmpty[k]!;
        const rowWidth = row.cells.reduce((max, cell) => Math.max(max, cell.column + 1), 0);
        const texts = denseTexts(row.cells, rowWidth);
        const named = texts.filter((text) => !isBlank(text) && isHeaderKeyword(text)).length;
        if (named >= 2 && isHeaderRow(texts, nonEmpty.slice(k + 1, k + 51).map((r) => denseTexts(r.cells, rowWidth)))) {
          header = texts;
          data = nonEmpty.filter((_, i) => i !== k);
          break;
        }
      }
    }
  }
  const table: TableSegment = { location: origin.location, source: origin.source, header, rows: data };
  if (origin.attachment !== undefined) table.attachment = origin.attachment;
  return table;
}

function denseTexts(cells: TableCell[], width: number): string[] {
  const texts = new Array<string>(width).fill('');
  for (const cell of cells) if (cell.column < width) texts[cell.column] = cell.text;
  return texts;
}
