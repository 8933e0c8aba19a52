import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { completeSelfCheck } from '../self-check.js';
import { apiError, workflowStatus } from './errors.js';

/**
 * POST /api/self-check/:token {"action":"confirm"|"cancel"} — the token is the credential.
 * JSON only (a cross-site HTML form cannot send it without a CORS preflight), and the Origin is
 * checked by the plugin's CSRF hook.
 */
export function registerSelfCheckApi(app: FastifyInstance, ctx: WebContext): void {
  app.post('/api/self-check/:token', async (req, reply) => {
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return apiError(reply, 415, 'unsupported_media_type', 'send application/json');
    const action = (req.body as Record<string, unknown> | undefined)?.action;
    if (action !== 'confirm' && action !== 'cancel') return apiError(reply, 400, 'bad_request', 'action must be "confirm" or "cancel"');
    const result = await completeSelfCheck(ctx, req, (req.params as { token: string }).token, action);
    if (!result.ok) return apiError(reply, workflowStatus(result.error), result.error, result.message);
    return { id: result.record.id, state: result.record.state };
  });
}
