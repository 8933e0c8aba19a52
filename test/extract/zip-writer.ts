/** Zip writer shared with the bench fixtures; the roster xlsx generator used by the extraction tests. */
import { writeZip, xmlEscape, type ZipEntry } from '../../src/bench/fixtures/zip-writer.js';

export { writeZip };
export type ZipInput = ZipEntry;

export function writeRosterXlsx(rows: number, sheetName = '名簿'): Buffer {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const family = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤'];
  const given = ['太郎', '花子', '一郎', '美咲', '健', '陽子'];
  const header = ['氏名', '住所', '電話番号', '生年月日', '社員番号'];
  const sheetRows: string[] = [];
  const cell = (ref: string, text: string): string => `<c r="${ref}" t="s"><v>${shared(text)}</v></c>`;
  sheetRows.push(`<row r="1">${header.map((h, c) => cell(`${'ABCDE'[c]}1`, h)).join('')}</row>`);
  for (let r = 2; r <= rows + 1; r++) {
    const name = `${family[r % family.length]}${given[(r * 7) % given.length]}`;
    sheetRows.push(
      `<row r="${r}">${cell(`A${r}`, name)}${cell(`B${r}`, `東京都千代田区千代田${r}-1`)}` +
        `<c r="C${r}" t="inlineStr"><is><t>090-0000-${String(r % 10000).padStart(4, '0')}</t></is></c>` +
        `<c r="D${r}" s="1"><v>${30000 + r}</v></c><c r="E${r}"><v>${100000 + r}</v></c></row>`,
    );
  }
  const files: ZipInput[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlEscape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    },
    {
      name: 'xl/styles.xml',
      data: '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
    },
  ];
  files.push({
    name: 'xl/sharedStrings.xml',
    data: `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}">${strings.map((s) => `<si><t>${xmlEscape(s)}</t></si>`).join('')}</sst>`,
  });
  return writeZip(files);
}
