/**
 * The parts of Office files where a sender's data hides besides cells and body text, in files
 * made by LibreOffice (samples/extract/src/make_office_parts.py): xlsx comments, shapes,
 * headers/footers, defined names, hidden sheets; docx headers/footers, comments, text boxes and
 * tracked changes; pptx tables as tables (people counted as in a sheet) and speaker notes.
 */
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { extractMessage } from '../../src/extract/index.js';
import { detector } from '../detect/helpers.js';
import { mailWith, sample, compose } from './compose.js';
import { writeZip } from './zip-writer.js';

const textAt = (result: Awaited<ReturnType<typeof extractMessage>>, location: string): string | undefined =>
  result.segments.find((s) => s.location === location)?.text;

/** Reads every entry of a zip (to rewrite one part of a LibreOffice file the way Excel would write it). */
async function zipEntries(bytes: Buffer): Promise<{ name: string; data: Buffer }[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, z) => (err || !z ? reject(err) : resolve(z))));
  const out: { name: string; data: Buffer }[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.readEntry();
  });
  return out;
}

describe('xlsx parts (LibreOffice Calc)', () => {
  it('comment, text box, header, defined name and the hidden roster sheet are all read and located', async () => {
    const raw = await mailWith('parts.xlsx', '資料.xlsx');
    const result = await extractMessage(raw);
    expect(textAt(result, 'attachment[1] 資料.xlsx › 表紙!C3 (comment)')).toContain('山田太郎 090-0000-1234');
    expect(textAt(result, 'attachment[1] 資料.xlsx › 表紙 › drawing')).toContain('鈴木一郎 070-0000-9012');
    expect(textAt(result, 'attachment[1] 資料.xlsx › 表紙 › header/footer')).toContain('作成者 佐藤花子 080-0000-5678');
    expect(textAt(result, 'attachment[1] 資料.xlsx › defined names')).toBe('緊急連絡先: 高橋美咲 090-0000-3456');
    const hidden = result.tables.find((t) => t.location === 'attachment[1] 資料.xlsx › 名簿');
    expect(hidden?.header).toEqual(['氏名', '部署', '電話番号', 'メールアドレス']);
    expect(hidden?.rows).toHaveLength(12);
    const detection = (await detector()).detect(result);
    // 12 people on the hidden sheet (its 山田太郎 row is a record: a roster row is not the sender's
    // for sharing his display name) and 高橋美咲 in the defined name. Not third persons: the comment's
    // 山田太郎 and the header's 佐藤花子 are the composed mail's sender and Cc, and the text box
    // names 鈴木一郎 as 担当, a business contact (subject step, test/detect/subject.test.ts).
    expect(detection.summary.recordCount).toBe(12);
    expect(detection.summary.personCount).toBe(13);
    const phoneLocations = detection.findings.filter((f) => f.category === 'phone').map((f) => f.location);
    expect(phoneLocations).toEqual(expect.arrayContaining(['attachment[1] 資料.xlsx › 表紙!C3 (comment)', 'attachment[1] 資料.xlsx › 表紙 › drawing']));
  });

  it('a very hidden sheet (state="veryHidden", settable only from VBA) is read too', async () => {
    const entries = await zipEntries(sample('parts.xlsx'));
    const rewritten = entries.map((e) => (e.name === 'xl/workbook.xml' ? { name: e.name, data: Buffer.from(e.data.toString('utf8').replace('state="hidden"', 'state="veryHidden"')) } : e));
    expect(rewritten.find((e) => e.name === 'xl/workbook.xml')?.data.toString()).toContain('veryHidden');
    const result = await extractMessage(await compose({ attachments: [{ filename: 'vh.xlsx', content: writeZip(rewritten) }] }));
    expect(result.tables.find((t) => t.location === 'attachment[1] vh.xlsx › 名簿')?.rows).toHaveLength(12);
  });

  it('threaded comments (Excel 365) are read, and the legacy copy Excel writes beside them is not doubled', async () => {
    // No tool on this machine writes threaded comments; the part is added to the Calc workbook as Excel lays it out.
    const entries = await zipEntries(sample('parts.xlsx'));
    const threaded =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
      '<threadedComment ref="C3" dT="2024-04-01T09:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}">' +
      '<text>返信: 伊藤陽子 080-0000-2468 にも共有済み</text></threadedComment></ThreadedComments>';
    const out = entries.map((e) => {
      if (e.name !== 'xl/worksheets/_rels/sheet1.xml.rels') return e;
      const rels = e.data.toString('utf8').replace(
        '</Relationships>',
        '<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
      );
      return { name: e.name, data: Buffer.from(rels) };
    });
    out.push({ name: 'xl/threadedComments/threadedComment1.xml', data: Buffer.from(threaded) });
    const result = await extractMessage(await compose({ attachments: [{ filename: 'tc.xlsx', content: writeZip(out) }] }));
    const comments = result.segments.filter((s) => s.location === 'attachment[1] tc.xlsx › 表紙!C3 (comment)');
    expect(comments.map((c) => c.text)).toEqual(['返信: 伊藤陽子 080-0000-2468 にも共有済み']);
  });
});

