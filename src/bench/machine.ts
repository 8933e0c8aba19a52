/** The machine a run was made on, for the report. */
import os from 'node:os';
import { readFileSync } from 'node:fs';

export function describeMachine(): string {
  const cpus = os.cpus();
  const load = `${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`;
  let kernel = `${os.platform()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) kernel = `${pretty}, ${kernel}`;
  } catch {
    /* not Linux */
  }
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${kernel}; load average at start ${load}`;
}
