import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractMessage } from '../../src/extract/index.js';
import { compose, mailWith, sample } from './compose.js';
import { writeRosterXlsx, writeZip } from './zip-writer.js';

const attach = (filename: string, content: Buffer, contentType?: string): Promise<Buffer> =>
  compose({ attachments: [{ filename, content, ...(contentType ? { contentType } : {}) }] });

describe('xlsx (LibreOffice-written)', () => {
  it('one table per sheet, header recognised, cells located as Sheet!C17, dates shown as dates', async () => {
    const result = await extractMessage(await mailWith('roster.xlsx', '教職員一覧.xlsx'));
    const roster = result.tables.find((t) => t.location === 'attachment[1] 教職員一覧.xlsx › 名簿');
    expect(roster).toMatchObject({ source: 'attachment', attachment: '教職員一覧.xlsx', header: ['氏名', 'フリガナ', '生年月日', '電話番号', '住所'] });
    expect(roster?.rows).toHaveLength(4);
    expect(roster?.rows[0]?.location).toBe('attachment[1] 教職員一覧.xlsx › 名簿!2');
    expect(roster?.rows[0]?.cells.map((c) => c.text)).toEqual(['山田太郎', 'ヤマダタロウ', '1985/04/12', '090-0000-1234', '東京都千代田区千代田1-1']);
    expect(roster?.rows[3]?.cells[4]).toEqual({ column: 4, location: 'attachment[1] 教職員一覧.xlsx › 名簿!E5', text: '福岡県福岡市博多区4-4' });

    const second = result.tables.find((t) => t.location === 'attachment[1] 教職員一覧.xlsx › Sheet 2');
    expect(second?.header).toEqual(['社員番号', '金額']);
    expect(second?.rows[0]?.cells.map((c) => c.text)).toEqual(['10001', '250000']); // numbers stay numbers
    const total = second?.rows.find((r) => r.location.endsWith("'Sheet 2'!17"));
    expect(total?.cells.map((c) => [c.location.split(' › ').pop(), c.text])).toEqual([
      ["'Sheet 2'!B17", '758000'],
      ["'Sheet 2'!C17", '合計'],
    ]);
  });

  it('cell text is not repeated as plain segments', async () => {
    const result = await extractMessage(await mailWith('roster.xlsx'));
    expect(result.segments.filter((s) => s.location.startsWith('attachment[1]'))).toEqual([]);
  });

  it('a 4,000-row xlsx inside a zip extracts well under a second', async () => {
    const xlsx = writeRosterXlsx(4000);
    const zip = writeZip([{ name: '2024/全社員.xlsx', data: xlsx }]);
    const raw = await attach('社員.zip', zip);
    await extractMessage(raw); // warm-up (module initialisation)
    const started = performance.now();
    const result = await extractMessage(raw);
    const elapsed = performance.now() - started;
    const sheet = result.tables[0];
    expect(sheet?.location).toBe('attachment[1] 社員.zip › 2024/全社員.xlsx › 名簿');
    expect(sheet?.header).toEqual(['氏名', '住所', '電話番号', '生年月日', '社員番号']);
    expect(sheet?.rows).toHaveLength(4000);
    expect(sheet?.rows[3999]?.cells[2]).toMatchObject({ location: 'attachment[1] 社員.zip › 2024/全社員.xlsx › 名簿!C4001', text: '090-0000-4001' });
    expect(sheet?.rows[0]?.cells[3]?.text).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(elapsed).toBeLessThan(10_000); // a bound against runaway cost, not a speed test: `npm run bench` measures it
  });
});

describe('damaged docx', () => {
  it('a docx whose main part is not WordprocessingML is reported corrupt, not clean', async () => {
    const docx = writeZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: 'word/document.xml', data: 'this is not xml at all 山田太郎 090-1234-5678' },
    ]);
    const result = await extractMessage(await attach('壊れた.docx', docx));
    expect(result.uninspectable.map((p) => [p.location, p.reason])).toEqual([['attachment[1] 壊れた.docx', 'corrupt']]);
    expect(result.attachments[0]?.inspected).toBe(false);
  });
});

