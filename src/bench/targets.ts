/** A path under test (direct to sink, plain relay, gateway) and how to know its work is done. */
import type { GatewayProcess, ServerProcess } from './children.js';
import type { Sink } from './sink.js';

export interface Target {
  name: string;
  port: number;
  /** The server process (none for direct-to-sink). */
  process?: ServerProcess;
  gateway?: GatewayProcess;
  /** Waits until every message of the run has arrived at the sink or has stopped (held). */
  settle(ids: readonly string[], timeoutMs: number): Promise<void>;
}

export function directTarget(sink: Sink): Target {
  return { name: 'direct to sink', port: sink.port, settle: async (ids, t) => void (await sink.waitFor(ids, t)) };
}

export function relayTarget(sink: Sink, relay: ServerProcess): Target {
  return { name: 'plain relay', port: relay.port, process: relay, settle: async (ids, t) => void (await sink.waitFor(ids, t)) };
}

export function gatewayTarget(sink: Sink, gateway: GatewayProcess): Target {
  return {
    name: 'dlp-gateway',
    port: gateway.port,
    process: gateway,
    gateway,
    async settle(ids, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      // Inspected and relayed (or held): nothing left in received/queued.
      while (gateway.pending() > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await sink.waitFor(ids, Math.min(2_000, Math.max(0, deadline - performance.now())));
    },
  };
}
