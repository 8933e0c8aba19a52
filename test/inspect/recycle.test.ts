/**
 * A scan worker whose heap grew past recycleHeapMb is replaced once nothing waits for a worker
 * (the memory of a large attachment goes back to the system). Only between jobs: every message
 * still gets its own, complete result, whether scanned alone or while others wait.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log/logger.js';
import { ScanPool } from '../../src/inspect/scan-pool.js';

const logged: string[] = [];
const log = createLogger({ level: 'info', destination: new Writable({ write: (chunk, _e, done) => (logged.push(String(chunk)), done()) }) });
const replaced = () => logged.filter((l) => l.includes('scan worker replaced')).length;

const mail = (n: number) =>
  Buffer.from(`From: a@example.co.jp\r\nTo: b@partner.example.jp\r\nSubject: 名簿 ${n}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n社員番号 ${1000 + n} 氏名 山田太郎 電話 03-1234-${String(n).padStart(4, '0')}\r\n`);

describe('scan worker recycling', () => {
  let pool: ScanPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
    logged.length = 0;
  });

  it('replaces a worker over the heap limit between jobs, and every message gets its result', async () => {
    // Any heap is over 1 MiB: the worker is replaced whenever the pool is idle after a job. With
    // the hash key (as the gateway always passes one) a new worker hashes values alike.
    pool = new ScanPool({ size: 1, limits: {}, maxHeapMb: 512, recycleHeapMb: 1, hashKey: 'recycle', log });
    await pool.ready();
    const first = await pool.scan(mail(1));
    expect(first.detection.findings.length).toBeGreaterThan(0);
    expect(replaced()).toBe(1);
    // One at a time: each lands on a fresh worker and is scanned in full.
    const second = await pool.scan(mail(1));
    expect(second.detection).toEqual(first.detection);
    expect(replaced()).toBe(2);
    // Five at once on the single worker: no replacement while others wait, then one.
    const many = await Promise.all([2, 3, 4, 5, 6].map((n) => pool!.scan(mail(n))));
    for (const r of many) {
      expect(r.extraction.uninspectable).toEqual([]);
      expect(r.detection.findings.length).toBeGreaterThan(0);
    }
    expect(replaced()).toBe(3);
  }, 180_000);

  it('keeps a worker whose heap stays under the limit', async () => {
    pool = new ScanPool({ size: 1, limits: {}, maxHeapMb: 512, log });
    await pool.ready();
    for (const n of [1, 2, 3]) await pool.scan(mail(n));
    expect(replaced()).toBe(0);
  }, 120_000);
});
