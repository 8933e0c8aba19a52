import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMessage } from '../../src/extract/index.js';
import { requireDataset } from '../helpers/datasets.js';
import { compose, sample } from './compose.js';

const textAt = (result: Awaited<ReturnType<typeof extractMessage>>, location: string): string | undefined =>
  result.segments.find((segment) => segment.location === location)?.text;

describe('public MIME fixtures (../shared/datasets/mime)', () => {
  const datasetDir = requireDataset('mime', 'public MIME fixtures');
  if (!datasetDir) return;
  const datasets = readdirSync(datasetDir).filter((name) => name.endsWith('.eml'));
  const read = (name: string) => readFileSync(path.join(datasetDir, name));

  it.each(datasets)('%s parses and reports every part', async (name) => {
    const raw = read(name);
    const result = await extractMessage(raw);
    expect(result.size).toBe(raw.length);
    if (/^From:/m.test(raw.toString('latin1'))) expect(result.headers.from.length).toBeGreaterThan(0);
    expect(result.segments.some((s) => s.source === 'body')).toBe(true);
    // Every attachment is either inspected or explained by a problem at its location.
    for (const attachment of result.attachments) {
      const explained = [...result.encrypted, ...result.uninspectable].some((p) => p.location.startsWith(attachment.location));
      expect(attachment.inspected || explained).toBe(true);
    }
    expect(result.uninspectable.filter((p) => p.reason === 'internal_error')).toEqual([]);
  });

  it('mimetorture: nested message/rfc822 parts are extracted recursively with their locations', async () => {
    const result = await extractMessage(read('mimetorture.eml'));
    expect(result.attachments.filter((a) => a.contentType === 'message/rfc822')).toHaveLength(10);
    expect(textAt(result, 'attachment[2] (message/rfc822) › attachment[1] (message/rfc822) › body (text/plain)')).toContain(
      'by this point, I should be the 3rd layer deep!',
    );
    expect(textAt(result, 'attachment[7] (message/rfc822) › body[2] (text/plain)')).toContain('second text part');
    expect(result.uninspectable).toContainEqual(
      expect.objectContaining({ location: 'attachment[9] (message/rfc822) › attachment[1] smiley-3.png', reason: 'no_text', type: 'image/png' }),
    );
  });
});

