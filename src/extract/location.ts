/** Human-followable locations: parts joined with ' › ', spreadsheet cell references. */

export const locationSeparator = ' › ';

export function joinLocation(...parts: string[]): string {
  return parts.filter((part) => part.length > 0).join(locationSeparator);
}

/** Zero-based column index → spreadsheet letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(column: number): string {
  let letters = letterCache[column];
  if (letters !== undefined) return letters;
  letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  if (column < 16_384) letterCache[column] = letters; // Excel's last column is XFD
  return letters;
}

const letterCache: string[] = [];

/** Spreadsheet letters → zero-based column index ('A' → 0, 'AA' → 26); -1 if not letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) & ~0x20; // upper-case
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** Label of a top-level or nested attachment: `attachment[2] 名簿.zip`, or its type when unnamed. */
export function attachmentLabel(index: number, filename: string, contentType: string): string {
  return `attachment[${index}] ${filename || `(${contentType})`}`;
}