describe('docx parts (LibreOffice Writer)', () => {
  it('header, footer, text box and tracked insertions and deletions are read', async () => {
    const result = await extractMessage(await mailWith('parts.docx', '議事録.docx'));
    expect(textAt(result, 'attachment[1] 議事録.docx › header')).toBe('作成: 山田太郎 090-0000-1234');
    expect(textAt(result, 'attachment[1] 議事録.docx › footer')).toBe('連絡先 taro.yamada@example.jp');
    const body = textAt(result, 'attachment[1] 議事録.docx › body') ?? '';
    expect(body).toContain('テキストボックス: 鈴木一郎 070-0000-9012');
    // Tracked deletion (w:del/w:delText) and insertion (w:ins): both still in the file the recipient opens.
    expect(body).toContain('出席者: 高橋美咲 090-0000-3456');
    expect(body).toContain('追記: 田中健太 080-0000-7890');
    const detection = (await detector()).detect(result);
    // 鈴木一郎, 高橋美咲, 田中健太 (山田太郎 in the header is the sender of the composed mail).
    expect(detection.summary.personCount).toBeGreaterThanOrEqual(3);
  });

  it('comments are read and located', async () => {
    const result = await extractMessage(await mailWith('comment.docx', '確認.docx'));
    expect(textAt(result, 'attachment[1] 確認.docx › comments')).toBe('佐藤花子さん（080-0000-5678、大阪府大阪市北区梅田2-2）に確認');
    const detection = (await detector()).detect(result);
    expect(detection.findings.filter((f) => f.category === 'phone').map((f) => f.location)).toEqual(['attachment[1] 確認.docx › comments']);
  });
});

describe('pptx tables and notes (LibreOffice Impress)', () => {
  it('a slide table is a table: header recognised, cells located, 15 people counted as in a sheet', async () => {
    const result = await extractMessage(await mailWith('staff-table.pptx', '担当者.pptx'));
    const table = result.tables.find((t) => t.location === 'attachment[1] 担当者.pptx › slide 1 › table 1');
    expect(table?.header).toEqual(['氏名', '部署', '電話番号', 'メールアドレス']);
    expect(table?.rows).toHaveLength(15);
    expect(table?.rows[0]?.cells[2]).toEqual({ column: 2, location: 'attachment[1] 担当者.pptx › slide 1 › table 1 › row 2, column 3', text: '090-0000-1021' });
    expect(textAt(result, 'attachment[1] 担当者.pptx › slide 1 (notes)')).toBe('質問は高橋美咲（090-0000-3456）まで');
    const detection = (await detector()).detect(result);
    expect(detection.summary.recordCount).toBe(15);
    expect(detection.summary.personCount).toBe(16);
  });
});

describe('PDF tables and scans (LibreOffice Writer PDF export)', () => {
  it('a 60-person roster laid out as a table over two pages is one table: rows, cells and people counted', async () => {
    const result = await extractMessage(await mailWith('roster-table.pdf', '職員名簿.pdf'));
    expect(result.tables.map((t) => t.location)).toEqual(['attachment[1] 職員名簿.pdf › table 1']);
    const table = result.tables[0]!;
    expect(table.header).toEqual(['氏名', '部署', '電話番号', 'メールアドレス']);
    // The header row LibreOffice repeats on page 2 is not a record.
    expect(table.rows).toHaveLength(60);
    expect(table.rows[1]?.cells[2]).toEqual({ column: 2, location: 'attachment[1] 職員名簿.pdf › page 1 › table 1 › row 3, column 3', text: '090-0000-1001' });
    expect(table.rows.some((row) => row.location.startsWith('attachment[1] 職員名簿.pdf › page 2 › table 1'))).toBe(true);
    expect(textAtPage(result, 1)).toBe('職員名簿（2024 年度）');
    const detection = (await detector()).detect(result);
    expect(detection.summary.recordCount).toBe(60);
    // 山田太郎 (row 1) is also the sender of the composed mail.
    expect(detection.summary.personCount).toBeGreaterThanOrEqual(59);
  });

  it('an image-only (scanned) PDF is uninspectable with reason no_text, never clean', async () => {
    const result = await extractMessage(await mailWith('scanned.pdf', 'スキャン.pdf'));
    expect(result.uninspectable).toEqual([expect.objectContaining({ location: 'attachment[1] スキャン.pdf', reason: 'no_text', type: 'application/pdf' })]);
    expect(result.attachments[0]?.inspected).toBe(false);
  });
});

describe('PDF printed from a spreadsheet (LibreOffice Calc, no cell borders)', () => {
  it('80 rows over two pages are one table of 80 records and 80 people', async () => {
    const result = await extractMessage(await mailWith('calc-roster.pdf', '社員一覧.pdf'));
    expect(result.tables.map((t) => t.location)).toEqual(['attachment[1] 社員一覧.pdf › table 1']);
    expect(result.tables[0]?.rows).toHaveLength(80);
    // Columns packed a space apart are still told apart by the gutter every row shares.
    expect(result.tables[0]?.header).toEqual(['社員番号', '氏名', '年齢', '電話番号', 'メールアドレス']);
    expect(result.tables[0]?.rows[0]?.cells.map((c) => c.text)).toEqual(['20000', '田中美咲', '22', '090-0000-1040', 'staff040@example.jp']);
    const detection = (await detector()).detect(result);
    expect(detection.summary.recordCount).toBe(80);
    expect(detection.summary.personCount).toBe(80);
  });
});

describe('PDF with a typed cover page and a scanned page', () => {
  it('the scanned page is no_text at its own location; the cover is read', async () => {
    const result = await extractMessage(await mailWith('cover-and-scan.pdf', '申込書.pdf'));
    expect(textAtPage(result, 1)).toContain('送付状');
    expect(result.uninspectable).toEqual([expect.objectContaining({ location: 'attachment[1] 申込書.pdf › page 2', reason: 'no_text' })]);
    expect(result.attachments[0]?.inspected).toBe(false);
  });
});

function textAtPage(result: Awaited<ReturnType<typeof extractMessage>>, page: number): string | undefined {
  return result.segments.find((s) => s.location.endsWith(`› page ${page}`))?.text;
}
