/**
 * One bench phase on its own, for profiling: the gateway (child process) under the plain-mail
 * closed-loop load, reporting server CPU per message and the time to "inspection workers ready".
 *
 *   npm run build && node dist/bench/profile-plain.js [messages]
 *   BENCH_GATEWAY_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" node dist/bench/profile-plain.js 1000
 *
 * Not part of `npm run bench`; it measures the same figures as its "node, reuse" row.
 */
import { startGatewayProcess } from './children.js';
import { plainMail } from './mail.js';
import { runClosedLoop } from './phases.js';
import { procThreadCpuMs } from './proc-stats.js';
import { startSink } from './sink.js';
import { waitReady } from './startup.js';
import { gatewayTarget } from './targets.js';
import { fixed } from './stats.js';

// Piped into `head`: the reader may leave before the figures are written; that is not a failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

const total = Number(process.argv[2] ?? 1000);
const sink = await startSink();
const gateway = await startGatewayProcess(sink.port);
try {
  const readyMs = await waitReady(gateway, 60_000);
  const target = gatewayTarget(sink, gateway);
  await runClosedLoop(target, sink, { sessions: 20, total: 100, reuse: true, message: plainMail });
  const before = procThreadCpuMs(gateway.pid);
  const run = await runClosedLoop(target, sink, { sessions: 20, total, reuse: true, message: plainMail });
  const after = procThreadCpuMs(gateway.pid);
  process.stdout.write(
    `ready ${fixed(readyMs)} ms; ${run.delivered}/${run.sent} delivered, ${fixed(run.deliveredPerSecond)} msg/s, server CPU ${fixed(run.cpuMsPerMessage, 2)} ms/msg, peak RSS ${fixed(run.peakRssBytes / 2 ** 20)} MiB\n`,
  );
  const perThread = [...after]
    .map(([name, ms]) => [name, (ms - (before.get(name) ?? 0)) / run.sent] as const)
    .filter(([, ms]) => ms > 0.005)
    .sort((a, b) => b[1] - a[1]);
  process.stdout.write(`CPU per message by thread (ms): ${perThread.map(([name, ms]) => `${name} ${fixed(ms, 2)}`).join(', ')}\n`);
} finally {
  await gateway.stop();
  await sink.close();
}
