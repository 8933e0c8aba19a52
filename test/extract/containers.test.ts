/**
 * 7z, tar, tar.gz/tgz and single-file gzip, made by the real tools (7z, tar, gzip) at test time:
 * every entry located down to the cell, people counted as for a zip, encryption reported.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { extractMessage } from '../../src/extract/index.js';
import { detector } from '../detect/helpers.js';
import { compose } from './compose.js';
import { itWithTools, runIn, scratch } from './tools.js';
import { writeZip } from './zip-writer.js';

const people = [
  ['山田太郎', '東京都千代田区千代田1-1', '090-0000-1234', 'taro.yamada@example.jp'],
  ['佐藤花子', '大阪府大阪市北区梅田2-2', '080-0000-5678', 'hanako.sato@example.jp'],
  ['鈴木一郎', '愛知県名古屋市中区栄3-3', '070-0000-9012', 'ichiro.suzuki@example.jp'],
  ['高橋美咲', '福岡県福岡市博多区4-4', '090-0000-3456', 'misaki.takahashi@example.jp'],
  ['田中健太', '北海道札幌市中央区5-5', '080-0000-7890', 'kenta.tanaka@example.jp'],
];
const rosterCsv = ['氏名,住所,電話番号,メールアドレス', ...people.map((p) => p.join(','))].join('\n') + '\n';

const work = scratch({ '2024/一覧.csv': rosterCsv, 'readme.txt': '名簿を送付します。\n', 'secret/給与.csv': rosterCsv });
afterAll(() => work.cleanup());

const attach = (filename: string, content: Buffer): Promise<Buffer> => compose({ attachments: [{ filename, content }] });

async function personCount(raw: Buffer): Promise<number> {
  const result = await extractMessage(raw);
  return (await detector()).detect(result).summary.personCount;
}

const it7z = itWithTools(['7z']);
const itTar = itWithTools(['tar', 'gzip']);
const itXz = itWithTools(['7z', 'tar', 'xz', 'bzip2']);

describe('7z archives (7-Zip)', () => {
  it7z('plain 7z: the csv inside is a table located down to the cell, people counted', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '../out/名簿.7z', '2024', 'readme.txt']);
    const raw = await attach('名簿.7z', work.read('名簿.7z'));
    const result = await extractMessage(raw);
    const table = result.tables.find((t) => t.location === 'attachment[1] 名簿.7z › 2024/一覧.csv');
    expect(table?.header).toEqual(['氏名', '住所', '電話番号', 'メールアドレス']);
    expect(table?.rows[0]?.cells[2]).toEqual({ column: 2, location: 'attachment[1] 名簿.7z › 2024/一覧.csv › C2', text: '090-0000-1234' });
    expect(result.segments.map((s) => s.location)).toContain('attachment[1] 名簿.7z › readme.txt');
    expect(result.attachments[0]).toMatchObject({ inspected: true, encrypted: false });
    expect(await personCount(raw)).toBe(5);
  });

  it7z('AES-encrypted 7z (file contents): each entry is reported encrypted, nothing read', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '-pmitsu-2024', '../out/enc.7z', '2024']);
    const result = await extractMessage(await attach('enc.7z', work.read('enc.7z')));
    expect(result.encrypted).toEqual([expect.objectContaining({ location: 'attachment[1] enc.7z › 2024/一覧.csv', reason: 'encrypted' })]);
    expect(result.tables).toEqual([]);
    expect(result.attachments[0]).toMatchObject({ encrypted: true, inspected: false });
    const detection = (await detector()).detect(result);
    expect(detection.findings.map((f) => f.category)).toContain('encrypted_attachment');
  });

  it7z('7z with encrypted names (-mhe=on): the archive as a whole is encrypted', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '-pmitsu-2024', '-mhe=on', '../out/enc-names.7z', '2024']);
    const result = await extractMessage(await attach('enc-names.7z', work.read('enc-names.7z')));
    expect(result.encrypted).toEqual([expect.objectContaining({ location: 'attachment[1] enc-names.7z', reason: 'encrypted' })]);
  });

  it7z('7z holding a zip holding a csv: located through both', async () => {
    const zip = writeZip([{ name: '一覧.csv', data: rosterCsv }]);
    const nested = scratch({ 'inner.zip': zip });
    try {
      runIn(nested.dir, '7z', ['a', '-bd', '../out/outer.7z', 'inner.zip']);
      const result = await extractMessage(await attach('outer.7z', nested.read('outer.7z')));
      expect(result.tables.map((t) => t.location)).toEqual(['attachment[1] outer.7z › inner.zip › 一覧.csv']);
    } finally {
      nested.cleanup();
    }
  });

  it7z('a damaged 7z is corrupt, not clean', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '../out/damaged.7z', '2024']);
    const bytes = work.read('damaged.7z');
    const result = await extractMessage(await attach('damaged.7z', bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(result.uninspectable).toEqual([expect.objectContaining({ location: 'attachment[1] damaged.7z', reason: 'corrupt' })]);
    expect(result.attachments[0]?.inspected).toBe(false);
  });
});

describe('7z without the 7z command', () => {
  it('is an internal_error naming the package to install, never clean', async () => {
    const sevenZip = Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), Buffer.alloc(64)]);
    const saved = process.env['DLP_7Z_PATH'];
    process.env['DLP_7Z_PATH'] = '/nonexistent/7z';
    try {
      const result = await extractMessage(await attach('名簿.7z', sevenZip));
      expect(result.uninspectable).toEqual([expect.objectContaining({ location: 'attachment[1] 名簿.7z', reason: 'internal_error', detail: expect.stringContaining('p7zip-full') })]);
      expect(result.attachments[0]?.inspected).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['DLP_7Z_PATH'];
      else process.env['DLP_7Z_PATH'] = saved;
    }
  });
});

describe('tar, tar.gz and gzip (GNU tar, gzip)', () => {
  itTar('tar.gz: entries located without a gzip level, people counted', async () => {
    runIn(work.dir, 'tar', ['czf', '../out/名簿.tar.gz', '2024', 'readme.txt']);
    const raw = await attach('名簿.tar.gz', work.read('名簿.tar.gz'));
    const result = await extractMessage(raw);
    const table = result.tables.find((t) => t.location === 'attachment[1] 名簿.tar.gz › 2024/一覧.csv');
    expect(table?.rows[4]?.cells[0]).toEqual({ column: 0, location: 'attachment[1] 名簿.tar.gz › 2024/一覧.csv › A6', text: '田中健太' });
    expect(result.segments.map((s) => s.location)).toContain('attachment[1] 名簿.tar.gz › readme.txt');
    expect(result.attachments[0]?.inspected).toBe(true);
    expect(await personCount(raw)).toBe(5);
  });

  itTar('plain tar and .tgz', async () => {
    runIn(work.dir, 'tar', ['cf', '../out/名簿.tar', '2024']);
    runIn(work.dir, 'tar', ['czf', '../out/名簿.tgz', '2024']);
    for (const name of ['名簿.tar', '名簿.tgz']) {
      const result = await extractMessage(await attach(name, work.read(name)));
      expect(result.tables.map((t) => t.location)).toEqual([`attachment[1] ${name} › 2024/一覧.csv`]);
    }
  });

  itTar('single-file gzip (一覧.csv.gz): the csv is a table at the attachment itself', async () => {
    runIn(work.dir, 'gzip', ['-k', '-f', '2024/一覧.csv']);
    const bytes = readFileSync(`${work.dir}/in/2024/一覧.csv.gz`);
    rmSync(`${work.dir}/in/2024/一覧.csv.gz`);
    const raw = await attach('一覧.csv.gz', bytes);
    const result = await extractMessage(raw);
    expect(result.tables.map((t) => t.location)).toEqual(['attachment[1] 一覧.csv.gz']);
    expect(result.tables[0]?.rows[1]?.cells[1]?.location).toBe('attachment[1] 一覧.csv.gz › B3');
    expect(await personCount(raw)).toBe(5);
  });

  itTar('names: CP932 bytes (tar from Japanese Windows) and UTF-8 in ustar and PAX headers are all read as Japanese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-tar-names-'));
    try {
      mkdirSync(join(dir, 'in'));
      writeFileSync(Buffer.concat([Buffer.from(join(dir, 'in') + '/'), iconv.encode('社員名簿.csv', 'cp932')]), rosterCsv);
      execFileSync('tar', ['--format=ustar', '-cf', '../cp932.tar', '.'], { cwd: join(dir, 'in') });
      rmSync(join(dir, 'in'), { recursive: true });
      mkdirSync(join(dir, 'in'));
      writeFileSync(join(dir, 'in', '社員名簿.csv'), rosterCsv);
      execFileSync('tar', ['--format=pax', '-cf', '../pax.tar', '社員名簿.csv'], { cwd: join(dir, 'in'), env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      execFileSync('tar', ['--format=ustar', '-cf', '../utf8.tar', '社員名簿.csv'], { cwd: join(dir, 'in') });
      for (const name of ['cp932.tar', 'pax.tar', 'utf8.tar']) {
        const result = await extractMessage(await attach(name, readFileSync(join(dir, name))));
        expect(result.tables.map((t) => t.location.replace('› ./', '› '))).toEqual([`attachment[1] ${name} › 社員名簿.csv`]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  itTar('zip holding a tar.gz holding a csv', async () => {
    runIn(work.dir, 'tar', ['czf', '../out/inner.tar.gz', '2024']);
    const zip = writeZip([{ name: '送付/inner.tar.gz', data: work.read('inner.tar.gz') }]);
    const result = await extractMessage(await attach('送付.zip', zip));
    expect(result.tables.map((t) => t.location)).toEqual(['attachment[1] 送付.zip › 送付/inner.tar.gz › 2024/一覧.csv']);
  });

  itTar('a truncated tar.gz is corrupt, not clean', async () => {
    runIn(work.dir, 'tar', ['czf', '../out/cut.tar.gz', '2024', 'secret']);
    const bytes = work.read('cut.tar.gz');
    const result = await extractMessage(await attach('cut.tar.gz', bytes.subarray(0, bytes.length - 40)));
    expect(result.uninspectable).toEqual([expect.objectContaining({ location: 'attachment[1] cut.tar.gz', reason: 'corrupt' })]);
    expect(result.attachments[0]?.inspected).toBe(false);
  });
});

describe('bzip2 and xz (bzip2, xz, GNU tar; read through 7z)', () => {
  itXz('single-file .csv.xz and .csv.bz2: the csv is a table at the attachment itself, people counted', async () => {
    runIn(work.dir, 'xz', ['-k', '-f', '2024/一覧.csv']);
    runIn(work.dir, 'bzip2', ['-k', '-f', '2024/一覧.csv']);
    for (const ext of ['xz', 'bz2']) {
      const bytes = readFileSync(`${work.dir}/in/2024/一覧.csv.${ext}`);
      rmSync(`${work.dir}/in/2024/一覧.csv.${ext}`);
      const raw = await attach(`一覧.csv.${ext}`, bytes);
      const result = await extractMessage(raw);
      expect(result.tables.map((t) => t.location)).toEqual([`attachment[1] 一覧.csv.${ext}`]);
      expect(result.tables[0]?.rows[1]?.cells[1]?.location).toBe(`attachment[1] 一覧.csv.${ext} › B3`);
      expect(result.attachments[0]?.inspected).toBe(true);
      expect(await personCount(raw)).toBe(5);
    }
  });

  itXz('tar.xz, tar.bz2 and .txz: entries located through the tar', async () => {
    runIn(work.dir, 'tar', ['cJf', '../out/名簿.tar.xz', '2024']);
    runIn(work.dir, 'tar', ['cjf', '../out/名簿.tar.bz2', '2024']);
    runIn(work.dir, 'tar', ['cJf', '../out/名簿.txz', '2024']);
    for (const name of ['名簿.tar.xz', '名簿.tar.bz2', '名簿.txz']) {
      const result = await extractMessage(await attach(name, work.read(name)));
      expect(result.tables.map((t) => t.location)).toEqual([`attachment[1] ${name} › 2024/一覧.csv`]);
    }
  });

  itXz('a truncated .xz or .bz2 is corrupt, not clean', async () => {
    runIn(work.dir, 'tar', ['cJf', '../out/cut.tar.xz', '2024', 'secret']);
    runIn(work.dir, 'tar', ['cjf', '../out/cut.tar.bz2', '2024', 'secret']);
    for (const name of ['cut.tar.xz', 'cut.tar.bz2']) {
      const bytes = work.read(name);
      const result = await extractMessage(await attach(name, bytes.subarray(0, Math.floor(bytes.length / 2))));
      expect(result.uninspectable).toEqual([expect.objectContaining({ location: `attachment[1] ${name}`, reason: 'corrupt' })]);
      expect(result.attachments[0]?.inspected).toBe(false);
    }
  });
});
