import os from 'node:os';
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config/schema.js';
import { systemClock, type Clock } from './clock.js';
import type { Logger } from './log/logger.js';
import type { Store, MessageRecord } from './store/types.js';
import { openStore } from './store/open.js';
import type { Relay } from './relay/types.js';
import { UpstreamRelay } from './relay/upstream.js';
import { OutboxRelay } from './relay/outbox.js';
import { createReceiver, type Receiver } from './receive/smtp.js';
import { createSmtpMetrics } from './receive/metrics.js';
import { WorkLoop } from './pipeline/work-loop.js';
import { InspectLanes } from './pipeline/inspect-lanes.js';
import { inspectMessage } from './pipeline/inspect-stage.js';
import { relayMessage } from './pipeline/relay-stage.js';
import { releaseDelayed } from './pipeline/release-stage.js';
import type { SupervisorLookup } from './release/modify.js';
import { StorageHealth } from './pipeline/storage-health.js';
import { withLease } from './pipeline/lease.js';
import { BacklogMonitor } from './pipeline/backlog.js';
import { InflowGate } from './pipeline/inflow.js';
import type { HoldHandler, Inspector } from './pipeline/types.js';
import { createMetrics, instrumentStore } from './web/metrics.js';
import { createReleaseChain, DownloadConfigError, vaultFromConfig } from './release/default-chain.js';
import { createDownloadNotices } from './download/notices.js';
import type { ReleaseTransform } from './release/types.js';

export { gatewayVersion } from './version.js';
import { gatewayVersion } from './version.js';

/** Why the gateway could not start; `code` is stable (logs, README "Exit codes"). */
export class StartupError extends Error {
  constructor(
    readonly code: 'STORE_NOT_WRITABLE' | 'SMTP_PORT_UNAVAILABLE' | 'WEB_PORT_UNAVAILABLE' | 'DOWNLOAD_PORT_UNAVAILABLE',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'StartupError';
  }
}

/** Free space below which new mail gets 451 4.3.0: storage.minFreeBytes, default 2 × the largest message. */
export function minFreeBytes(config: GatewayConfig): number {
  return config.storage.minFreeBytes ?? config.smtp.maxMessageBytes * 2;
}

function listenError(what: 'SMTP' | 'WEB' | 'DOWNLOAD', address: string, err: unknown): StartupError {
  const errno = (err as NodeJS.ErrnoException).code;
  const why = errno === 'EADDRINUSE' ? 'the port is already in use' : errno === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' : (err as Error).message;
  return new StartupError(`${what}_PORT_UNAVAILABLE`, `cannot listen on ${address}: ${why}`);
}

/** Every external I/O is a seam: tests and other deployments pass their own. */
/** What stage factories get: the resolved seams of this gateway. */
export interface GatewayContext {
  config: GatewayConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  wakeRelay: () => void;
}

type Factory<T> = T | ((ctx: GatewayContext) => T | Promise<T>);

async function resolve<T extends object>(value: Factory<T> | undefined, ctx: GatewayContext): Promise<T | undefined> {
  return typeof value === 'function' ? await (value as (ctx: GatewayContext) => T | Promise<T>)(ctx) : value;
}

export interface GatewaySeams {
  store?: Store;
  relay?: Relay;
  clock?: Clock;
  inspector?: Factory<Inspector>;
  holds?: Factory<HoldHandler>;
  /** The sender's supervisors for 上長Bcc (production: the workflow's approver routing); default: none. */
  supervisors?: Factory<SupervisorLookup>;
  /** Periodic jobs (deadlines, retention) started and stopped with the gateway. */
  background?: Factory<{ start(): void; stop(): Promise<void> | void }>;
  webPlugins?: Array<(app: FastifyInstance, gateway: Gateway) => Promise<void> | void>;
  /** Extra /healthz parts that degrade but never fail it (directory sync, issue 19). */
  health?: { directory?: () => { ok: boolean; reason?: string; lastSuccessAt: number | null } | undefined };
  /** Release steps of other modules: header steps (`extra`) and signing (`last`); see src/release/default-chain.ts. */
  releaseSteps?: { extra?: readonly ReleaseTransform[]; last?: readonly ReleaseTransform[] };
}

