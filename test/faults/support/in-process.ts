/** An in-process gateway whose log lines are kept (tests assert what operators are told). */
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/log/logger.js';
import type { Gateway, GatewaySeams } from '../../../src/gateway.js';
import { startGateway, tempDir } from '../../helpers/gateway.js';

export interface LoggedGateway extends Gateway {
  dataDir: string;
  logs: string[];
  logText(): string;
}

export async function startLoggedGateway(overrides: Record<string, unknown> = {}, seams: GatewaySeams = {}): Promise<LoggedGateway> {
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const log = createLogger({ level: 'info', destination });
  const gateway = await startGateway({ 'storage.dataDir': tempDir('dlp-faults-'), ...overrides }, seams, { log });
  return Object.assign(gateway, { logs, logText: () => logs.join('\n') });
}

export async function healthz(gw: Gateway): Promise<{ status: number; body: { status: string; storage: { ok: boolean; reason: string | null } } }> {
  const res = await fetch(`http://127.0.0.1:${gw.webPort}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; storage: { ok: boolean; reason: string | null } } };
}
