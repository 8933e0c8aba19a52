/**
 * The gateway on PostgreSQL (the multi-node store) for the same throughput run as on SQLite.
 * A fresh database on the local server (DLP_BENCH_PG_URL, default the trust-auth server at
 * 127.0.0.1:5432) is created for the run and dropped afterwards.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { deployedLaunch, freePort, projectRoot, stopChild, waitForGreeting, type ServerProcess } from './children.js';
import { RssSampler } from './proc-stats.js';
import type { Sink } from './sink.js';
import type { Target } from './targets.js';

const serverUrl = process.env.DLP_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function maintenance(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface PostgresGateway extends ServerProcess {
  stop(): Promise<void>;
}

/** null with a reason when no PostgreSQL server answers (the bench then skips this row). */
export async function startPostgresGateway(upstreamPort: number): Promise<PostgresGateway | string> {
  const name = `dlp_bench_${randomBytes(4).toString('hex')}`;
  try {
    await maintenance(`CREATE DATABASE ${name}`);
  } catch (err) {
    return `PostgreSQL not reachable at ${serverUrl.replace(/\/\/[^@/]*@/, '//***@')}: ${(err as Error).message}`;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dlp-bench-pg-'));
  const configFile = path.join(dataDir, 'gateway.yaml');
  writeFileSync(configFile, 'web:\n  enabled: false\nprocessing:\n  maxBacklog: 1000000\n');
  const port = await freePort();
  const logFd = openSync(path.join(dataDir, 'gateway.log'), 'a');
  const launch = deployedLaunch();
  const child = spawn(process.execPath, [...launch.nodeArgs, path.join(projectRoot, 'bin/dlp-gateway.js'), 'serve', '--config', configFile], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DLP_SMTP_HOST: '127.0.0.1',
      DLP_SMTP_PORT: String(port),
      DLP_DATA_DIR: dataDir,
      DLP_STORE_URL: url.toString(),
      DLP_UPSTREAM_URL: `smtp://127.0.0.1:${upstreamPort}`,
      DLP_LOG_LEVEL: 'info',
      ...launch.env,
    },
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const drop = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await maintenance(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  };
  try {
    await waitForGreeting(port, 60_000, child);
  } catch (err) {
    await stopChild(child);
    await drop();
    return `gateway on PostgreSQL did not start: ${(err as Error).message}`;
  }
  return {
    pid: child.pid!,
    port,
    rss: new RssSampler(child.pid!),
    async stop() {
      await stopChild(child);
      await drop();
    },
  };
}

export function postgresTarget(sink: Sink, gateway: PostgresGateway): Target {
  return { name: 'dlp-gateway (PostgreSQL store)', port: gateway.port, process: gateway, settle: async (ids, t) => void (await sink.waitFor(ids, t)) };
}
