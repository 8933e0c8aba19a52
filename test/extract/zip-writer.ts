/** Zip writer shared with the bench fixtures; the roster xlsx generator used by the extraction tests. */
import { writeZip, type ZipEntry } from '../../src/bench/fixtures/zip-writer.js';
import { SharedStrings, writeXlsx } from '../../src/bench/fixtures/xlsx-package.js';

export { writeZip };
export type ZipInput = ZipEntry;

export function writeRosterXlsx(rows: number, sheetName = '名簿'): Buffer {
  const strings = new SharedStrings();
  const cell = (ref: string, text: string): string => strings.cell(ref, text);
  const family = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤'];
  const given = ['太郎', '花子', '一郎', '美咲', '健', '陽子'];
  const header = ['氏名', '住所', '電話番号', '生年月日', '社員番号'];
  const sheetRows: string[] = [];
  sheetRows.push(`<row r="1">${header.map((h, c) => cell(`${'ABCDE'[c]}1`, h)).join('')}</row>`);
  for (let r = 2; r <= rows + 1; r++) {
    const name = `${family[r % family.length]}${given[(r * 7) % given.length]}`;
    sheetRows.push(
      `<row r="${r}">${cell(`A${r}`, name)}${cell(`B${r}`, `東京都千代田区千代田${r}-1`)}` +
        `<c r="C${r}" t="inlineStr"><is><t>090-0000-${String(r % 10000).padStart(4, '0')}</t></is></c>` +
        `<c r="D${r}" s="1"><v>${30000 + r}</v></c><c r="E${r}"><v>${100000 + r}</v></c></row>`,
    );
  }
  return writeXlsx(sheetName, sheetRows, strings);
}