export interface Gateway {
  readonly config: GatewayConfig;
  readonly store: Store;
  readonly relay: Relay;
  readonly log: Logger;
  readonly clock: Clock;
  readonly nodeId: string;
  smtpPort: number;
  webPort: number;
  /** Port of the recipients' download listener (0 when download.enabled is false). */
  downloadPort: number;
  /** Wake the relay stage now (e.g. after an approval). */
  wakeRelay(): void;
  /** Look for due send delays now (tests moving a manual clock; the loop also polls). */
  wakeRelease(): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const noHolds: HoldHandler = { async onHeld() {}, async onRejected() {} };

export async function createGateway(config: GatewayConfig, log: Logger, seams: GatewaySeams = {}): Promise<Gateway> {
  const clock = seams.clock ?? systemClock;
  const hostname = config.smtp.hostname ?? os.hostname();
  mkdirSync(config.storage.dataDir, { recursive: true });
  const baseStore = seams.store ?? (await openStore(config.storage.url, log));
  const metrics = createMetrics(baseStore);
  const smtpMetrics = createSmtpMetrics(metrics.registry);
  const store = instrumentStore(baseStore, metrics);
  const relay =
    seams.relay ??
    (config.upstream.url
      ? new UpstreamRelay({
          url: config.upstream.url,
          maxConnections: config.upstream.maxConnections,
          rejectUnauthorized: config.upstream.rejectUnauthorized,
          connectionTimeoutMs: config.upstream.connectionTimeoutMs,
          hostname,
        })
      : new OutboxRelay(config.outbox.dir));
  let relayLoop: WorkLoop;
  const wakeRelay = () => relayLoop?.wake();
  const context: GatewayContext = { config, store, clock, log, wakeRelay };
  const inspector = (await resolve(seams.inspector, context)) ?? (await import('./pipeline/pass-inspector.js')).passThroughInspector;
  const holds = (await resolve(seams.holds, context)) ?? noHolds;
  const background = await resolve(seams.background, context);
  const nodeId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const storage = new StorageHealth(store, config.storage.dataDir, minFreeBytes(config), log);
  const inflow = new InflowGate({
    backlog: config.processing.inflowBacklog ?? 16 * config.processing.concurrency,
    maxDelayMs: config.processing.inflowDelayMs,
    largeMessageBytes: config.processing.largeMessageBytes,
  });
  const backlog = new BacklogMonitor(store, config.processing.maxBacklog, log, 500, (waiting) => inflow.resync(waiting));

  const vault = vaultFromConfig(config);
  // 上長Bcc: the sender's supervisors from the workflow's routing (none without the seam).
  const supervisorOf = (await resolve(seams.supervisors, context)) ?? (() => []);
  const transforms = createReleaseChain({ store, config, vault, supervisorOf, ...(seams.releaseSteps ?? {}) });
  const relayDeps = { store, relay, clock, log: log.child({ stage: 'relay' }), owner: nodeId, hostname, retry: config.upstream.retry, wakeRelay, transforms };
  relayLoop = new WorkLoop({
    name: 'relay',
    pollMs: config.processing.pollMs,
    concurrency: Math.max(2, config.upstream.maxConnections),
    log,
    claim: (limit) => store.claim('relay', nodeId, clock.now(), config.processing.leaseMs, limit),
    handle: (item) => withLease(store, (item as MessageRecord).id, nodeId, config.processing.leaseMs, clock, () => relayMessage(relayDeps, item as MessageRecord)),
  });
  // Send delays: due `delayed` messages go to the relay queue; polled every 250 ms at most so a
  // delay ends on time (the claim is cheap: a partial index on the due time). A release is one
  // small state change, and up to 1,024 are claimed at once so a burst shares one commit (the
  // SQLite group commit: one fsync): 1,000 due at the same instant are queued within half a
  // second even on a loaded machine (bench: "delayed messages released"); with batches of 16
  // they waited behind many fsyncs (up to 5 s late).
  const releaseDeps = { store, clock, log: log.child({ stage: 'release' }), owner: nodeId, wakeRelay };
  const releaseLoop = new WorkLoop({
    name: 'release',
    pollMs: Math.min(config.processing.pollMs, 250),
    concurrency: 1024,
    log,
    claim: (limit) => store.claim('release', nodeId, clock.now(), config.processing.leaseMs, limit),
    handle: (item) => releaseDelayed(releaseDeps, item as MessageRecord),
  });
  const inspectDeps = { store, inspector, holds, clock, log: log.child({ stage: 'inspect' }), owner: nodeId, leaseMs: config.processing.leaseMs, wakeRelay };
  // Two lanes by size: plain mail is never queued behind large attachments.
  const inspectLoop = new InspectLanes({
    pollMs: config.processing.pollMs,
    workers: config.processing.concurrency,
    largeMessageBytes: config.processing.largeMessageBytes,
    log,
    claim: (limit, sizes) => store.claim('inspect', nodeId, clock.now(), config.processing.leaseMs, limit, sizes),
    handle: (item) =>
      // Only a finished inspection frees a place: a failed one stays waiting and is retried.
      withLease(store, (item as MessageRecord).id, nodeId, config.processing.leaseMs, clock, () => inspectMessage(inspectDeps, item as MessageRecord)).then((left) => {
        if (left) inflow.inspected((item as MessageRecord).size);
      }),
  });

  let receiver: Receiver | undefined;
  let web: FastifyInstance | undefined;
  let download: FastifyInstance | undefined;
  // [postgres multi-node] unsubscribes from work notifications of other nodes (optional Store method).
  let unsubscribeWork: (() => Promise<void>) | undefined;

  const gateway: Gateway = {
    config,
    store,
    relay,
    log,
    clock,
    nodeId,
    smtpPort: config.smtp.port,
    webPort: config.web.port,
    downloadPort: 0,
    wakeRelay,
    wakeRelease: () => releaseLoop.wake(),
    async start() {
      // All or nothing: the store is checked, every listener bound and the work loops running
      // before SMTP opens last — a client never gets a 250 from a gateway that cannot relay it.
      // On any failure what was opened is closed again (stop() copes with a partial start).
      const status = await storage.check();
      if (!status.ok && status.cause !== 'low_space') {
        // Low disk space is transient (4xx until it returns); a store that cannot be written is not.
        throw new StartupError('STORE_NOT_WRITABLE', `the store cannot be written: ${status.reason ?? 'unknown'}`);
      }
      storage.start();
      // Inflow control starts from what already waits for inspection (a restart into a backlog).
      if (inflow.enabled) inflow.seed((await store.list({ states: ['received'], limit: config.processing.maxBacklog })).map((r) => r.size));
      backlog.start();
      if (config.web.enabled) {
        // Imported here: a gateway without its web server never loads Fastify.
        const { createWebServer } = await import('./web/server.js');
        web = await createWebServer({
          store,
          metrics,
          log,
          storage: () => storage.current(),
          version: gatewayVersion,
          trustProxy: config.web.trustProxy,
          ...(seams.health?.directory ? { directory: seams.health.directory } : {}),
          plugins: (seams.webPlugins ?? []).map((p) => (app: FastifyInstance) => p(app, gateway)),
        });
        try {
          await web.listen({ port: config.web.port, host: config.web.host });
        } catch (err) {
          throw listenError('WEB', `${config.web.host}:${config.web.port}`, err);
        }
        const addr = web.server.address();
        gateway.webPort = typeof addr === 'object' && addr ? addr.port : config.web.port;
      }
      if (config.download.enabled) {
        // The recipients' page: its own listener (reachable from outside), never the admin UI.
        if (!vault) throw new DownloadConfigError('download.enabled needs a master key: set DLP_DOWNLOAD_MASTER_KEY (or download.masterKey), e.g. $(openssl rand -base64 32)');
        const c = config.download.code;
        // Imported here: a gateway without the download listener never loads Fastify for it.
        const { createDownloadServer } = await import('./download/server.js');
        download = await createDownloadServer({
          store,
          vault,
          clock,
          publicUrl: config.download.publicUrl,
          trustProxy: config.web.trustProxy,
          settings: { codeTtlMs: c.ttlMs, maxFailures: c.maxFailures, lockMs: c.lockMs, maxRequestsPerHour: c.maxRequestsPerHour, grantMs: config.download.grantMs },
          sendNotice: createDownloadNotices({ store, clock, hostname, noticeSender: config.workflow.noticeSender, wakeRelay }, c.ttlMs),
        });
        try {
          await download.listen({ port: config.download.listen.port, host: config.download.listen.host });
        } catch (err) {
          throw listenError('DOWNLOAD', `${config.download.listen.host}:${config.download.listen.port}`, err);
        }
        const addr = download.server.address();
        gateway.downloadPort = typeof addr === 'object' && addr ? addr.port : config.download.listen.port;
      }
      inspectLoop.start();
      relayLoop.start();
      releaseLoop.start();
      // [postgres multi-node] LISTEN/NOTIFY: start work made due on any node now, not at the next poll.
      unsubscribeWork = await store.subscribe?.('work', (kind) => (kind === 'inspect' ? inspectLoop.wake() : kind === 'release' ? releaseLoop.wake() : wakeRelay()));
      background?.start();
      receiver = createReceiver({
        config: config.smtp,
        store,
        onStoreFailure: (reason) => storage.reportFailure(reason),
        log: log.child({ stage: 'receive' }),
        clock,
        metrics: smtpMetrics,
        onAccepted: (_id, size) => (inflow.accepted(size), inspectLoop.wake(size)),
        admitMail: (declaredSize, leave) => inflow.admit(declaredSize, leave),
        // Storage first (a 4.3.0 says why), then back-pressure from the inspection backlog.
        isAcceptingMail: () => {
          const s = storage.current();
          return s.ok ? backlog.current() : s;
        },
      });
      let smtp: { port: number; host: string };
      try {
        smtp = await receiver.listen();
      } catch (err) {
        throw listenError('SMTP', `${config.smtp.host}:${config.smtp.port}`, err);
      }
      gateway.smtpPort = smtp.port;
      log.info(
        {
          smtp: `${smtp.host}:${smtp.port}`,
          web: web ? `${config.web.host}:${gateway.webPort}` : 'disabled',
          next: relay.description,
          store: config.storage.url.replace(/\/\/[^@/]*@/, '//***@'),
          clientNetworks: config.smtp.clientNetworks,
        },
        config.upstream.url ? 'gateway started' : `gateway started; no upstream configured: released mail is written to ${config.outbox.dir}`,
      );
    },
    async stop() {
      log.info('shutting down: no new sessions, finishing in-flight work');
      // Safe after a partial start: every step only undoes what was opened. Sessions paused by
      // inflow control go on at once (their transactions finish before the receiver closes).
      inflow.close();
      await receiver?.close();
      await background?.stop();
      await Promise.all([inspectLoop.stop(), relayLoop.stop(), releaseLoop.stop()]);
      storage.stop();
      backlog.stop();
      await web?.close();
      await download?.close();
      await inspector.close?.();
      await relay.close();
      await unsubscribeWork?.(); // [postgres multi-node]
      await store.close();
      log.info('shutdown complete');
    },
  };
  return gateway;
}
