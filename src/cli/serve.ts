import { loadConfig } from '../config/load.js';
import { ConfigError } from '../config/errors.js';
import { chooseLogFormat, createLogger, type Logger } from '../log/logger.js';
import type { GatewayConfig } from '../config/schema.js';
import type { Store } from '../store/types.js';
import { createGateway, type GatewaySeams } from '../gateway.js';

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
  const log = createLogger({ level: config.log.level, format: chooseLogFormat(process.stdout) });
  log.info({ config: loaded.source ?? 'built-in defaults' }, 'configuration loaded');
  const seams: GatewaySeams = {};
  if (options.inspect !== false) {
    const { createProductionSeams } = await import('../production.js');
    try {
      Object.assign(seams, await createProductionSeams(config, log));
    } catch (err) {
      // An invalid policy or approvers file: say where, exit 2 (the gateway never runs blind).
      stderr.write(`dlp-gateway: ${String(err instanceof Error && 'code' in err ? err.message : (err as Error).stack)}\n`);
      log.fatal({ err: (err as Error).message }, 'inspection could not start');
      return 2;
    }
  }
  let gateway;
  try {
    gateway = await createGateway(config, log, seams);
    await gateway.start();
  } catch (err) {
    log.fatal({ err: (err as Error).message }, 'gateway failed to start');
    return 1;
  }
  return await new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'signal received');
      const force = setTimeout(() => {
        log.error('graceful shutdown timed out; exiting');
        resolve(1);
      }, 60_000);
      force.unref();
      gateway.stop().then(
        () => {
          clearTimeout(force);
          resolve(0);
        },
        (err: unknown) => {
          log.error({ err: (err as Error).message }, 'error during shutdown');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
    // After the signal handlers: whoever reads the hint may stop the gateway right away.
    void hintFirstAdmin(gateway.store, config, gateway.webPort, options.config, log);
  });
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
