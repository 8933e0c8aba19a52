import { pino, type Logger, type LoggerOptions } from 'pino';
import pinoPretty from 'pino-pretty';

export type { Logger };

/** JSON lines for machines (collectors, files, containers); one readable line per event for a person. */
export type LogFormat = 'json' | 'pretty';

/**
 * `DLP_LOG_FORMAT=json|pretty` when set; otherwise readable lines when stdout is a terminal
 * (a person ran `npm start`) and JSON lines everywhere else, as a log collector expects.
 */
export function chooseLogFormat(stdout: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): LogFormat {
  const wanted = env.DLP_LOG_FORMAT?.trim().toLowerCase();
  if (wanted === 'json' || wanted === 'pretty') return wanted;
  return stdout.isTTY ? 'pretty' : 'json';
}

/** pino-pretty as an in-process stream (no worker thread): `12:00:01 INFO: gateway started smtp=…`. */
function prettyStream(destination: NodeJS.WritableStream | undefined, colorize: boolean): NodeJS.WritableStream {
  return pinoPretty({
    colorize,
    translateTime: 'SYS:yyyy-mm-dd HH:MM:ss',
    ignore: 'pid,hostname,service',
    singleLine: true,
    sync: true,
    ...(destination ? { destination } : {}),
  });
}

/**
 * Structured logs without message content or personal data.
 * Addresses are masked before they reach a log line (see maskAddress); the redact list is a
 * second line of defence for fields that should never be logged at all.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream; format?: LogFormat; sync?: boolean } = {}): Logger {
  const opts: LoggerOptions = {
    level: options.level ?? process.env.DLP_LOG_LEVEL ?? 'info',
    base: { service: 'dlp-gateway' },
    redact: {
      paths: ['raw', 'body', 'text', 'password', 'pass', '*.password', '*.pass', 'headers.authorization', 'req.headers.cookie'],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (options.format === 'pretty') {
    const target = options.destination ?? process.stdout;
    return pino(opts, prettyStream(target, 'isTTY' in target && Boolean(target.isTTY) && !process.env.NO_COLOR));
  }
  if (options.destination) return pino(opts, options.destination);
  // Buffered (default, cheaper) lines are flushed on a normal or signalled exit; `sync` writes
  // every line at once, so even a SIGKILL loses none.
  return options.sync ? pino(opts, pino.destination({ dest: 1, sync: true })) : pino(opts);
}

/** `taro.yamada@example.co.jp` → `t***@example.co.jp`: enough to correlate, not to identify. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return address ? `${address[0]}***` : '<>';
  return `${address[0]}***${address.slice(at)}`;
}

export function maskAddresses(addresses: readonly string[]): string[] {
  return addresses.map(maskAddress);
}
