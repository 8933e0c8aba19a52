import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { loadStats, readDays } from '../stats/load.js';
import { requireApiAuth } from './auth.js';

export function registerStatsApi(app: FastifyInstance, ctx: WebContext): void {
  app.get('/api/stats', async (req, reply) => {
    if (!requireApiAuth(req, reply, 'admin', 'auditor')) return reply;
    const days = readDays(req.query as Record<string, unknown>);
    return { period: days, ...(await loadStats(ctx, days)) };
  });
}
