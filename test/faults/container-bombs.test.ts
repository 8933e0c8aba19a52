/**
 * Bombs and limits for the containers beyond zip (7z, tar, tar.gz, gzip), made with the real
 * tools: compression ratio, nesting depth, entry count, part size and time. Each stops fast with
 * the limit reported at the right location, and the part is never reported as inspected.
 */
import { copyFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect } from 'vitest';
import type { InspectionReport } from '../../src/pipeline/types.js';
import { sampleMail, startGateway, waitUntil } from '../helpers/gateway.js';
import { greet } from '../helpers/smtp-client.js';
import { TestUpstream } from '../helpers/upstream.js';
import { extractMessage } from '../../src/extract/index.js';
import { compose } from '../extract/compose.js';
import { itWithTools, runIn, scratch } from '../extract/tools.js';

const attach = (filename: string, content: Buffer): Promise<Buffer> => compose({ attachments: [{ filename, content }] });
const many: Record<string, string> = {};
for (let i = 1; i <= 40; i++) many[`many/file${String(i).padStart(2, '0')}.txt`] = `メモ ${i}\n`;
const work = scratch({ 'zeros.bin': Buffer.alloc(20 * 1024 * 1024), 'core.txt': '山田太郎 090-0000-1234\n', 'big.txt': '社外秘メモ。'.repeat(500), ...many });
afterAll(() => work.cleanup());

const it7z = itWithTools(['7z']);
const itTar = itWithTools(['tar', 'gzip']);
const itXz = itWithTools(['7z', 'xz', 'bzip2']);

async function expectStopped(name: string, bytes: Buffer, reason: string, location: RegExp, limits = {}): Promise<void> {
  const started = Date.now();
  const result = await extractMessage(await attach(name, bytes), limits);
  expect(result.uninspectable).toEqual(expect.arrayContaining([expect.objectContaining({ reason, location: expect.stringMatching(location) })]));
  expect(result.attachments[0]?.inspected).toBe(false);
  expect(Date.now() - started).toBeLessThan(5000);
}

/** Wraps `inner` in `levels` containers made by `wrap(level, innerName)`, returning the outermost name. */
function nest(levels: number, first: string, wrap: (level: number, inner: string) => string): string {
  let inner = first;
  for (let level = 1; level <= levels; level++) {
    const outer = wrap(level, inner);
    copyFileSync(work.path(`out/${outer}`), work.path(`in/${outer}`));
    inner = outer;
  }
  return inner;
}

describe('7z bombs and limits', () => {
  it7z('ratio: 20 MiB of zeros in a few KB is refused from the listing, before decompressing', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '../out/zeros.7z', 'zeros.bin']);
    await expectStopped('zeros.7z', work.read('zeros.7z'), 'limit_ratio', /^attachment\[1\] zeros\.7z$/);
  });

  it7z('entry count over the limit', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '../out/many.7z', 'many']);
    await expectStopped('many.7z', work.read('many.7z'), 'limit_entries', /^attachment\[1\] many\.7z$/, { maxEntriesPerArchive: 10 });
  });

  it7z('nesting: 7z in 7z past maxDepth stops with limit_depth', async () => {
    const outer = nest(7, 'core.txt', (level, inner) => {
      runIn(work.dir, '7z', ['a', '-bd', `../out/level${level}.7z`, inner]);
      return `level${level}.7z`;
    });
    await expectStopped(outer, work.read(outer), 'limit_depth', /level7\.7z › level6\.7z › level5\.7z › level4\.7z › level3\.7z › level2\.7z$/);
  });

  it7z('part size: an entry larger than maxPartBytes is not decompressed', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '../out/big.7z', 'big.txt', 'many/file01.txt']);
    const result = await extractMessage(await attach('big.7z', work.read('big.7z')), { maxPartBytes: 1000 });
    expect(result.uninspectable).toEqual([expect.objectContaining({ reason: 'limit_size', location: 'attachment[1] big.7z › big.txt' })]);
    expect(result.segments.map((s) => s.location)).toContain('attachment[1] big.7z › many/file01.txt');
  });

  it7z('time: the 7z process is killed at the part deadline', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '../out/slow.7z', 'many']);
    await expectStopped('slow.7z', work.read('slow.7z'), 'limit_time', /^attachment\[1\] slow\.7z/, { partTimeMs: 1 });
  });
});

describe('xz and bzip2 bombs and limits', () => {
  itXz('ratio: 20 MiB of zeros in .xz and .bz2 stop while decompressing (the size is never declared)', async () => {
    runIn(work.dir, 'xz', ['-k', '-f', 'zeros.bin']);
    runIn(work.dir, 'bzip2', ['-k', '-f', 'zeros.bin']);
    for (const ext of ['xz', 'bz2']) {
      copyFileSync(work.path(`in/zeros.bin.${ext}`), work.path(`out/zeros.bin.${ext}`));
      await expectStopped(`zeros.bin.${ext}`, work.read(`zeros.bin.${ext}`), 'limit_ratio', new RegExp(`^attachment\\[1\\] zeros\\.bin\\.${ext}$`));
    }
  });

  itXz('part size: a stream larger than maxPartBytes is stopped', async () => {
    runIn(work.dir, 'xz', ['-k', '-f', 'big.txt']);
    copyFileSync(work.path('in/big.txt.xz'), work.path('out/big.txt.xz'));
    await expectStopped('big.txt.xz', work.read('big.txt.xz'), 'limit_size', /^attachment\[1\] big\.txt\.xz$/, { maxPartBytes: 1000 });
  });
});

