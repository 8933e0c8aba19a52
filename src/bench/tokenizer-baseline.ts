/**
 * Baselines on every core at once (one worker thread per core): kuromoji as shipped, the
 * gateway's own tokenizer, and the gateway's whole inspection of a plain mail (the detector bound).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StageMode } from './tokenizer-worker.js';

export interface TokenizerBaseline {
  threads: number;
  /** Characters of body (tokenizers) or bytes of raw mail (detector) per second. */
  charsPerSecond: number;
  /** The same per second of CPU time the process used (one core's speed when it has the core). */
  charsPerCpuSecond: number;
  /** Mails per second. */
  textsPerSecond: number;
  /** CPU milliseconds per mail. */
  cpuMsPerText: number;
}

export async function measureStage(input: { texts?: string[]; mails?: Uint8Array[] }, seconds: number, mode: StageMode, threads = os.cpus().length): Promise<TokenizerBaseline> {
  const workerData = { texts: input.texts ?? [], mails: input.mails ?? [], mode };
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./tokenizer-worker.js', import.meta.url), { workerData }));
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
  const count = results.reduce((n, r) => n + r.texts, 0);
  const cpu = (usage.user + usage.system) / 1e6;
  return { threads, charsPerSecond: chars / wall, charsPerCpuSecond: chars / cpu, textsPerSecond: count / wall, cpuMsPerText: (cpu * 1000) / Math.max(1, count) };
}

/** Tokenization alone: fast = the gateway's own tokenizer (same tokens); otherwise kuromoji exactly as shipped. */
export function measureTokenizer(texts: string[], seconds: number, fast: boolean, threads = os.cpus().length): Promise<TokenizerBaseline> {
  return measureStage({ texts }, seconds, fast ? 'own-tokenizer' : 'kuromoji', threads);
}
