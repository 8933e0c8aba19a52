/** The servers under test run as child processes, so their memory and CPU are measured apart. */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { RssSampler } from './proc-stats.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  return typeof addr === 'object' && addr ? addr.port : 0;
}

/** Resolves once the port answers with an SMTP greeting. */
export async function waitForGreeting(port: number, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before it listened`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('data', (d) => (socket.end('QUIT\r\n'), resolve(d.toString().startsWith('220'))));
      socket.once('error', () => resolve(false));
      socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no SMTP greeting on port ${port} within ${timeoutMs} ms`);
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

export interface ServerProcess {
  pid: number;
  port: number;
  rss: RssSampler;
  stop(): Promise<void>;
}

export async function startPlainRelayProcess(upstreamPort: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist/bench/plain-relay-process.js'), String(upstreamPort)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`plain relay exited with code ${code}`)));
  });
  await waitForGreeting(port, 10_000, child);
  return { pid: child.pid!, port, rss: new RssSampler(child.pid!), stop: () => stopChild(child) };
}

export interface VerdictTime {
  id: string;
  action: string;
  /** From the 250 (message stored) to the verdict stored, ms. */
  ms: number;
}

export interface GatewayProcess extends ServerProcess {
  dataDir: string;
  /** Messages not yet in a final or held state (received or queued). */
  pending(): number;
  stateCounts(): Record<string, number>;
  verdictTimes(queueIds: readonly string[]): VerdictTime[];
  /** From the spawn to the log line "inspection workers ready" (ms), once it was logged. */
  readyMs(): number | undefined;
}

/** How the gateway is launched as deployed: the environment and Node flags of `bin/dlp-gateway.js`'s `#!` line. */
export interface GatewayLaunch {
  env: Record<string, string>;
  nodeArgs: string[];
}

/**
 * The `#!/usr/bin/env -S VAR=value … node --flag …` line of the bin script, which `npm start` and
 * the Dockerfile repeat (README: Build and start-up): the bench starts the gateway with exactly
 * these, so what it measures is what a deployment runs.
 */
export function deployedLaunch(binScript = path.join(projectRoot, 'bin/dlp-gateway.js')): GatewayLaunch {
  const first = readFileSync(binScript, 'utf8').split('\n', 1)[0]!;
  const match = /^#!\/usr\/bin\/env -S (.*)$/.exec(first);
  if (!match) throw new Error(`${binScript}: expected a "#!/usr/bin/env -S … node …" line, found ${JSON.stringify(first)}`);
  const words = match[1]!.trim().split(/\s+/);
  const nodeAt = words.indexOf('node');
  if (nodeAt < 0) throw new Error(`${binScript}: the #! line does not run node`);
  const env: Record<string, string> = {};
  for (const word of words.slice(0, nodeAt)) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new Error(`${binScript}: ${JSON.stringify(word)} before node is not VAR=value`);
    env[word.slice(0, eq)] = word.slice(eq + 1);
  }
  return { env, nodeArgs: words.slice(nodeAt + 1) };
}

/** The launch line as a reader would type it (for BENCHMARKS.md). */
export function launchCommand(launch: GatewayLaunch, args: string): string {
  return [...Object.entries(launch.env).map(([k, v]) => `${k}=${v}`), 'node', ...launch.nodeArgs, args].join(' ');
}

/**
 * `node bin/dlp-gateway.js serve` on embedded defaults (SQLite, full inspection, default policy
 * and workflow) with a temporary data directory, the sink as upstream and the web UI off.
 * Its JSON log goes to a file in the data directory, as a deployment would keep it.
 */
export async function startGatewayProcess(upstreamPort: number, extra: Record<string, string> = {}): Promise<GatewayProcess> {
  // `extra.dataDir`: a data directory prepared by the caller (e.g. a store of delayed mail).
  const dataDir = extra.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'dlp-bench-'));
  const port = await freePort();
  const configFile = path.join(dataDir, 'gateway.yaml');
  // Back-pressure (processing.maxBacklog) is lifted: the load generators do not retry a 451, and
  // the bench measures how far the gateway itself gets (the spool absorbs the backlog).
  writeFileSync(configFile, ['web:', '  enabled: false', 'processing:', '  maxBacklog: 1000000', ...(extra.concurrency ? [`  concurrency: ${extra.concurrency}`] : []), ''].join('\n'));
  const logFd = openSync(path.join(dataDir, 'gateway.log'), 'a');
  const launch = deployedLaunch();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DLP_SMTP_HOST: '127.0.0.1',
    DLP_SMTP_PORT: String(port),
    DLP_DATA_DIR: dataDir,
    DLP_UPSTREAM_URL: `smtp://127.0.0.1:${upstreamPort}`,
    DLP_LOG_LEVEL: 'info',
    ...launch.env,
  };
  // BENCH_GATEWAY_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the gateway (main thread and workers).
  const nodeArgs = [...launch.nodeArgs, ...(process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(/\s+/).filter(Boolean)];
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...nodeArgs, path.join(projectRoot, 'bin/dlp-gateway.js'), 'serve', '--config', configFile], { cwd: projectRoot, env, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  await waitForGreeting(port, 60_000, child);
  const db = new Database(path.join(dataDir, 'gateway.db'), { readonly: true, fileMustExist: true });
  const pendingStmt = db.prepare("SELECT COUNT(*) AS n FROM messages WHERE state IN ('received', 'queued') AND kind = 'mail'");
  const statesStmt = db.prepare("SELECT state, COUNT(*) AS n FROM messages WHERE kind = 'mail' GROUP BY state");
  return {
    pid: child.pid!,
    port,
    dataDir,
    rss: new RssSampler(child.pid!),
    pending: () => (pendingStmt.get() as { n: number }).n,
    stateCounts: () => Object.fromEntries((statesStmt.all() as Array<{ state: string; n: number }>).map((r) => [r.state, r.n])),
    verdictTimes(queueIds) {
      if (queueIds.length === 0) return [];
      const rows = db
        .prepare(
          `SELECT m.id AS id, e.action AS action, e.at - m.received_at AS ms FROM messages m JOIN audit_events e ON e.message_id = m.id
           WHERE e.action IN ('passed', 'held', 'rejected') AND m.id IN (${queueIds.map(() => '?').join(', ')})`,
        )
        .all(...queueIds) as VerdictTime[];
      return rows;
    },
    readyMs() {
      // The JSON log's timestamps and Date.now() read the same clock.
      for (const line of readFileSync(path.join(dataDir, 'gateway.log'), 'utf8').split('\n')) {
        if (!line.includes('inspection workers ready')) continue;
        const entry = JSON.parse(line) as { time?: string | number };
        return new Date(entry.time ?? NaN).getTime() - spawnedAt;
      }
      return undefined;
    },
    async stop() {
      await stopChild(child);
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
