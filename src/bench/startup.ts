/**
 * Start-up and memory figures: a cold `dlp-gateway scan` of a small mail (a new process each
 * time, as compliance staff and CI run it), kuromoji's own dictionary build for comparison, the
 * time from a gateway's spawn to its workers being ready, and the RSS one more scan worker adds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, startGatewayProcess, type GatewayProcess } from './children.js';
import { closedLoop } from './load-node.js';
import { plainMail } from './mail.js';
import { procMemory } from './proc-stats.js';
import { percentiles, type Percentiles } from './stats.js';

/** Wall time (ms) of a child process from spawn to exit; rejects on a non-zero exit. */
function timedRun(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

export interface ColdStart {
  /** `dlp-gateway scan small.eml --json`, a new process per run. */
  scanMs: Percentiles;
  scanBytes: number;
  /** kuromoji's `builder().build()` in a new process. */
  kuromojiBuildMs: Percentiles;
}

export async function coldStart(runs: number): Promise<ColdStart> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dlp-bench-scan-'));
  try {
    const file = path.join(dir, 'small.eml');
    const raw = plainMail('cold-scan', 0);
    writeFileSync(file, raw);
    const cli = path.join(projectRoot, 'bin/dlp-gateway.js');
    await timedRun([cli, 'scan', file, '--json']); // warm the page cache, as a second run would find it
    const scan: number[] = [];
    const build: number[] = [];
    for (let i = 0; i < runs; i++) {
      scan.push(await timedRun([cli, 'scan', file, '--json']));
      build.push(await timedRun([path.join(projectRoot, 'dist/bench/kuromoji-build-process.js')]));
    }
    return { scanMs: percentiles(scan), scanBytes: raw.length, kuromojiBuildMs: percentiles(build) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface WorkerMemory {
  /** RSS (bytes) of a gateway with this many scan workers after 300 plain messages. */
  rssByWorkers: Array<{ workers: number; rssBytes: number }>;
  perExtraWorkerBytes: number;
  /** Spawn to "inspection workers ready", ms, one per gateway started here. */
  readyMs: number[];
}

export async function waitReady(gateway: GatewayProcess, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const ms = gateway.readyMs();
    if (ms !== undefined) return ms;
    if (performance.now() > deadline) throw new Error('gateway workers not ready in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Gateways with 1 and 3 scan workers, each warmed with the same plain mail, then measured. */
export async function workerMemory(sinkPort: number, workerCounts: readonly number[] = [1, 3]): Promise<WorkerMemory> {
  const rssByWorkers: WorkerMemory['rssByWorkers'] = [];
  const readyMs: number[] = [];
  for (const workers of workerCounts) {
    const gateway = await startGatewayProcess(sinkPort, { concurrency: String(workers) });
    try {
      readyMs.push(await waitReady(gateway, 60_000));
      await closedLoop({ port: gateway.port, sessions: 10, total: 300, reuse: true, prefix: `w${workers}-`, message: plainMail });
      while (gateway.pending() > 0) await new Promise((r) => setTimeout(r, 50));
      rssByWorkers.push({ workers, rssBytes: procMemory(gateway.pid).rssBytes });
    } finally {
      await gateway.stop();
    }
  }
  const first = rssByWorkers[0]!;
  const last = rssByWorkers[rssByWorkers.length - 1]!;
  return { rssByWorkers, perExtraWorkerBytes: (last.rssBytes - first.rssBytes) / Math.max(1, last.workers - first.workers), readyMs };
}

