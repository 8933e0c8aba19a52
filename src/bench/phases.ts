/** One measured run: load a path, wait for it to settle, and summarise what the sink saw. */
import { closedLoop, pacedRun, type LoadResult } from './load-node.js';
import { smtpSource } from './load-postfix.js';
import { procCpuMs } from './proc-stats.js';
import type { Sink } from './sink.js';
import { percentiles, type Percentiles } from './stats.js';
import type { Target } from './targets.js';

export interface RunSummary {
  path: string;
  generator: string;
  reuse: boolean;
  sessions: number;
  sent: number;
  failed: number;
  firstError?: string;
  /** Arrived at the sink. */
  delivered: number;
  /** Client-side: 250s per second. */
  acceptedPerSecond: number;
  /** End to end: messages at the sink per second (first send to last arrival). */
  deliveredPerSecond: number;
  /** Client start of transaction (or due time, paced) → arrival at the sink, ms. */
  latency?: Percentiles;
  /** Client start → 250, ms. */
  acceptLatency?: Percentiles;
  cpuMsPerMessage: number;
  peakRssBytes: number;
}

let runCounter = 0;
const settleTimeoutMs = 300_000;

async function summarise(target: Target, sink: Sink, load: LoadResult, meta: { generator: string; reuse: boolean; sessions: number }, cpu0: number): Promise<RunSummary> {
  const ids = load.sent.map((s) => s.id);
  await target.settle(ids, settleTimeoutMs);
  const latencies: number[] = [];
  let last = load.startedAt;
  for (const s of load.sent) {
    const at = sink.arrivals.get(s.id);
    if (at === undefined) continue;
    latencies.push(at - s.startedAt);
    if (at > last) last = at;
  }
  const pid = target.process?.pid;
  return {
    path: target.name,
    ...meta,
    sent: load.sent.length + load.failed,
    failed: load.failed,
    ...(load.firstError ? { firstError: load.firstError } : {}),
    delivered: latencies.length,
    acceptedPerSecond: load.sent.length / ((load.endedAt - load.startedAt) / 1000),
    deliveredPerSecond: latencies.length / ((last - load.startedAt) / 1000),
    latency: percentiles(latencies),
    acceptLatency: percentiles(load.sent.map((s) => s.acceptedAt - s.startedAt)),
    cpuMsPerMessage: pid ? (procCpuMs(pid) - cpu0) / Math.max(1, load.sent.length) : NaN,
    peakRssBytes: target.process ? target.process.rss.peak : NaN,
  };
}

export async function runClosedLoop(target: Target, sink: Sink, options: { sessions: number; total: number; reuse: boolean; message: (id: string, n: number) => Buffer }): Promise<RunSummary> {
  target.process?.rss.reset();
  const cpu0 = target.process ? procCpuMs(target.process.pid) : 0;
  const load = await closedLoop({ port: target.port, prefix: `r${++runCounter}`, ...options });
  return summarise(target, sink, load, { generator: 'node', reuse: options.reuse, sessions: options.sessions }, cpu0);
}

export async function runPaced(target: Target, sink: Sink, options: { rate: number; seconds: number; connections: number; message: (id: string, n: number) => Buffer }): Promise<RunSummary> {
  target.process?.rss.reset();
  const cpu0 = target.process ? procCpuMs(target.process.pid) : 0;
  const load = await pacedRun({ port: target.port, prefix: `p${++runCounter}`, ...options });
  return summarise(target, sink, load, { generator: `node, paced ${options.rate}/s`, reuse: true, sessions: options.connections }, cpu0);
}

export async function runSmtpSource(binary: string, target: Target, sink: Sink, options: { sessions: number; total: number; reuse: boolean; message: (id: string) => Buffer }): Promise<RunSummary> {
  target.process?.rss.reset();
  const id = `s${++runCounter}`;
  const before = sink.counts.get(id) ?? 0;
  const cpu0 = target.process ? procCpuMs(target.process.pid) : 0;
  const started = performance.now();
  const result = await smtpSource(binary, { port: target.port, sessions: options.sessions, total: options.total, reuse: options.reuse, message: options.message(id) });
  const acceptedSeconds = result.seconds;
  await target.settle(Array.from({ length: options.total }, () => id), settleTimeoutMs);
  const delivered = (sink.counts.get(id) ?? 0) - before;
  const last = sink.arrivals.get(id) ?? performance.now();
  const pid = target.process?.pid;
  return {
    path: target.name,
    generator: 'smtp-source',
    reuse: options.reuse,
    sessions: options.sessions,
    sent: options.total,
    failed: result.exitCode === 0 ? 0 : options.total - delivered,
    ...(result.exitCode === 0 ? {} : { firstError: result.stderr || `exit ${result.exitCode}` }),
    delivered,
    acceptedPerSecond: options.total / acceptedSeconds,
    deliveredPerSecond: delivered / ((last - started) / 1000),
    cpuMsPerMessage: pid ? (procCpuMs(pid) - cpu0) / options.total : NaN,
    peakRssBytes: target.process ? target.process.rss.peak : NaN,
  };
}