describe('docx and pptx (LibreOffice-written)', () => {
  it('docx: paragraphs as text, the table as a TableSegment', async () => {
    const result = await extractMessage(await mailWith('application.docx', '申込書.docx'));
    const body = result.segments.find((s) => s.location === 'attachment[1] 申込書.docx › body');
    expect(body?.text).toContain('申込者: 山田太郎 様（連絡先 090-0000-1234）');
    expect(body?.text).not.toContain('大阪府'); // table text only in the table
    const table = result.tables.find((t) => t.location === 'attachment[1] 申込書.docx › table 1');
    expect(table?.header).toEqual(['氏名', '住所', '電話番号']);
    expect(table?.rows[1]?.cells[1]).toEqual({
      column: 1,
      location: 'attachment[1] 申込書.docx › table 1 › row 3, column 2',
      text: '大阪府大阪市北区梅田2-2',
    });
  });

  it('pptx: text per slide in order, speaker notes', async () => {
    const result = await extractMessage(await mailWith('slides.pptx'));
    const slides = result.segments.filter((s) => s.location.startsWith('attachment[1] slides.pptx'));
    expect(slides.map((s) => s.location)).toEqual([
      'attachment[1] slides.pptx › slide 1',
      'attachment[1] slides.pptx › slide 1 (notes)',
      'attachment[1] slides.pptx › slide 2',
    ]);
    expect(slides[0]?.text).toContain('佐藤花子（080-0000-5678）');
    expect(slides[1]?.text).toContain('info@example.jp');
  });
});

describe('pdf', () => {
  it('multi-page PDF: text per page', async () => {
    const result = await extractMessage(await mailWith('multipage.pdf', '申込書.pdf'));
    const pages = result.segments.filter((s) => s.location.startsWith('attachment[1] 申込書.pdf'));
    expect(pages.map((s) => s.location)).toEqual([
      'attachment[1] 申込書.pdf › page 1',
      'attachment[1] 申込書.pdf › page 2',
      'attachment[1] 申込書.pdf › page 3',
    ]);
    expect(pages[0]?.text).toContain('山田太郎');
    expect(pages[2]?.text).toContain('090-0000-1234');
  });

  it('password-protected PDF (qpdf, AES-256 user password) is encrypted', async () => {
    const result = await extractMessage(await mailWith('encrypted.pdf'));
    expect(result.encrypted).toEqual([expect.objectContaining({ location: 'attachment[1] encrypted.pdf', reason: 'encrypted', type: 'application/pdf' })]);
    expect(result.attachments[0]).toMatchObject({ encrypted: true, inspected: false });
  });

  it('owner-password-only PDF opens without a password, so its text is read', async () => {
    const result = await extractMessage(await mailWith('restricted.pdf'));
    expect(result.encrypted).toEqual([]);
    expect(result.segments.some((s) => s.location === 'attachment[1] restricted.pdf › page 3')).toBe(true);
  });

  it('a damaged PDF is corrupt, and a PDF with no text layer is not reported clean', async () => {
    const broken = Buffer.concat([sample('multipage.pdf').subarray(0, 3000)]);
    const result = await extractMessage(await attach('cut.pdf', broken));
    expect(result.uninspectable.length + result.segments.filter((s) => s.location.startsWith('attachment[1]')).length).toBeGreaterThan(0);
    expect(result.attachments[0]?.inspected).toBe(false);
  });
});

