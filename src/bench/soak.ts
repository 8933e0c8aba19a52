/** Soak: many messages through one gateway, RSS after each slice, and a count of every message. */
import type { GatewayProcess } from './children.js';
import { closedLoop } from './load-node.js';
import { procCpuMs, procMemory } from './proc-stats.js';
import type { Sink } from './sink.js';
import type { Target } from './targets.js';

export interface SoakSummary {
  total: number;
  accepted: number;
  failed: number;
  delivered: number;
  /** States of every mail message in the store at the end. */
  states: Record<string, number>;
  rss: Array<{ after: number; rssBytes: number }>;
  /** Gateway CPU (all threads) per message of each slice, ms: after the JIT has warmed up, the steady cost. */
  cpuMsPerMessage: number[];
  /** Messages per second of each slice, from its first send until all of it was delivered (closed loop, then drained). */
  deliveredPerSecond: number[];
  peakBytes: number;
  seconds: number;
}

export async function soak(target: Target & { gateway: GatewayProcess }, sink: Sink, total: number, sessions: number, message: (id: string, n: number) => Buffer): Promise<SoakSummary> {
  const slices = 10;
  const per = Math.ceil(total / slices);
  const rss = [{ after: 0, rssBytes: procMemory(target.gateway.pid).rssBytes }];
  let accepted = 0;
  let failed = 0;
  let delivered = 0;
  const cpuMsPerMessage: number[] = [];
  const deliveredPerSecond: number[] = [];
  const before = target.gateway.stateCounts();
  const started = performance.now();
  for (let s = 0, sent = 0; sent < total; s++) {
    const count = Math.min(per, total - sent);
    const cpu0 = procCpuMs(target.gateway.pid);
    const sliceStart = performance.now();
    const load = await closedLoop({ port: target.port, sessions, total: count, reuse: true, prefix: `soak${s}`, message });
    const ids = load.sent.map((m) => m.id);
    await target.settle(ids, 300_000);
    accepted += load.sent.length;
    failed += load.failed;
    const arrived = ids.filter((id) => sink.arrivals.has(id));
    delivered += arrived.length;
    const lastArrival = Math.max(sliceStart, ...arrived.map((id) => sink.arrivals.get(id)!));
    deliveredPerSecond.push(arrived.length / ((lastArrival - sliceStart) / 1000));
    cpuMsPerMessage.push((procCpuMs(target.gateway.pid) - cpu0) / Math.max(1, load.sent.length));
    for (const id of ids) (sink.arrivals.delete(id), sink.counts.delete(id)); // keeps the bench flat
    sent += count;
    rss.push({ after: sent, rssBytes: procMemory(target.gateway.pid).rssBytes });
  }
  const after = target.gateway.stateCounts();
  const states: Record<string, number> = {};
  for (const [state, n] of Object.entries(after)) {
    const d = n - (before[state] ?? 0);
    if (d !== 0) states[state] = d;
  }
  return { total, accepted, failed, delivered, states, rss, cpuMsPerMessage, deliveredPerSecond, peakBytes: procMemory(target.gateway.pid).peakBytes, seconds: (performance.now() - started) / 1000 };
}
