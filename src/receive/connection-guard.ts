import type net from 'node:net';
import type { SMTPServer } from 'smtp-server';

/**
 * The few parts of smtp-server's per-connection object (3.21) this guard relies on. They are not
 * public API: test/core/smtp-limits.test.ts covers every behaviour built on them, so an upgrade
 * that changes them fails there, not in production.
 */
interface SmtpConnection {
  id: string;
  session: { id: string };
  _socket: net.Socket;
  _dataStream?: unknown;
  _handlerPending?: boolean;
  /** Set while an AUTH exchange waits for the client's next (base64) line. */
  _nextHandler?: unknown;
  _closing?: boolean;
  _closed?: boolean;
  send(code: number, data?: string | string[], context?: unknown): void;
  close(): void;
  _onCommand(command: Buffer, callback?: () => void): void;
}

export interface ConnectionGuardOptions {
  /** Deadline from our last reply (or the connect) to the next complete command line. */
  commandTimeoutMs: number;
  onCommandTimeout?: (session: { id: string; remoteAddress?: string }) => void;
}

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** An AUTH response line: `*` (cancel), `=` (empty initial response) or strict base64 (RFC 4954 §4). */
export function isAuthResponse(line: string): boolean {
  return line === '*' || line === '=' || base64.test(line);
}

/**
 * Per-connection rules smtp-server has no option for:
 * - a deadline for each command (also before the first one): a silent or drip-feeding client is
 *   answered `421 4.4.2` and closed well before the DATA idle timeout (smtp.socketTimeoutMs);
 * - AUTH lines that are not base64 get `501 5.5.2` and end the exchange (RFC 4954), instead of
 *   being decoded leniently into a username or password;
 * - an unknown AUTH mechanism is `504 5.5.4` (with its enhanced status code);
 * - `close(sessionId, code, text)`: answer and close a session at once (early DATA).
 */
export class ConnectionGuard {
  private readonly connections = new Map<string, SmtpConnection>();

  constructor(private readonly options: ConnectionGuardOptions) {}

  attach(server: SMTPServer): void {
    const internals = server as unknown as { connect(socket: net.Socket, options: unknown): void; connections: Set<SmtpConnection> };
    const connect = internals.connect.bind(server);
    internals.connect = (socket, socketOptions) => {
      connect(socket, socketOptions);
      // smtp-server adds the new connection last.
      let newest: SmtpConnection | undefined;
      for (const c of internals.connections) newest = c;
      if (newest && newest._socket === socket) this.guard(newest, socket);
    };
  }

  /**
   * Call `fn` when the next bytes from this session's client are read from the socket (before the
   * SMTP parser sees them). Bytes read after our 354 are the client's answer to it.
   */
  onNextRead(sessionId: string, fn: () => void): void {
    this.connections.get(sessionId)?._socket.prependOnceListener('data', fn);
  }

  /** Answer and close a session now (no-op when it is gone). */
  close(sessionId: string, code: number, text: string): void {
    const connection = this.connections.get(sessionId);
    if (!connection || connection._closed || connection._closing) return;
    connection.send(code, text);
    if (code !== 421) connection.close(); // smtp-server closes after a 421 itself
  }

  private guard(connection: SmtpConnection, socket: net.Socket): void {
    const id = connection.session.id;
    this.connections.set(id, connection);
    let lastReplyAt = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = this.options.commandTimeoutMs;

    const arm = (ms: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(check, ms);
      timer.unref();
    };
    const check = () => {
      timer = undefined;
      if (connection._closed || connection._closing) return;
      // Receiving a message, or waiting for one of our handlers: not the client's turn.
      if (connection._dataStream || connection._handlerPending) return arm(deadline);
      const idle = Date.now() - lastReplyAt;
      if (idle < deadline) return arm(deadline - idle);
      this.options.onCommandTimeout?.(connection.session);
      connection.send(421, '4.4.2 Timeout waiting for a command, closing connection');
    };

    const send = connection.send.bind(connection);
    connection.send = (code, data, context) => {
      lastReplyAt = Date.now();
      if (code === 504 && typeof data === 'string' && /Unrecognized authentication type/i.test(data)) {
        data = '5.5.4 Unrecognized authentication mechanism';
      }
      send(code, data, context);
    };

    const onCommand = connection._onCommand.bind(connection);
    connection._onCommand = (command, callback) => {
      const line = (command ?? Buffer.alloc(0)).toString('latin1').trim();
      if (connection._nextHandler && !connection._dataStream) {
        // A continuation line of AUTH PLAIN / LOGIN.
        if (!isAuthResponse(line)) return this.refuseAuthLine(connection, callback);
      } else {
        const auth = /^AUTH\s+(PLAIN|LOGIN)\s+(\S+)\s*$/i.exec(line);
        if (auth && !isAuthResponse(auth[2]!)) return this.refuseAuthLine(connection, callback);
      }
      onCommand(command, callback);
    };

    arm(deadline);
    socket.once('close', () => {
      if (timer) clearTimeout(timer);
      this.connections.delete(id);
    });
  }

  private refuseAuthLine(connection: SmtpConnection, callback?: () => void): void {
    connection._nextHandler = false;
    connection.send(501, '5.5.2 Cannot decode the base64 response; authentication aborted');
    setImmediate(() => callback?.());
  }
}
