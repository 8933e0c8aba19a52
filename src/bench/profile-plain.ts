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
import { startSink } from './sink.js';
import { waitReady } from './startup.js';
import { gatewayTarget } from './targets.js';
import { fixed } from './stats.js';

const total = Number(process.argv[2] ?? 1000);
const sink = await startSink();
const gateway = await startGatewayProcess(sink.port);
try {
  const readyMs = await waitReady(gateway, 60_000);
  const target = gatewayTarget(sink, gateway);
  await runClosedLoop(target, sink, { sessions: 20, total: 100, reuse: true, message: plainMail });
  const run = await runClosedLoop(target, sink, { sessions: 20, total, reuse: true, message: plainMail });
  process.stdout.write(
    `ready ${fixed(readyMs)} ms; ${run.delivered}/${run.sent} delivered, ${fixed(run.deliveredPerSecond)} msg/s, server CPU ${fixed(run.cpuMsPerMessage, 2)} ms/msg, peak RSS ${fixed(run.peakRssBytes / 2 ** 20)} MiB\n`,
  );
} finally {
  await gateway.stop();
  await sink.close();
}