describe('Japanese mail', () => {
  it('ISO-2022-JP body and subject, RFC 2231 ISO-2022-JP filename, CP932 names inside the zip', async () => {
    const result = await extractMessage(sample('iso2022jp-2231.eml'));
    expect(result.headers.subject).toBe('職員名簿の送付');
    expect(result.headers.from).toEqual([{ name: '山田太郎', address: 'taro@example.jp' }]);
    expect(result.segments[0]).toEqual({ location: 'subject', source: 'subject', text: '職員名簿の送付' });
    expect(textAt(result, 'body (text/plain)')).toContain('名簿をお送りします。');
    expect(result.attachments[0]).toMatchObject({ index: 1, filename: '名簿.zip', location: 'attachment[1] 名簿.zip', inspected: true });
    const sheet = result.tables.find((t) => t.location === 'attachment[1] 名簿.zip › 2024/教職員一覧.xlsx › 名簿');
    expect(sheet?.header).toEqual(['氏名', 'フリガナ', '生年月日', '電話番号', '住所']);
    expect(sheet?.attachment).toBe('名簿.zip');
    expect(textAt(result, 'attachment[1] 名簿.zip › 2024/メモ.txt')).toContain('山田太郎 090-0000-1234');
  });

  it('Shift_JIS mislabelled as ISO-8859-1 is read as Japanese, not mojibake', async () => {
    const result = await extractMessage(sample('sjis-as-latin1.eml'));
    expect(textAt(result, 'body (text/plain)')).toContain('住所: 東京都千代田区千代田1-1');
    expect(result.uninspectable).toEqual([]);
  });

  it('EUC-JP quoted-printable body', async () => {
    const result = await extractMessage(sample('eucjp-qp.eml'));
    expect(result.headers.subject).toBe('生年月日の確認');
    expect(textAt(result, 'body (text/plain)')).toBe('鈴木一郎様の生年月日は1978年1月30日です。\n');
  });

  it('unlabelled 8-bit Shift_JIS body', async () => {
    const raw = Buffer.concat([
      Buffer.from('From: a@example.jp\r\nTo: b@example.com\r\nSubject: x\r\n\r\n'),
      Buffer.from([0x8e, 0x52, 0x93, 0x63, 0x91, 0xbe, 0x98, 0x59]), // 山田太郎 in Shift_JIS
    ]);
    expect(textAt(await extractMessage(raw), 'body (text/plain)')).toBe('山田太郎');
  });

  it('HTML body: script and style dropped, data table kept as a table with its header', async () => {
    const result = await extractMessage(sample('html-table.eml'));
    const html = textAt(result, 'body (text/html)') ?? '';
    expect(html).toContain('参加者一覧をお送りします。');
    expect(html).not.toMatch(/SCRIPT|color: red/);
    expect(html).not.toContain('090-0000-1234'); // in the table, not twice
    const table = result.tables.find((t) => t.location === 'body (text/html) › table 1');
    expect(table?.header).toEqual(['氏名', '電話番号']);
    expect(table?.source).toBe('body');
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(['山田太郎', '090-0000-1234']);
    expect(table?.rows[0]?.cells[1]?.location).toBe('body (text/html) › table 1 › row 2, column 2');
  });

  it('forwarded .eml: headers, body and attachments of the inner message under its location', async () => {
    const result = await extractMessage(sample('forwarded.eml'));
    expect(result.attachments).toHaveLength(1);
    expect(result.attachments[0]).toMatchObject({ filename: 'fwd.eml', contentType: 'message/rfc822', inspected: true });
    expect(textAt(result, 'attachment[1] fwd.eml › subject')).toBe('顧客リスト');
    expect(textAt(result, 'attachment[1] fwd.eml › headers')).toContain('kyoko@example.jp');
    const body = result.segments.find((s) => s.location === 'attachment[1] fwd.eml › body (text/plain)');
    expect(body).toMatchObject({ source: 'attachment', attachment: 'fwd.eml' });
    expect(body?.text).toContain('高橋美咲様');
    const csv = result.tables.find((t) => t.location === 'attachment[1] fwd.eml › attachment[1] 顧客.csv');
    expect(csv?.rows[1]?.cells[2]).toEqual({ column: 2, location: 'attachment[1] fwd.eml › attachment[1] 顧客.csv › C3', text: '080-0000-5678' });
  });

  it('all address headers are parsed (nodemailer-written message)', async () => {
    const raw = await compose({ subject: '件名テスト' });
    const result = await extractMessage(raw);
    expect(result.headers).toMatchObject({
      from: [{ name: '山田太郎', address: 'taro@example.jp' }],
      to: [{ name: '', address: 'partner@example.com' }],
      cc: [{ name: '佐藤花子', address: 'hanako@example.jp' }],
      subject: '件名テスト',
    });
    const withReplyTo = Buffer.from('From: a@example.jp\r\nReply-To: "受付" <uketsuke@example.jp>\r\nBcc: x@example.jp, Group: y@example.jp;\r\nSubject: s\r\n\r\nbody');
    const parsed = await extractMessage(withReplyTo);
    expect(parsed.headers.replyTo).toEqual([{ name: '受付', address: 'uketsuke@example.jp' }]);
    expect(parsed.headers.bcc.map((a) => a.address)).toEqual(['x@example.jp', 'y@example.jp']);
  });
});

describe('malformed MIME', () => {
  it('missing closing boundary: content read, problem reported', async () => {
    const result = await extractMessage(sample('missing-boundary.eml'));
    expect(textAt(result, 'body[2] (text/plain)')).toContain('090-0000-1234');
    expect(result.uninspectable).toContainEqual(expect.objectContaining({ location: 'message', reason: 'corrupt' }));
  });

  it('invalid base64: the text part and the attachment are reported, nothing thrown', async () => {
    const result = await extractMessage(sample('bad-base64.eml'));
    expect(result.uninspectable).toContainEqual(expect.objectContaining({ location: 'body (text/plain)', reason: 'charset' }));
    expect(result.uninspectable).toContainEqual(expect.objectContaining({ location: 'attachment[1] broken.pdf', reason: 'corrupt' }));
    expect(result.attachments[0]?.inspected).toBe(false);
  });

  it('not a message at all, empty input, binary noise: a result, never a throw', async () => {
    for (const raw of [Buffer.alloc(0), Buffer.from('just text, no headers'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 131) & 0xff))]) {
      const result = await extractMessage(raw);
      expect(result.size).toBe(raw.length);
    }
  });
});
