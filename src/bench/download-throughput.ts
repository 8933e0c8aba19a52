/**
 * Download throughput of one 10 MB file through the recipients' listener (decrypt from the
 * store, count, log, send), and the cost of the release step that stores it (MIME rewrite +
 * AES-256-GCM). A row of `npm run bench` (BENCH_DOWNLOADS, 0 = skip), or standalone:
 *   npm run build && node dist/bench/download-throughput.js   (BENCH_DOWNLOADS=20 by default)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SqliteStore } from '../store/sqlite.js';
import { FileVault } from '../release/vault.js';
import { createSeparateAttachments } from '../release/separate-attachments.js';
import { createDownloadServer } from '../download/server.js';
import type { Verdict } from '../policy/types.js';

export interface DownloadBench {
  fileBytes: number;
  releaseMs: number;
  downloads: number;
  seconds: number;
  megabytesPerSecond: number;
}

export async function measureDownloadThroughput(downloads = 20, fileBytes = 10 * 1024 * 1024): Promise<DownloadBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dlp-bench-dl-'));
  const store = new SqliteStore(path.join(dir, 'gateway.db'));
  const vault = new FileVault(randomBytes(32));
  const clock = { now: () => Date.now() };
  try {
    const file = randomBytes(fileBytes);
    const raw = Buffer.from(
      [
        'From: a@example.co.jp', 'To: b@partner.example.jp', 'Subject: bench', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary=b', '',
        '--b', 'Content-Type: text/plain; charset=UTF-8', '', '資料をお送りします。', '--b',
        'Content-Type: application/octet-stream; name="data.bin"', 'Content-Disposition: attachment; filename="data.bin"', 'Content-Transfer-Encoding: base64', '',
        (file.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n'), '--b--', '',
      ].join('\r\n'),
    );
    const step = createSeparateAttachments({ store, vault, publicUrl: 'http://127.0.0.1' });
    const verdict = { verdict: 'pass', separateAttachments: { expiryMs: 86_400_000, maxDownloads: null, verifyCode: false, notifySender: false, exceptPartners: [], exceptDomains: [], keepBelowBytes: null, keepTypes: [] } } as unknown as Verdict;
    const t0 = performance.now();
    await step.apply(raw, { id: 'bench1', mailFrom: 'a@example.co.jp', recipients: ['b@partner.example.jp'], verdict, releaseAs: null, now: clock.now() });
    const releaseMs = performance.now() - t0;
    const token = vault.linkToken('bench1');
    const app = await createDownloadServer({
      store, vault, clock, publicUrl: 'http://127.0.0.1',
      settings: { codeTtlMs: 600_000, maxFailures: 5, lockMs: 900_000, maxRequestsPerHour: 5, grantMs: 3_600_000 },
      sendNotice: async () => undefined,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const started = performance.now();
    for (let i = 0; i < downloads; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/d/${token}/f/0`);
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200 || body.length !== fileBytes) throw new Error(`download ${i} failed: ${response.status}, ${body.length} bytes`);
    }
    const seconds = (performance.now() - started) / 1000;
    await app.close();
    return { fileBytes, releaseMs, downloads, seconds, megabytesPerSecond: (downloads * fileBytes) / 1024 / 1024 / seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureDownloadThroughput(Number(process.env.BENCH_DOWNLOADS ?? 20));
  process.stdout.write(
    `download of a ${(result.fileBytes / 1024 / 1024).toFixed(0)} MB file: ${result.downloads} downloads in ${result.seconds.toFixed(2)} s = ${result.megabytesPerSecond.toFixed(0)} MB/s; ` +
      `release step (rewrite + encrypt + store): ${result.releaseMs.toFixed(0)} ms\n`,
  );
}
