import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractMessage } from '../../src/extract/index.js';
import { compose, mailWith } from './compose.js';
import { writeZip } from './zip-writer.js';

const attach = (filename: string, content: Buffer): Promise<Buffer> => compose({ attachments: [{ filename, content }] });

describe('zip archives', () => {
  it('CP932 entry names (no UTF-8 flag) are decoded, xlsx inside located down to the cell', async () => {
    const result = await extractMessage(await mailWith('roster-cp932.zip', '名簿.zip'));
    const sheet = result.tables.find((t) => t.location === 'attachment[1] 名簿.zip › 2024/教職員一覧.xlsx › 名簿');
    expect(sheet).toBeDefined();
    const phone = sheet?.rows[0]?.cells.find((c) => c.column === 3);
    expect(phone).toEqual({ column: 3, location: 'attachment[1] 名簿.zip › 2024/教職員一覧.xlsx › 名簿!D2', text: '090-0000-1234' });
    expect(result.segments.map((s) => s.location)).toContain('attachment[1] 名簿.zip › 2024/メモ.txt');
  });

  it('UTF-8 names without the flag (macOS Archive Utility) are kept as UTF-8', async () => {
    const zip = writeZip([{ name: '', rawName: Buffer.from('書類/氏名.txt', 'utf8'), data: '山田太郎' }]);
    const result = await extractMessage(await attach('mac.zip', zip));
    expect(result.segments.map((s) => s.location)).toContain('attachment[1] mac.zip › 書類/氏名.txt');
  });

  it('nested zip: entries of the inner archive are extracted', async () => {
    const result = await extractMessage(await mailWith('nested.zip'));
    const csv = result.tables.find((t) => t.location === 'attachment[1] nested.zip › inner.zip › 名簿.csv');
    expect(csv?.header).toEqual(['氏名', '住所', '電話番号']);
    expect(result.attachments[0]?.inspected).toBe(true);
  });

  it('ZipCrypto entry (zip -P) is reported encrypted; the plain entry beside it is still read', async () => {
    const result = await extractMessage(await mailWith('zipcrypto.zip'));
    expect(result.encrypted).toEqual([
      expect.objectContaining({ location: 'attachment[1] zipcrypto.zip › secret.txt', reason: 'encrypted', detail: expect.stringContaining('ZipCrypto') }),
    ]);
    expect(result.segments.find((s) => s.location === 'attachment[1] zipcrypto.zip › public.txt')?.text).toContain('公開情報');
    expect(result.attachments[0]).toMatchObject({ encrypted: true, inspected: false });
  });

  it('AES entry (7z -mem=AES256, method 99) is reported encrypted', async () => {
    const result = await extractMessage(await mailWith('aes.zip'));
    expect(result.encrypted).toEqual([expect.objectContaining({ location: 'attachment[1] aes.zip › secret.txt', detail: expect.stringContaining('AES') })]);
  });

  it('flat zip bomb (1000:1) stops at the ratio limit without inflating', async () => {
    const started = Date.now();
    const result = await extractMessage(await mailWith('bomb.zip'));
    expect(result.uninspectable).toEqual([expect.objectContaining({ location: 'attachment[1] bomb.zip', reason: 'limit_ratio' })]);
    expect(result.attachments[0]?.inspected).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000); // bounded even on a busy machine; speed itself is measured by `npm run bench`
  });

  it('an entry that lies about its size is stopped while inflating', async () => {
    const zip = writeZip([{ name: 'zeros.bin', data: Buffer.alloc(3 * 1024 * 1024) }]);
    // Claim 1000 bytes in the central directory: the actual inflated bytes must trip the limit.
    const centralSize = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(1000, centralSize + 24);
    zip.writeUInt32LE(1000, 22);
    const result = await extractMessage(await attach('liar.zip', zip));
    expect(result.uninspectable.length).toBeGreaterThan(0);
    expect(result.attachments[0]?.inspected).toBe(false);
    expect(result.segments.filter((s) => s.location.includes('zeros.bin'))).toEqual([]);
  });

  it('42.zip-style deep nesting stops at maxDepth with limit_depth', async () => {
    let zip = writeZip([{ name: 'core.txt', data: '山田太郎' }]);
    for (let level = 1; level <= 8; level++) zip = writeZip([{ name: `level${level}.zip`, data: zip }]);
    const result = await extractMessage(await attach('42.zip', zip));
    expect(result.uninspectable).toEqual([expect.objectContaining({ reason: 'limit_depth' })]);
    expect(result.uninspectable[0]?.location).toMatch(/^attachment\[1\] 42\.zip › level8\.zip › level7\.zip › level6\.zip › level5\.zip › level4\.zip$/);
    const shallow = await extractMessage(await attach('42.zip', zip), { maxDepth: 10 });
    expect(shallow.segments.some((s) => s.text === '山田太郎')).toBe(true);
  });

  it('overlapping entries (better zip bomb construction) are refused', async () => {
    const zip = writeZip([
      { name: 'a.txt', data: 'x'.repeat(5000) },
      { name: 'b.txt', data: 'y'.repeat(5000) },
    ]);
    // Point the second central directory record at the first entry's local header.
    const second = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 1);
    zip.writeUInt32LE(0, second + 42);
    const result = await extractMessage(await attach('overlap.zip', zip));
    expect(result.uninspectable).toEqual([expect.objectContaining({ reason: 'limit_ratio', detail: expect.stringContaining('overlap') })]);
  });

  it('truncated zip is corrupt, in bounded time', async () => {
    const zip = writeZip([{ name: '名簿.txt', data: '山田太郎 090-0000-1234\n'.repeat(200) }]);
    const result = await extractMessage(await attach('cut.zip', zip.subarray(0, Math.floor(zip.length / 2))));
    expect(result.uninspectable).toEqual([expect.objectContaining({ location: 'attachment[1] cut.zip', reason: 'corrupt' })]);
  });

  it('entry count, part size and total size limits are reported', async () => {
    const many = writeZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt`, data: `row ${i}` })));
    const entries = await extractMessage(await attach('many.zip', many), { maxEntriesPerArchive: 10 });
    expect(entries.uninspectable).toContainEqual(expect.objectContaining({ reason: 'limit_entries' }));
    expect(entries.segments.filter((s) => s.location.startsWith('attachment[1] many.zip'))).toHaveLength(10);

    const big = writeZip([{ name: 'big.txt', data: 'あ'.repeat(100_000) }]);
    const part = await extractMessage(await attach('big.zip', big), { maxPartBytes: 50_000 });
    expect(part.uninspectable).toContainEqual(expect.objectContaining({ location: 'attachment[1] big.zip › big.txt', reason: 'limit_size' }));

    const two = writeZip([
      { name: 'a.txt', data: 'い'.repeat(40_000) },
      { name: 'b.txt', data: 'う'.repeat(40_000) },
      { name: 'c.txt', data: 'え'.repeat(40_000) },
    ]);
    const total = await extractMessage(await attach('two.zip', two), { maxTotalUncompressedBytes: 200_000 });
    expect(total.uninspectable).toContainEqual(expect.objectContaining({ reason: 'limit_size', detail: expect.stringContaining('total') }));
  });

  it('other archive formats are unsupported, with their type', async () => {
    const rar = Buffer.concat([Buffer.from('Rar!\x1a\x07\x00', 'latin1'), Buffer.alloc(64)]);
    const result = await extractMessage(await attach('data.rar', rar));
    expect(result.uninspectable).toEqual([expect.objectContaining({ reason: 'unsupported_format', type: 'application/vnd.rar' })]);
  });

  it('a file with the 7z signature and nothing readable after it is corrupt, not clean', async () => {
    const sevenZip = Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), Buffer.alloc(64)]);
    const result = await extractMessage(await attach('data.7z', sevenZip));
    expect(result.uninspectable).toEqual([expect.objectContaining({ reason: 'corrupt', type: 'application/x-7z-compressed' })]);
  });

  it('CP932 decoding is not fooled by short ASCII names', async () => {
    const zip = writeZip([{ name: '', rawName: iconv.encode('ﾃｽﾄ.txt', 'cp932'), data: 'テスト' }]);
    const result = await extractMessage(await attach('kana.zip', zip));
    expect(result.segments.map((s) => s.location)).toContain('attachment[1] kana.zip › ﾃｽﾄ.txt');
  });
});
