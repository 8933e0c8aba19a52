import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { createLogger, type Logger } from '../../src/log/logger.js';
import { TestUpstream } from './upstream.js';
import { createGateway, type Gateway, type GatewaySeams } from '../../src/gateway.js';

export function tempDir(prefix = 'dlp-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Start an in-process gateway on ephemeral ports with a fresh data directory. */
export async function startGateway(
  overrides: Record<string, unknown> = {},
  seams: GatewaySeams = {},
  options: { inspect?: boolean; log?: Logger } = {},
): Promise<Gateway & { dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = (overrides['storage.dataDir'] as string | undefined) ?? tempDir();
  const { config } = await loadConfig({
    path: undefined,
    env: {},
    overrides: {
      'storage.dataDir': dataDir,
      'smtp.port': 0,
      'smtp.host': '127.0.0.1',
      'smtp.hostname': 'gateway.test',
      'web.port': 0,
      'processing.pollMs': 100,
      'upstream.retry.initialDelayMs': 200,
      'upstream.retry.maxDelayMs': 1000,
      'upstream.connectionTimeoutMs': 2000,
      ...overrides,
    },
  });
  const log = options.log ?? createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  if (options.inspect) {
    // The production seams (inspection in worker threads, default policy, hold workflow) unless a test passes its own.
    const { createProductionSeams } = await import('../../src/production.js');
    seams = { ...(await createProductionSeams(config, log)), ...seams };
  }
  const gateway = await createGateway(config, log, seams);
  await gateway.start();
  return Object.assign(gateway, {
    dataDir,
    async cleanup() {
      await gateway.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** Poll until `check` holds. The default limit is generous: it only ends a wait that would hang. */
export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 60_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A realistic Japanese business mail with CRLF line endings (synthetic people only). */
export function sampleMail(opts: { from?: string; to?: string[]; cc?: string[]; subject?: string; body?: string } = {}): Buffer {
  const from = opts.from ?? 'yamada.taro@example.co.jp';
  const to = opts.to ?? ['sato.hanako@partner.example.jp'];
  const subject = Buffer.from(opts.subject ?? '打ち合わせの件', 'utf8').toString('base64');
  const body = opts.body ?? '佐藤様\r\n\r\nいつもお世話になっております。\r\n来週の打ち合わせの日程についてご連絡いたします。\r\n.\r\n..先頭のドット行も崩れずに届くこと。\r\n\r\n-- \r\n山田 太郎\r\n';
  const lines = [
    `From: =?UTF-8?B?${Buffer.from('山田 太郎').toString('base64')}?= <${from}>`,
    `To: ${to.join(', ')}`,
    ...(opts.cc?.length ? [`Cc: ${opts.cc.join(', ')}`] : []),
    `Subject: =?UTF-8?B?${subject}?=`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0900',
    `Message-ID: <${Math.random().toString(36).slice(2)}@example.co.jp>`,
    'MIME-Version: 1.0',
    'DKIM-Signature: v=1; a=rsa-sha256; d=example.co.jp; s=sel; bh=AAAA; b=BBBB',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** The bytes after our Received: header (what the client sent). */
export function stripOurReceived(raw: Buffer): Buffer {
  const text = raw.toString('latin1');
  const m = /^Received: [^\r]*\r\n(\t[^\r]*\r\n)*/.exec(text);
  if (!m || !m[0].includes('(dlp-gateway)')) throw new Error('no Received: header from the gateway at the top');
  return raw.subarray(m[0].length);
}

/** A gateway relaying to a fresh TestUpstream; both are stopped by the caller's cleanups (afterEach). */
export async function gatewayWithUpstream(
  cleanups: Array<() => Promise<void>>,
  overrides: Record<string, unknown> = {},
): Promise<{ gw: Awaited<ReturnType<typeof startGateway>>; upstream: TestUpstream }> {
  const upstream = new TestUpstream();
  await upstream.start();
  cleanups.push(() => upstream.stop());
  const gw = await startGateway({ 'upstream.url': upstream.url, ...overrides });
  cleanups.push(() => gw.cleanup());
  return { gw, upstream };
}
