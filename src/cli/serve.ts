import { loadConfig } from '../config/load.js';
import { DkimKeyError, loadDkimKeys } from '../release/dkim-keys.js';
import { ConfigError } from '../config/errors.js';
import { chooseLogFormat, createLogger } from '../log/logger.js';
import type { GatewayConfig } from '../config/schema.js';
import type { Store } from '../store/types.js';
import type { Gateway, GatewaySeams } from '../gateway.js';
import { openStore } from '../store/open.js';
import { checkPortsFree } from './port-check.js';
import type { Logger } from '../log/logger.js';

/** Exit codes of `dlp-gateway serve` (README "Exit codes"). */
export const exitCodes = {
  /** Stopped by SIGTERM/SIGINT after a graceful shutdown. */
  ok: 0,
  /** Failed while running, or the graceful shutdown failed or timed out. */
  failure: 1,
  /** Invalid configuration, policy or approvers file (a restart will not help). */
  invalidInput: 2,
  /** Could not start: a port is in use or not permitted, the store cannot be opened or written. */
  startFailed: 3,
} as const;

/** Close what a failed start opened, but never wait more than a few seconds for it. */
async function closeWithin(ms: number, close: () => Promise<unknown>, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    close().catch((err: unknown) => log.error({ err: (err as Error).message }, 'error while closing after a failed start')),
    new Promise((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

export interface ServeOptions {
  config?: string;
  /** Inspection off: relay only (for measuring the relay core). */
  inspect?: boolean;
}

/** `dlp-gateway serve`: run until SIGTERM/SIGINT, then shut down gracefully. */
export async function serve(options: ServeOptions, stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  let loaded;
  try {
    loaded = await loadConfig({ path: options.config });
  } catch (err) {
    if (err instanceof ConfigError) {
      stderr.write(`dlp-gateway: invalid configuration: ${err.toString()}\n`);
      return 2;
    }
    throw err;
  }
  const { config } = loaded;
  try {
    // A DKIM key that cannot be read is a configuration error (exit 2), found before anything opens.
    loadDkimKeys(config.dkim);
  } catch (err) {
    if (!(err instanceof DkimKeyError)) throw err;
    stderr.write(`dlp-gateway: invalid configuration: ${err.message}\n`);
    return exitCodes.invalidInput;
  }
  const log = createLogger({ level: config.log.level, sync: config.log.sync, format: chooseLogFormat(process.stdout) });
  log.info({ config: loaded.source ?? 'built-in defaults' }, 'configuration loaded');
  const seams: GatewaySeams = {};
  // Ports and the store first: nothing else is opened when they fail (exit 3 with the reason).
  try {
    await checkPortsFree(config);
  } catch (err) {
    return startFailed(err, log, stderr);
  }
  try {
    seams.store = await openStore(config.storage.url, log);
  } catch (err) {
    const message = (err as Error).message;
    const safeUrl = config.storage.url.replace(/\/\/[^@/]*@/, '//***@');
    return startFailed(/^STORE_[A-Z_]+:/.test(message) ? err : new Error(`STORE_UNAVAILABLE: cannot open the store ${safeUrl}: ${message}`), log, stderr);
  }
  if (options.inspect !== false) {
    const { createProductionSeams } = await import('../production.js');
    try {
      Object.assign(seams, await createProductionSeams(config, log));
    } catch (err) {
      // An invalid policy or approvers file: say where, exit 2 (the gateway never runs blind).
      stderr.write(`dlp-gateway: ${String(err instanceof Error && 'code' in err ? err.message : (err as Error).stack)}\n`);
      log.fatal({ err: (err as Error).message }, 'inspection could not start');
      await closeWithin(5_000, () => seams.store!.close(), log);
      log.flush();
      return exitCodes.invalidInput;
    }
  }
  // The signal handlers are installed before the gateway starts: a SIGTERM that arrives while it
  // starts (its "gateway started" line may already be out) is kept and handled as soon as it runs,
  // instead of killing the process without a graceful shutdown.
  let pendingSignal: string | undefined;
  let onSignal = (signal: string): void => void (pendingSignal ??= signal);
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  let gateway: Gateway | undefined;
  try {
    // Imported after the inspection workers were started: they load their code while this
    // thread loads the relay, receiver, workflow and release modules.
    const { createGateway } = await import('../gateway.js');
    gateway = await createGateway(config, log, seams);
    await gateway.start();
  } catch (err) {
    // All or nothing: close the listeners, loops, inspection workers and the store that were opened.
    const opened = gateway;
    await closeWithin(5_000, () => (opened ? opened.stop() : seams.store!.close()), log);
    return startFailed(err, log, stderr);
  }
  const running = gateway;
  return await new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'signal received');
      const force = setTimeout(() => {
        log.error('graceful shutdown timed out; exiting');
        resolve(exitCodes.failure);
      }, 60_000);
      force.unref();
      running.stop().then(
        () => {
          clearTimeout(force);
          resolve(exitCodes.ok);
        },
        (err: unknown) => {
          log.error({ err: (err as Error).message }, 'error during shutdown');
          resolve(exitCodes.failure);
        },
      );
    };
    onSignal = shutdown;
    if (pendingSignal) shutdown(pendingSignal);
    // A crash must not lose the buffered log lines that explain it: pino flushes its buffer
    // synchronously on process.exit (SIGKILL cannot be caught: see log.sync).
    process.once('uncaughtException', (err) => {
      log.fatal({ err: err.message, stack: err.stack }, 'uncaught exception; exiting');
      process.exit(exitCodes.failure);
    });
    // After the signal handlers: whoever reads the hint may stop the gateway right away.
    void hintFirstAdmin(running.store, config, running.webPort, options.config, log);
  });
}

function startFailed(err: unknown, log: Logger, stderr: NodeJS.WritableStream): number {
  const reason = (err as Error).message;
  stderr.write(`dlp-gateway: could not start: ${reason}\n`);
  log.fatal({ err: reason }, 'gateway failed to start; everything opened was closed');
  log.flush();
  return exitCodes.startFailed;
}

/**
 * A fresh installation has no account that can sign in to the web UI: say exactly how to make
 * the first one (the same store: the same --config), and where to sign in.
 */
async function hintFirstAdmin(store: Store, config: GatewayConfig, webPort: number, configPath: string | undefined, log: Logger): Promise<void> {
  if (!config.web.enabled) return;
  let users;
  try {
    users = await store.listUsers();
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'could not check for an administrator account');
    return;
  }
  if (users.some((u) => u.roles.includes('admin') && !u.disabled)) return;
  const configArg = configPath ? ` --config ${configPath}` : '';
  const command = `npx dlp-gateway user add admin --role admin --email admin@example.co.jp${configArg}`;
  const host = config.web.host === '0.0.0.0' || config.web.host === '::' ? '127.0.0.1' : config.web.host.includes(':') ? `[${config.web.host}]` : config.web.host;
  const signIn = (config.web.baseUrl || `http://${host}:${webPort}`).replace(/\/+$/, '');
  log.warn(
    `no administrator account yet: create one with \`${command}\` (it asks for a password), then sign in at ${signIn}/`,
  );
}