describe('tar and gzip bombs and limits', () => {
  itTar('gzip ratio: 20 MiB of zeros (≈1000:1) stops while inflating', async () => {
    runIn(work.dir, 'gzip', ['-k', '-f', 'zeros.bin']);
    copyFileSync(work.path('in/zeros.bin.gz'), work.path('out/zeros.bin.gz'));
    await expectStopped('zeros.bin.gz', work.read('zeros.bin.gz'), 'limit_ratio', /^attachment\[1\] zeros\.bin\.gz$/);
  });

  itTar('tar.gz ratio: the same zeros inside a tarball', async () => {
    runIn(work.dir, 'tar', ['czf', '../out/zeros.tar.gz', 'zeros.bin']);
    await expectStopped('zeros.tar.gz', work.read('zeros.tar.gz'), 'limit_ratio', /^attachment\[1\] zeros\.tar\.gz$/);
  });

  itTar('gzip in gzip in gzip … past maxDepth stops with limit_depth', async () => {
    const outer = nest(7, 'core.txt', (level, inner) => {
      runIn(work.dir, 'gzip', ['-k', '-f', '-S', `.${level}.gz`, inner]);
      copyFileSync(work.path(`in/${inner}.${level}.gz`), work.path(`out/${inner}.${level}.gz`));
      return `${inner}.${level}.gz`;
    });
    await expectStopped(outer, work.read(outer), 'limit_depth', /^attachment\[1\] core\.txt\.1\.gz/);
  });

  itTar('tar in tar past maxDepth stops with limit_depth', async () => {
    const outer = nest(7, 'core.txt', (level, inner) => {
      runIn(work.dir, 'tar', ['cf', `../out/level${level}.tar`, inner]);
      return `level${level}.tar`;
    });
    await expectStopped(outer, work.read(outer), 'limit_depth', /level7\.tar › level6\.tar › level5\.tar › level4\.tar › level3\.tar › level2\.tar$/);
  });

  itTar('tar entry count over the limit', async () => {
    runIn(work.dir, 'tar', ['cf', '../out/many.tar', 'many']);
    await expectStopped('many.tar', work.read('many.tar'), 'limit_entries', /^attachment\[1\] many\.tar$/, { maxEntriesPerArchive: 10 });
  });

  itTar('tar time: the walk stops at the part deadline', async () => {
    runIn(work.dir, 'tar', ['czf', '../out/slow.tgz', 'many']);
    await expectStopped('slow.tgz', work.read('slow.tgz'), 'limit_time', /^attachment\[1\] slow\.tgz/, { partTimeMs: 1 });
  });
});

describe('container bombs through the gateway (worker threads, nothing lost)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it7z('a 7z bomb to an outside recipient is held as uninspectable; the worker goes on and relays the next mail', async () => {
    runIn(work.dir, '7z', ['a', '-bd', '../out/gw-bomb.7z', 'zeros.bin']);
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    const gw = await startGateway({ 'upstream.url': upstream.url, 'processing.concurrency': 1 }, {}, { inspect: true });
    cleanups.push(() => gw.cleanup());
    const { client } = await greet(gw.smtpPort);
    const bomb = await compose({ attachments: [{ filename: '資料.7z', content: work.read('gw-bomb.7z') }] });
    const bombAnswer = await client.send('taro@example.co.jp', ['partner@customer.example.com'], bomb);
    const ordinary = sampleMail({ to: ['suzuki@customer.example.com'], subject: '会議室', body: '鈴木様\r\n\r\n明日の会議室は3階です。\r\n' });
    const passAnswer = await client.send('taro@example.co.jp', ['suzuki@customer.example.com'], ordinary);
    client.destroy();
    expect(bombAnswer).toMatch(/^250/);
    const bombId = /queued as (\S+)/.exec(bombAnswer)![1]!;
    await waitUntil(async () => (await gw.store.get(bombId))?.state !== 'received', 60_000, 'inspection of the 7z bomb');
    const held = (await gw.store.get(bombId))!;
    expect(held.state).toBe('awaiting_self_check');
    const report = held.inspection as InspectionReport;
    expect(report.verdict.matched.map((m) => m.id)).toContain('external-uninspectable');
    expect(JSON.stringify(report.details)).toContain('limit_ratio');
    const mails = await upstream.waitFor(2, 60_000);
    expect(mails.some((m) => m.rcptTo.includes('suzuki@customer.example.com'))).toBe(true);
    expect(passAnswer).toMatch(/^250/);
    // Starting the inspection workers (the tokenizer) dominates; a shared 2-core CI machine is slow.
  }, 120_000);
});
