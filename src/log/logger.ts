import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Structured logs without message content or personal data.
 * Addresses are masked before they reach a log line (see maskAddress); the redact list is a
 * second line of defence for fields that should never be logged at all.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream; sync?: boolean } = {}): Logger {
  const opts: LoggerOptions = {
    level: options.level ?? process.env.DLP_LOG_LEVEL ?? 'info',
    base: { service: 'dlp-gateway' },
    redact: {
      paths: ['raw', 'body', 'text', 'password', 'pass', '*.password', '*.pass', 'headers.authorization', 'req.headers.cookie'],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
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
