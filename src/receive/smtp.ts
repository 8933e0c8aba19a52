import { readFileSync } from 'node:fs';
import os from 'node:os';
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from 'smtp-server';
import { verify as verifyArgon2 } from '@node-rs/argon2';
import type { GatewayConfig } from '../config/schema.js';
import type { Store } from '../store/types.js';
import type { Clock } from '../clock.js';
import { maskAddress, maskAddresses, type Logger } from '../log/logger.js';
import { ClientNetworks } from './client-network.js';
import { findSmugglingSequence } from './smuggling.js';
import { receivedHeader } from './received-header.js';
import { newQueueId } from './queue-id.js';
import { AuthLimiter } from './auth-limiter.js';
import { ClientSlots } from './client-slots.js';
import { ConnectionGuard } from './connection-guard.js';
import { noSmtpMetrics, type SmtpMetrics } from './metrics.js';

/** An SMTP reply for smtp-server's callbacks: the code is what the client sees. */
function reply(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

const mailParams = new Set(['SIZE', 'BODY', 'SMTPUTF8', 'RET', 'ENVID', 'AUTH']);
const rcptParams = new Set(['NOTIFY', 'ORCPT']);

/** Only ESMTP parameters we know, with printable values: anything else is a malformed or hostile command. */
function knownParams(args: unknown, allowed: ReadonlySet<string>): boolean {
  if (!args || typeof args !== 'object') return true;
  return Object.entries(args as Record<string, unknown>).every(
    ([key, value]) => allowed.has(key.toUpperCase()) && (typeof value !== 'string' || !/[\x00-\x1f\x7f]/.test(value)),
  );
}

export interface ReceiverDeps {
  config: GatewayConfig['smtp'];
  store: Store;
  log: Logger;
  clock: Clock;
  /** Called after a message was committed, so the pipeline picks it up without waiting to poll. */
  /** `size` in bytes lets the inspection wake only the lane that message goes to. */
  onAccepted: (id: string, size: number) => void;
  /** When false (storage failing), new mail gets 4xx at MAIL FROM. */
  isAcceptingMail?: () => { ok: boolean; reason?: string; busy?: boolean };
  /**
   * Inflow control: resolves (with the milliseconds paused) when a new transaction may go on;
   * `declaredSize` is MAIL FROM's SIZE parameter when the client gave one.
   */
  admitMail?: (declaredSize: number | undefined, leave: AbortSignal) => Promise<number>;
  /** Told when committing a message failed (the storage health check takes over from there). */
  onStoreFailure?: (reason: string) => void;
  /** Counters for refused AUTH attempts and limited connections (/metrics). */
  metrics?: SmtpMetrics;
}

export interface Receiver {
  listen(): Promise<{ port: number; host: string }>;
  /** Stop accepting; in-flight sessions finish (up to the close timeout). */
  close(): Promise<void>;
  readonly server: SMTPServer;
}

/** Inbound SMTP: thin translation between the protocol and the store. */
export function createReceiver(deps: ReceiverDeps): Receiver {
  const { config, store, log, clock } = deps;
  const metrics = deps.metrics ?? noSmtpMetrics;
  const limits = config.limits;
  const authLimiter = new AuthLimiter(limits.auth, clock);
  const slots = ClientSlots.fromShare(config.maxClients, limits.perClientShare);
  /** Sessions whose MAIL FROM is paused by inflow control, to let go when they close. */
  const paused = new Map<string, AbortController>();
  /** The 451 for new mail while the store fails or the backlog is over its hard limit, else null. */
  const deferral = (): Error | null => {
    const accepting = deps.isAcceptingMail?.() ?? { ok: true };
    if (accepting.ok) return null;
    if (accepting.busy) {
      log.info({ reason: accepting.reason }, 'deferring mail: inspection backlog');
      return reply(451, '4.3.2 System busy (inspection backlog), try again later');
    }
    log.warn({ reason: accepting.reason }, 'deferring mail: gateway cannot store messages');
    return reply(451, `4.3.0 Temporarily unable to accept mail, try again later`);
  };
  const guard = new ConnectionGuard({
    // Never longer than the DATA idle timeout.
    commandTimeoutMs: Math.min(limits.commandTimeoutMs, config.socketTimeoutMs),
    onCommandTimeout: (session) => {
      metrics.refused('command_timeout');
      log.info({ client: (session as SMTPServerSession).remoteAddress }, 'closing session: no command within the command timeout');
    },
  });
  const later = (ms: number, fn: () => void) => (ms > 0 ? setTimeout(fn, ms).unref() : fn());
  const hostname = config.hostname ?? os.hostname();
  const networks = new ClientNetworks(config.clientNetworks);
  const authUsers = new Map((config.auth?.users ?? []).map((u) => [u.username, u.passwordHash]));
  const authEnabled = authUsers.size > 0;
  const tls = config.tls ? { key: readFileSync(config.tls.key), cert: readFileSync(config.tls.cert) } : undefined;

  const disabled: string[] = [];
  if (!tls) disabled.push('STARTTLS');
  if (!authEnabled) disabled.push('AUTH');

  const server = new SMTPServer({
    name: hostname,
    banner: 'dlp-gateway ESMTP',
    size: config.maxMessageBytes,
    maxClients: config.maxClients,
    socketTimeout: config.socketTimeoutMs,
    closeTimeout: 30_000,
    disabledCommands: disabled,
    authOptional: !(config.auth?.required ?? false),
    allowInsecureAuth: config.auth?.allowInsecure ?? false,
    authMethods: ['PLAIN', 'LOGIN'],
    hideSTARTTLS: !tls,
    ...(tls ? { key: tls.key, cert: tls.cert } : {}),
    logger: false,
    onConnect(session, callback) {
      // Never an open relay: outside the client networks only authenticated clients may proceed.
      if (!networks.allows(session.remoteAddress) && !authEnabled) {
        log.warn({ client: session.remoteAddress }, 'connection refused: client not in allowed networks');
        return callback(reply(554, '5.7.1 Relay access denied: client not allowed'));
      }
      // One address may hold only its share of smtp.maxClients; the others keep their slots.
      if (!slots.take(session.id, session.remoteAddress)) {
        metrics.refused('per_client_limit');
        log.warn({ client: session.remoteAddress, limit: slots.perAddress }, 'connection refused: too many connections from this client address');
        return callback(reply(421, '4.7.0 Too many connections from your address, try again later'));
      }
      callback();
    },
    onClose(session) {
      slots.release(session.id);
      paused.get(session.id)?.abort();
    },
    onAuth(auth: SMTPServerAuthentication, session: SMTPServerSession, callback) {
      const account = auth.username ?? '';
      const client = session.remoteAddress;
      // An account that is a mail address is personal data: masked like every address in the logs.
      const user = account.includes('@') ? maskAddress(account) : account;
      const gate = authLimiter.gate(account, client);
      if (gate.kind === 'locked') {
        // Locked out: the password is not even checked (a guess cannot succeed now).
        metrics.authFailure('locked_out');
        log.warn({ client, user, scope: gate.scope, retryAfterMs: gate.retryAfterMs }, 'smtp auth refused: locked out after repeated failures');
        return later(limits.auth.delayMs, () => callback(reply(454, '4.7.0 Too many failed authentication attempts; try again later')));
      }
      const failed = (why: string) => {
        const outcome = authLimiter.failed(account, client);
        metrics.authFailure('wrong_credentials');
        log.warn({ client, user, delayMs: outcome.delayMs }, `smtp auth failed: ${why}`);
        if (outcome.lockedOut) {
          metrics.authLockout(outcome.lockedOut);
          log.warn({ client, user, scope: outcome.lockedOut, lockoutMs: limits.auth.lockoutMs }, 'smtp auth locked out: too many failures');
        }
        later(outcome.delayMs, () => callback(reply(535, '5.7.8 Authentication credentials invalid')));
      };
      const hash = account ? authUsers.get(account) : undefined;
      if (!hash) return failed('unknown user');
      verifyArgon2(hash, auth.password ?? '').then(
        (ok) => {
          if (!ok) return failed('wrong password');
          authLimiter.succeeded(account, client);
          callback(null, { user: account });
        },
        (err: unknown) => {
          log.error({ err }, 'smtp auth check failed');
          callback(reply(454, '4.7.0 Temporary authentication failure'));
        },
      );
    },
    onMailFrom(address, session, callback) {
      if (!networks.allows(session.remoteAddress) && !session.user) {
        return callback(reply(530, '5.7.0 Authentication required'));
      }
      if (config.auth?.required && !session.user) return callback(reply(530, '5.7.0 Authentication required'));
      const deferred = deferral();
      if (deferred) return callback(deferred);
      if (/[\r\n\0]/.test(address.address)) return callback(reply(501, '5.1.7 Invalid sender address'));
      if (!knownParams(address.args, mailParams)) return callback(reply(555, '5.5.4 Unsupported MAIL FROM parameters'));
      if (!deps.admitMail) return callback();
      const args = address.args as Record<string, string> | false;
      const declared = Number((args && args.SIZE) ?? NaN);
      // A client that leaves while paused gives up its place (closePaused, from onClose).
      const leave = new AbortController();
      paused.set(session.id, leave);
      deps.admitMail(Number.isFinite(declared) ? declared : undefined, leave.signal).then(
        (pausedMs) => {
          paused.delete(session.id);
          if (leave.signal.aborted) return;
          if (pausedMs > 0) metrics.inflowPaused(pausedMs);
          // The store may have failed, or the hard backlog limit been reached, during the pause.
          callback(pausedMs > 0 ? (deferral() ?? undefined) : undefined);
        },
        () => (paused.delete(session.id), callback()),
      );
    },
    onRcptTo(address, session, callback) {
      if (session.envelope.rcptTo.length >= config.maxRecipients) return callback(reply(452, '4.5.3 Too many recipients'));
      if (!address.address || /[\r\n\0\s]/.test(address.address) || !address.address.includes('@')) {
        return callback(reply(501, '5.1.3 Invalid recipient address'));
      }
      if (!knownParams(address.args, rcptParams)) return callback(reply(555, '5.5.4 Unsupported RCPT TO parameters'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let length = 0;
      // RFC 2920: the client must wait for 354 before the message. Data that was already read when
      // DATA was (it reaches the stream before this turn of the event loop ends, and before any new
      // read from the socket) was sent too early: the transaction gets 554 5.5.0 and the session is
      // closed at once, never left to time out.
      let sameTurn = true;
      let early = false;
      setImmediate(() => (sameTurn = false));
      guard.onNextRead(session.id, () => (sameTurn = false));
      stream.on('data', (chunk: Buffer) => {
        if (sameTurn && !early) {
          early = true;
          metrics.refused('early_data');
          log.warn({ client: session.remoteAddress }, 'closing session: message data sent before the 354 reply (pipelining error)');
          guard.close(session.id, 554, '5.5.0 Protocol synchronization error: message data sent before the 354 reply; closing');
        }
        if (early) return;
        if (length <= config.maxMessageBytes) chunks.push(chunk);
        length += chunk.length;
      });
      stream.on('error', (err) => log.debug({ err: err.message }, 'data stream error'));
      stream.on('end', () => {
        // Already answered and closing: no callback, so nothing pipelined behind it is processed.
        if (early) return;
        if (stream.sizeExceeded || length > config.maxMessageBytes) {
          log.info({ client: session.remoteAddress, size: length }, 'message refused: size limit');
          return callback(reply(552, `5.3.4 Message size exceeds fixed limit of ${config.maxMessageBytes} bytes`));
        }
        const body = Buffer.concat(chunks, length);
        const smuggling = findSmugglingSequence(body);
        if (smuggling) {
          log.warn({ client: session.remoteAddress, reason: smuggling }, 'message refused: SMTP smuggling sequence');
          return callback(reply(550, `5.6.0 Message refused: ${smuggling} in message data`));
        }
        const now = clock.now();
        const id = newQueueId(now);
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const rcptTo = session.envelope.rcptTo.map((r) => r.address);
        const header = receivedHeader({
          helo: session.hostNameAppearsAs ?? 'unknown',
          remoteAddress: session.remoteAddress,
          remoteHostname: session.clientHostname,
          hostname,
          id,
          tls: session.secure,
          authenticated: Boolean(session.user),
          recipients: rcptTo,
          date: new Date(now),
        });
        const raw = Buffer.concat([Buffer.from(header, 'latin1'), body]);
        const client = {
          address: session.remoteAddress,
          helo: session.hostNameAppearsAs,
          tls: session.secure,
          user: session.user ?? null,
          transmissionType: session.transmissionType,
        };
        store
          .accept(
            { id, receivedAt: now, mailFrom, rcptTo, raw, client },
            { at: now, messageId: id, actor: `smtp:${session.remoteAddress}`, action: 'received', detail: { size: raw.length, recipients: rcptTo.length } },
          )
          .then(
            () => {
              log.info({ id, from: maskAddress(mailFrom), to: maskAddresses(rcptTo), size: raw.length }, 'message accepted');
              callback(null, `2.0.0 Ok: queued as ${id}`);
              deps.onAccepted(id, raw.length);
            },
            (err: unknown) => {
              log.error({ err: (err as Error).message, client: session.remoteAddress }, 'could not store message; deferring');
              deps.onStoreFailure?.((err as Error).message);
              callback(reply(451, '4.3.0 Temporary local problem, message not accepted; try again later'));
            },
          );
      });
    },
  });

  guard.attach(server);

  // A client that resets mid-DATA is a normal event: log it, never crash.
  server.on('error', (err: Error & { remote?: string }) => {
    log.debug({ err: err.message, client: err.remote }, 'smtp connection error');
  });

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        const onError = (err: Error) => reject(err);
        server.server.once('error', onError);
        server.listen(config.port, config.host, () => {
          server.server.off('error', onError);
          const addr = server.server.address();
          const port = typeof addr === 'object' && addr ? addr.port : config.port;
          resolve({ port, host: config.host });
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