describe('other formats', () => {
  it('password-protected Office file (CFB with EncryptionInfo) is encrypted', async () => {
    const result = await extractMessage(await mailWith('protected-office.xlsx', '給与.xlsx'));
    expect(result.encrypted).toEqual([expect.objectContaining({ location: 'attachment[1] 給与.xlsx', reason: 'encrypted' })]);
  });

  it('legacy .xls / .doc are unsupported_format, images no_text, with their type', async () => {
    const raw = await compose({
      attachments: [
        { filename: '名簿.xls', content: sample('legacy.xls') },
        { filename: '申込書.doc', content: sample('legacy.doc') },
        { filename: 'logo.png', content: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(32)]) },
      ],
    });
    const result = await extractMessage(raw);
    expect(result.uninspectable.map((p) => [p.location, p.reason, p.type])).toEqual([
      ['attachment[1] 名簿.xls', 'unsupported_format', 'application/vnd.ms-excel'],
      ['attachment[2] 申込書.doc', 'unsupported_format', 'application/msword'],
      ['attachment[3] logo.png', 'no_text', 'image/png'],
    ]);
  });

  it('a title line above the header: the header is the row that names the columns, the title stays a row', async () => {
    const csv = 'Group,MCT-TPE-1128,Hotel,Grand Formosa Riverside,Check-in,2024-11-28\nRoom,Type,Surname,Given name,Date of birth,Passport No.\n1,TWN,KATO,MASAHIRO,1957-02-11,TS4418270\n2,TWN,OGAWA,TETSUYA,1968-12-03,TR9037126\n';
    const result = await extractMessage(await attach('RoomingList.csv', Buffer.from(csv), 'text/csv'));
    const table = result.tables[0];
    expect(table?.header).toEqual(['Room', 'Type', 'Surname', 'Given name', 'Date of birth', 'Passport No.']);
    expect(table?.rows.map((r) => r.cells[0]?.text)).toEqual(['Group', '1', '2']);
  });

  it('Shift_JIS CSV and TSV become tables; a plain .txt is text', async () => {
    const tsv = iconv.encode('社員番号\t氏名\r\n10001\t山田太郎\r\n10002\t"佐藤\t花子"\r\n', 'cp932');
    const raw = await compose({
      attachments: [
        { filename: '名簿.csv', content: sample('roster-sjis.csv') },
        { filename: 'list.tsv', content: tsv },
        { filename: 'memo.txt', content: iconv.encode('山田太郎 090-0000-1234', 'cp932') },
      ],
    });
    const result = await extractMessage(raw);
    const csv = result.tables.find((t) => t.location === 'attachment[1] 名簿.csv');
    expect(csv?.header).toEqual(['氏名', '住所', '電話番号']);
    expect(csv?.rows[0]?.location).toBe('attachment[1] 名簿.csv › row 2');
    const list = result.tables.find((t) => t.location === 'attachment[2] list.tsv');
    expect(list?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['10001', '山田太郎'],
      ['10002', '佐藤\t花子'],
    ]);
    expect(result.segments.find((s) => s.location === 'attachment[3] memo.txt')?.text).toBe('山田太郎 090-0000-1234');
  });
});

describe('limits and robustness', () => {
  it('part time budget: a part that runs out of time is limit_time, never clean', async () => {
    const raw = await attach('big.zip', writeZip([{ name: 'a.xlsx', data: writeRosterXlsx(3000) }]));
    const result = await extractMessage(raw, { partTimeMs: 1 });
    expect(result.uninspectable).toContainEqual(expect.objectContaining({ reason: 'limit_time' }));
    expect(result.attachments[0]?.inspected).toBe(false);
  });

  it('message time budget: parts after it ran out are reported one by one', async () => {
    const raw = await compose({ attachments: Array.from({ length: 3 }, (_, i) => ({ filename: `f${i}.txt`, content: 'x' })) });
    const result = await extractMessage(raw, { messageTimeMs: 1 });
    await new Promise((r) => setTimeout(r, 5));
    expect(result.uninspectable.length).toBeGreaterThan(0);
    expect(result.uninspectable.every((p) => p.reason === 'limit_time')).toBe(true);
  });

  it('oversized MIME part is limit_size', async () => {
    const raw = await attach('big.bin', Buffer.alloc(200_000, 0x41));
    const result = await extractMessage(raw, { maxPartBytes: 100_000 });
    expect(result.uninspectable).toEqual([expect.objectContaining({ location: 'attachment[1] big.bin', reason: 'limit_size' })]);
  });

  it('mangled fixtures never throw, and the process keeps working afterwards', async () => {
    const fixtures = ['roster.xlsx', 'application.docx', 'slides.pptx', 'multipage.pdf', 'roster-cp932.zip', 'iso2022jp-2231.eml'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (const name of fixtures) {
      for (let round = 0; round < 4; round++) {
        const bytes = Buffer.from(sample(name));
        for (let i = 0; i < 20; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        const cut = round % 2 === 0 ? bytes : bytes.subarray(0, Math.floor(bytes.length * random()));
        const result = await extractMessage(name.endsWith('.eml') ? cut : await attach(name, cut));
        expect(result.uninspectable.filter((p) => p.reason === 'internal_error')).toEqual([]);
      }
    }
    const healthy = await extractMessage(await mailWith('roster.xlsx'));
    expect(healthy.tables).toHaveLength(2);
    expect(healthy.uninspectable).toEqual([]);
  }, 60_000);
});
