/** Baseline (b): kuromoji tokenization alone, on every core at once (one worker thread per core). */
import os from 'node:os';
import { Worker } from 'node:worker_threads';

export interface TokenizerBaseline {
  threads: number;
  charsPerSecond: number;
  /** Chars per second of CPU time the process used (one core's speed when it has the core). */
  charsPerCpuSecond: number;
  textsPerSecond: number;
}

/** fast = the gateway's own tokenizer (same tokens); otherwise kuromoji exactly as shipped. */
export async function measureTokenizer(texts: string[], seconds: number, fast: boolean, threads = os.cpus().length): Promise<TokenizerBaseline> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./tokenizer-worker.js', import.meta.url), { workerData: { texts, fast } }));
  await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => (w.once('message', () => resolve()), w.once('error', reject)))));
  const done = workers.map(
    (w) => new Promise<{ chars: number; texts: number; seconds: number }>((resolve) => w.once('message', resolve)),
  );
  const cpuStart = process.cpuUsage();
  for (const w of workers) w.postMessage({ seconds });
  const results = await Promise.all(done);
  const usage = process.cpuUsage(cpuStart);
  await Promise.all(workers.map((w) => w.terminate()));
  const wall = Math.max(...results.map((r) => r.seconds));
  const chars = results.reduce((n, r) => n + r.chars, 0);
  const cpu = (usage.user + usage.system) / 1e6;
  return { threads, charsPerSecond: chars / wall, charsPerCpuSecond: chars / cpu, textsPerSecond: results.reduce((n, r) => n + r.texts, 0) / wall };
}
