/**
 * All or nothing at start (issue 22): a real `dlp-gateway serve` process (with inspection worker
 * threads) whose SMTP port is taken, whose web port is taken, or whose store is read-only must
 * never answer 250, and must exit with code 3 (README "Exit codes") within seconds, saying why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { cliPath } from '../helpers/process.js';
import { tempDir } from '../helpers/gateway.js';
import { freePort } from '../helpers/upstream.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { loadConfig } from '../../src/config/load.js';
import { createLogger } from '../../src/log/logger.js';
import { createGateway, StartupError } from '../../src/gateway.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const inCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/** A listener that holds a port (and hangs up on anyone who connects). */
async function occupy(port: number): Promise<void> {
  const server = net.createServer((s) => s.destroy());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
}

/** One SMTP transaction on a fresh connection; the final reply, or '' when there was none. */
function tryToSend(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const steps = ['EHLO probe.test', 'MAIL FROM:<a@example.co.jp>', 'RCPT TO:<b@partner.example.jp>', 'DATA', 'Subject: start-up probe\r\n\r\nhello\r\n.'];
    let buffer = '';
    let last = '';
    const done = () => (socket.destroy(), resolve(last));
    socket.setTimeout(2_000, done);
    socket.on('error', done);
    socket.on('close', done);
    socket.on('data', (d) => {
      buffer += d.toString('latin1');
      for (let m = /^(\d{3}) [^\r\n]*\r\n/m.exec(buffer); m; m = /^(\d{3}) [^\r\n]*\r\n/m.exec(buffer)) {
        last = m[0].trim();
        buffer = buffer.slice(m.index + m[0].length);
        if (!/^[23]/.test(last) || steps.length === 0) return done();
        socket.write(`${steps.shift()!}\r\n`);
      }
    });
  });
}

/** Start the gateway, keep trying to send mail until it exits; every final reply it gave. */
async function startAndProbe(env: Record<string, string>): Promise<{ code: number | null; output: string; replies: string[]; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [cliPath, 'serve'], { env: { ...process.env, DLP_LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(() => void (child.exitCode === null && child.kill('SIGKILL')));
  let output = '';
  child.stdout.on('data', (d) => (output += d.toString()));
  child.stderr.on('data', (d) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let finished = false;
  void exited.then(() => (finished = true));
  const replies: string[] = [];
  const deadline = Date.now() + 30_000;
  while (!finished && Date.now() < deadline) {
    const reply = await tryToSend(Number(env.DLP_SMTP_PORT));
    if (reply) replies.push(reply);
    await new Promise((r) => setTimeout(r, 100));
  }
  const code = finished ? await exited : null;
  return { code, output, replies, ms: Date.now() - started };
}

async function baseEnv(dataDir: string): Promise<Record<string, string>> {
  return {
    DLP_DATA_DIR: dataDir,
    DLP_SMTP_PORT: String(await freePort()),
    DLP_SMTP_HOST: '127.0.0.1',
    DLP_WEB_PORT: String(await freePort()),
    DLP_UPSTREAM_URL: `smtp://127.0.0.1:${await freePort()}`,
  };
}

function freshDataDir(): string {
  const dir = tempDir('dlp-startup-');
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('start fully or not at all', () => {
  it('web port taken: SMTP never answers 250, the process exits 3 naming the port', async () => {
    const env = await baseEnv(freshDataDir());
    await occupy(Number(env.DLP_WEB_PORT));
    const r = await startAndProbe(env);
    expect(r.replies.filter((x) => x.startsWith('250')), r.output).toEqual([]);
    expect(r.code, r.output).toBe(3);
    expect(r.output).toMatch(new RegExp(`WEB_PORT_UNAVAILABLE: cannot listen on 127\\.0\\.0\\.1:${env.DLP_WEB_PORT}: the port is already in use`));
    expect(r.ms).toBeLessThan(20_000);
  });

  it('SMTP port taken: the process exits 3 naming the port (the inspection workers do not keep it alive)', async () => {
    const env = await baseEnv(freshDataDir());
    await occupy(Number(env.DLP_SMTP_PORT));
    const r = await startAndProbe(env);
    expect(r.replies.filter((x) => x.startsWith('250'))).toEqual([]);
    expect(r.code, r.output).toBe(3);
    expect(r.output).toMatch(/SMTP_PORT_UNAVAILABLE: cannot listen on 127\.0\.0\.1:\d+: the port is already in use/);
    expect(r.ms).toBeLessThan(20_000);
  });

  let cannotMount: string | null = null;
  if (process.getuid?.() !== 0) cannotMount = 'not running as root';
  if (cannotMount && !inCi) console.warn(`[startup] read-only store skipped: ${cannotMount}`);

  it.skipIf(Boolean(cannotMount) && !inCi)('read-only store: never 250, the process exits 3 saying the store cannot be written', async () => {
    const dataDir = freshDataDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dataDir]);
    cleanups.push(() => void execFileSync('umount', ['-l', dataDir]));
    // A store that existed (created by an earlier run), then its filesystem became read-only.
    new SqliteStore(path.join(dataDir, 'gateway.db')).close();
    execFileSync('mount', ['-o', 'remount,ro', dataDir]);
    const env = await baseEnv(dataDir);
    const r = await startAndProbe(env);
    expect(r.replies.filter((x) => x.startsWith('250'))).toEqual([]);
    expect(r.code, r.output).toBe(3);
    expect(r.output).toMatch(/could not start: STORE_(UNAVAILABLE|NOT_WRITABLE): /);
    expect(r.ms).toBeLessThan(20_000);
  });
});

/** Nothing answers on this port (connection refused). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

describe('a failed start() closes what it opened (in process; the CLI checks ports earlier, this is the race behind it)', () => {
  async function gatewayOn(smtpPort: number, webPort: number) {
    const dataDir = freshDataDir();
    const { config } = await loadConfig({
      env: {},
      overrides: { 'storage.dataDir': dataDir, 'smtp.host': '127.0.0.1', 'smtp.port': smtpPort, 'web.port': webPort, 'processing.pollMs': 50 },
    });
    return { gw: await createGateway(config, createLogger({ level: 'silent' })) };
  }

  it('web port taken: start() throws WEB_PORT_UNAVAILABLE before SMTP ever listened', async () => {
    const smtpPort = await freePort();
    const webPort = await freePort();
    await occupy(webPort);
    const { gw } = await gatewayOn(smtpPort, webPort);
    const failure = await gw.start().then(() => undefined, (err: unknown) => err);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as StartupError).code).toBe('WEB_PORT_UNAVAILABLE');
    expect(await refused(smtpPort)).toBe(true);
    await gw.stop();
    expect(await refused(smtpPort)).toBe(true);
  });

  it('SMTP port taken: start() throws SMTP_PORT_UNAVAILABLE and stop() closes the web listener it had opened', async () => {
    const smtpPort = await freePort();
    const webPort = await freePort();
    await occupy(smtpPort);
    const { gw } = await gatewayOn(smtpPort, webPort);
    const failure = await gw.start().then(() => undefined, (err: unknown) => err);
    expect((failure as StartupError).code).toBe('SMTP_PORT_UNAVAILABLE');
    expect(await refused(webPort)).toBe(false); // opened before SMTP…
    await gw.stop();
    expect(await refused(webPort)).toBe(true); // …and closed again
  });
});
