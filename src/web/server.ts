import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from '../log/logger.js';
import type { Store } from '../store/types.js';
import type { GatewayMetrics } from './metrics.js';
import type { StorageStatus } from '../pipeline/storage-health.js';

export interface WebDeps {
  store: Store;
  metrics: GatewayMetrics;
  log: Logger;
  storage: () => StorageStatus;
  version: string;
  /** Proxies whose X-Forwarded-For is believed (config web.trustProxy); empty = none. */
  trustProxy?: readonly string[];
  /** Directory sync health (issue 19): a failed sync degrades /healthz but never makes it 503. */
  directory?: () => { ok: boolean; reason?: string; lastSuccessAt: number | null } | undefined;
  /** Further routes (web UI, API) registered by later stages. */
  plugins?: Array<(app: FastifyInstance) => Promise<void> | void>;
}

/** HTTP side of the gateway: health and metrics here; UI and API plug in through `plugins`. */
export async function createWebServer(deps: WebDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Request lines are not logged (URLs can carry tokens); warnings and errors are.
    loggerInstance: deps.log.child({ component: 'web' }, { level: 'warn' }),
    trustProxy: deps.trustProxy?.length ? [...deps.trustProxy] : false,
    bodyLimit: 1024 * 1024,
    // Signed self-check links carry their claims in the path (~200 characters).
    routerOptions: { maxParamLength: 1024 },
  }) as unknown as FastifyInstance;
  app.get('/healthz', async (_req, reply) => {
    const storage = deps.storage();
    const states = await deps.store.countByState().catch(() => ({}));
    const directory = deps.directory?.();
    const body = {
      status: storage.ok && (directory?.ok ?? true) ? 'ok' : 'degraded',
      version: deps.version,
      storage: { ok: storage.ok, reason: storage.reason ?? null, freeBytes: storage.freeBytes ?? null },
      queue: states,
      ...(directory ? { directory: { ok: directory.ok, reason: directory.reason ?? null, lastSuccessAt: directory.lastSuccessAt } } : {}),
    };
    return reply.code(storage.ok ? 200 : 503).send(body);
  });
  app.get('/metrics', async (_req, reply) => {
    reply.header('content-type', deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
  for (const plugin of deps.plugins ?? []) await plugin(app);
  return app;
}
