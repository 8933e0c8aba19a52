import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { loadAudit, readAuditFilters } from '../audit/query.js';
import { requireApiAuth } from './auth.js';

export function registerAuditApi(app: FastifyInstance, ctx: WebContext): void {
  app.get('/api/audit', async (req, reply) => {
    if (!requireApiAuth(req, reply, 'admin', 'auditor')) return reply;
    const query = req.query as Record<string, unknown>;
    const f = readAuditFilters(query, ctx.clock.now());
    const limit = Math.min(10_000, Math.max(1, Number(query.limit) || 1000));
    const { events, truncated } = await loadAudit(ctx, f, limit);
    return {
      filters: f,
      truncated,
      events: events.map((e) => ({ id: e.id, at: new Date(e.at).toISOString(), actor: e.actor, action: e.action, messageId: e.messageId, detail: e.detail })),
    };
  });
}
