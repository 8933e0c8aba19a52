import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { NewAuditEvent, Store } from '../store/types.js';

export interface GatewayMetrics {
  registry: Registry;
  /** Count an audit event (every state change of every message is one). */
  observeEvent(event: NewAuditEvent): void;
}

export function createMetrics(store: Store): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dlp_' });
  const events = new Counter({
    name: 'dlp_message_events_total',
    help: 'Message life-cycle events by action (received, passed, held, delivered, relay_deferred, bounced, ...)',
    labelNames: ['action'],
    registers: [registry],
  });
  const inspection = new Histogram({
    name: 'dlp_inspection_seconds',
    help: 'Time to inspect one message (extract, detect, decide)',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: 'dlp_messages',
    help: 'Messages in the store by state',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [state, n] of Object.entries(await store.countByState())) this.set({ state }, n);
    },
  });
  return {
    registry,
    observeEvent(event) {
      events.inc({ action: event.action });
      const ms = event.detail?.durationMs;
      if (typeof ms === 'number') inspection.observe(ms / 1000);
    },
  };
}

/** Store wrapper that turns every appended audit event into a metric; behaviour is unchanged. */
export function instrumentStore(store: Store, metrics: GatewayMetrics): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      switch (prop) {
        case 'accept':
          return async (message: Parameters<Store['accept']>[0], event: NewAuditEvent) => {
            await target.accept(message, event);
            metrics.observeEvent(event);
          };
        case 'update':
          return async (...args: Parameters<Store['update']>) => {
            const ok = await target.update(...args);
            if (ok && args[3]) metrics.observeEvent(args[3]);
            return ok;
          };
        case 'appendEvent':
          return async (event: NewAuditEvent) => {
            await target.appendEvent(event);
            metrics.observeEvent(event);
          };
        default:
          return (value as (...a: unknown[]) => unknown).bind(target);
      }
    },
  });
}
