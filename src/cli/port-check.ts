import net from 'node:net';
import type { GatewayConfig } from '../config/schema.js';
import { StartupError } from '../gateway.js';

function tryListen(host: string, port: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    // A client that connects in this instant is hung up on at once (it retries), never left waiting.
    const server = net.createServer((socket) => socket.destroy());
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/**
 * Before the slow part of start-up (inspection workers, policy, web UI): are the SMTP and web
 * ports free? A taken port then fails in a second instead of after everything else was started
 * and closed again. Only a fast path: the real listen still decides (another process may take a
 * port in between).
 */
export async function checkPortsFree(config: GatewayConfig): Promise<void> {
  const ports: Array<['SMTP' | 'WEB' | 'DOWNLOAD', string, number]> = [['SMTP', config.smtp.host, config.smtp.port]];
  if (config.web.enabled) ports.push(['WEB', config.web.host, config.web.port]);
  if (config.download.enabled) ports.push(['DOWNLOAD', config.download.listen.host, config.download.listen.port]);
  for (const [what, host, port] of ports) {
    if (port === 0) continue;
    const err = await tryListen(host, port);
    if (!err) continue;
    const why = err.code === 'EADDRINUSE' ? 'the port is already in use' : err.code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' : err.message;
    throw new StartupError(`${what}_PORT_UNAVAILABLE`, `cannot listen on ${host}:${port}: ${why}`);
  }
}
