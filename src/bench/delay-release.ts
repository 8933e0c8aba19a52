/**
 * "1,000 delayed messages released within 1 s of their due time": the worst case for the send
 * delay is a burst — every message due at the same instant. The store of a fresh gateway data
 * directory is filled with `count` messages in `delayed`, all due `leadMs` from now; then the
 * gateway process starts on that directory (so the release loop finds them on its own, as after
 * a restart) and the sink records when each arrived. Lateness = arrival at the sink − due time.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../store/sqlite.js';
import { startGatewayProcess } from './children.js';
import { plainMail } from './mail.js';
import type { Sink } from './sink.js';
import { percentiles, type Percentiles } from './stats.js';

export interface DelayReleaseResult {
  count: number;
  delivered: number;
  /** Release (delayed → queued, the audit event's time) minus due time, ms. */
  released: Percentiles;
  /** Arrival at the sink minus due time (ms): release plus relaying the burst. */
  lateness: Percentiles;
  /** Earliest arrival relative to the due time (a release before it would be a bug). */
  earliestMs: number;
}

export async function measureDelayRelease(sink: Sink, count = 1_000, leadMs = 8_000): Promise<DelayReleaseResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dlp-bench-delay-'));
  const store = new SqliteStore(path.join(dataDir, 'gateway.db'));
  // Written in parallel: the store's group commit makes it a few fsyncs, not a thousand.
  const ids = Array.from({ length: count }, (_, n) => `d${n}`);
  const queueId = (n: number) => `DELAY${String(n).padStart(6, '0')}`;
  await Promise.all(
    ids.map((benchId, n) =>
      store.accept(
        { id: queueId(n), receivedAt: Date.now(), mailFrom: 'yamada.taro@example.co.jp', rcptTo: ['sato.hanako@partner.example.jp'], raw: plainMail(benchId, n), client: { bench: true } },
        { at: Date.now(), messageId: queueId(n), actor: 'bench', action: 'received' },
      ),
    ),
  );
  // Every message due at the same instant, `leadMs` after the store is ready.
  const dueAt = Date.now() + leadMs;
  await Promise.all(
    ids.map((_, n) => store.update(queueId(n), ['received'], { state: 'delayed', nextAttemptAt: dueAt }, { at: Date.now(), messageId: queueId(n), actor: 'bench', action: 'passed', detail: { delayMs: leadMs } })),
  );
  await store.close();
  const gateway = await startGatewayProcess(sink.port, { dataDir });
  try {
    const waitMs = Math.max(0, dueAt - Date.now()) + 60_000;
    await sink.waitFor(ids, waitMs);
    // sink.arrivals are performance.now() of this process; the due time is wall-clock.
    const late = ids.flatMap((id) => {
      const at = sink.arrivals.get(id);
      return at === undefined ? [] : [performance.timeOrigin + at - dueAt];
    });
    const db = new Database(path.join(dataDir, 'gateway.db'), { readonly: true, fileMustExist: true });
    const releasedAt = (db.prepare("SELECT at FROM audit_events WHERE action = 'delay_released'").all() as Array<{ at: number }>).map((r) => r.at - dueAt);
    db.close();
    if (process.env.BENCH_DEBUG) process.stderr.write(`released deciles: ${[...releasedAt].sort((a, b) => a - b).filter((_, i) => i % 100 === 0).join(' ')}\n`);
    return { count, delivered: late.length, released: percentiles(releasedAt), lateness: percentiles(late), earliestMs: late.length ? Math.min(...late) : NaN };
  } finally {
    await gateway.stop();
  }
}
