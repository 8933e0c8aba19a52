/** An in-process gateway whose log lines are kept (tests assert what operators are told). */
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/config/load.js';
import { createLogger } from '../../../src/log/logger.js';
import { createGateway, type Gateway, type GatewaySeams } from '../../../src/gateway.js';
import { tempDir } from '../../helpers/gateway.js';

export interface LoggedGateway extends Gateway {
  dataDir: string;
  logs: string[];
  logText(): string;
}

export async function startLoggedGateway(overrides: Record<string, unknown> = {}, seams: GatewaySeams = {}): Promise<LoggedGateway> {
  const dataDir = (overrides['storage.dataDir'] as string | undefined) ?? tempDir('dlp-faults-');
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
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const log = createLogger({ level: 'info', destination });
  const gateway = await createGateway(config, log, seams);
  await gateway.start();
  return Object.assign(gateway, { dataDir, logs, logText: () => logs.join('\n') });
}

export async function healthz(gw: Gateway): Promise<{ status: number; body: { status: string; storage: { ok: boolean; reason: string | null } } }> {
  const res = await fetch(`http://127.0.0.1:${gw.webPort}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; storage: { ok: boolean; reason: string | null } } };
}
