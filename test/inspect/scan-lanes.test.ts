import { afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log/logger.js';
import { ScanPool } from '../../src/inspect/scan-pool.js';

const quiet = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }) });

function mail(subject: string, body: string): Buffer {
  return Buffer.from(`From: a@example.co.jp\r\nTo: b@partner.example.jp\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n${body}\r\n`);
}

/** A message over the pool's large-lane boundary: a roster of synthetic rows. */
const large = (n: number) => mail(`large ${n}`, Array.from({ length: 400 }, (_, i) => `社員番号 ${1000 + i} 氏名 山田太郎 電話 03-1234-${String(i).padStart(4, '0')}`).join('\r\n'));
const small = mail('small', 'いつもお世話になっております。来週の打ち合わせの件です。');

describe('scan pool lanes', () => {
  let pool: ScanPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('keeps a worker for small mail while large messages wait their turn, and scans every message', async () => {
    pool = new ScanPool({ size: 2, limits: {}, maxHeapMb: 512, largeMessageBytes: 8 * 1024, log: quiet });
    await pool.ready();
    expect(pool.laneOf(large(0).length)).toBe('large');
    expect(pool.laneOf(small.length)).toBe('small');

    const finished: string[] = [];
    const track = (name: string, p: Promise<{ detection: { findings: unknown[] } }>) => p.then((r) => (finished.push(name), r));
    const larges = [1, 2, 3].map((n) => track(`large ${n}`, pool!.scan(large(n))));
    // Large messages use at most one of the two workers: two are left waiting…
    expect(pool.waiting).toEqual({ small: 0, large: 2 });
    const smallDone = track('small', pool.scan(small));
    // …and the small message went straight to the free worker.
    expect(pool.waiting).toEqual({ small: 0, large: 2 });
    const results = await Promise.all([...larges, smallDone]);
    expect(finished.indexOf('small')).toBeLessThan(finished.indexOf('large 3'));
    for (const r of results.slice(0, 3)) expect(r.detection.findings.length).toBeGreaterThan(0);
  }, 120_000);

  it('starts a large message only when no small mail is being scanned, even with a worker free', async () => {
    pool = new ScanPool({ size: 2, limits: {}, maxHeapMb: 512, largeMessageBytes: 8 * 1024, log: quiet });
    await pool.ready();
    const order: string[] = [];
    const smallDone = pool.scan(small).then(() => order.push('small'));
    const largeDone = pool.scan(large(1)).then((r) => (order.push('large'), r));
    // One worker is free, but small mail is being scanned: the large message waits for it.
    expect(pool.waiting).toEqual({ small: 0, large: 1 });
    const [, r] = await Promise.all([smallDone, largeDone]);
    expect(order).toEqual(['small', 'large']);
    expect(r.detection.findings.length).toBeGreaterThan(0);
  }, 120_000);

  it('starts a large message once it has waited largeMaxWaitMs, while small mail keeps both workers busy', async () => {
    pool = new ScanPool({ size: 2, limits: {}, maxHeapMb: 512, largeMessageBytes: 8 * 1024, largeMaxWaitMs: 300, log: quiet });
    await pool.ready();
    let streaming = true;
    let smallsDone = 0;
    // Two streams of small mail: whenever one finishes, the other is still being scanned.
    const stream = async () => {
      while (streaming) {
        await pool!.scan(small);
        smallsDone++;
      }
    };
    const streams = [stream(), stream()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = smallsDone;
    const queuedAt = performance.now();
    const result = await pool.scan(large(1));
    const waited = performance.now() - queuedAt;
    const during = smallsDone - before;
    streaming = false;
    await Promise.all(streams);
    // It waited its turn while small mail went on, and was not starved by it.
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(during).toBeGreaterThan(0);
    expect(result.detection.findings.length).toBeGreaterThan(0);
  }, 120_000);

  it('scans small mail before large mail that waits in the queue, with one worker', async () => {
    pool = new ScanPool({ size: 1, limits: {}, maxHeapMb: 512, largeMessageBytes: 8 * 1024, log: quiet });
    await pool.ready();
    const order: string[] = [];
    const all = [
      pool.scan(large(1)).then(() => order.push('large 1')),
      pool.scan(large(2)).then(() => order.push('large 2')),
      pool.scan(small).then(() => order.push('small')),
    ];
    expect(pool.waiting).toEqual({ small: 1, large: 1 });
    await Promise.all(all);
    expect(order).toEqual(['large 1', 'small', 'large 2']);
  }, 120_000);
});
