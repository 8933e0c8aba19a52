/** Memory and CPU time of a child process from /proc (Linux), so each server is measured apart. */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcMemory {
  rssBytes: number;
  /** Peak RSS over the process's life (VmHWM). */
  peakBytes: number;
}

export function procMemory(pid: number): ProcMemory {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rssBytes: kb('VmRSS'), peakBytes: kb('VmHWM') };
  } catch {
    return { rssBytes: NaN, peakBytes: NaN };
  }
}

const ticksPerSecond = 100; // USER_HZ on Linux

/** User + system CPU time of the process (all its threads), in ms. */
export function procCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return NaN;
  }
}

/** User + system CPU time per thread ("name/tid"), in ms: where a process's CPU goes. */
export function procThreadCpuMs(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
      out.set(`${name}/${tid}`, ms);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/** Samples RSS every `everyMs` while running; `peak` is the highest sample since the last reset. */
export class RssSampler {
  peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly pid: number, everyMs = 200) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }
  sample(): number {
    const rss = procMemory(this.pid).rssBytes;
    if (rss > this.peak) this.peak = rss;
    return rss;
  }
  reset(): void {
    this.peak = this.sample();
  }
  stop(): void {
    clearInterval(this.timer);
  }
}
