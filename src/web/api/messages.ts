import type { FastifyInstance } from 'fastify';
import type { MessageState } from '../../store/types.js';
import { heldStates } from '../../store/types.js';
import type { WebContext } from '../context.js';
import { messageView, type HeldMessageView } from '../view/held-message.js';
import { loadQueue, mayView } from '../view/queue-data.js';
import { decide, decisions } from '../decide.js';
import { apiError, workflowStatus } from './errors.js';
import { requireApiAuth } from './auth.js';

const allStates: readonly MessageState[] = ['received', 'awaiting_self_check', 'awaiting_approval', 'delayed', 'queued', 'delivered', 'bounced', 'rejected', 'cancelled', 'denied', 'returned', 'expired'];

/** The JSON shape of a message in the API (masked findings only; no content). */
export function messageJson(m: HeldMessageView, withFindings: boolean): Record<string, unknown> {
  return {
    id: m.id,
    state: m.state,
    receivedAt: new Date(m.receivedAt).toISOString(),
    mailFrom: m.mailFrom,
    from: m.headers.from,
    subject: m.headers.subject,
    recipients: m.recipients,
    attachments: m.attachments,
    rules: m.rules,
    categories: m.categories,
    personCount: m.personCount ?? null,
    heldAt: m.hold.heldAt !== undefined ? new Date(m.hold.heldAt).toISOString() : null,
    deadline: m.hold.deadline !== undefined ? new Date(m.hold.deadline).toISOString() : null,
    bulkSafe: m.bulkSafe,
    consideredApproval: m.considered ? { required: m.considered.required, risks: m.considered.reasons, statement: m.considered.statement } : null,
    monitorOnly: m.monitorOnly,
    ...(withFindings ? { findings: m.findings.map(({ hashes: _hashes, ...f }) => f), recordCount: m.recordCount ?? null } : {}),
  };
}

export function registerMessagesApi(app: FastifyInstance, ctx: WebContext): void {
  app.get('/api/messages', async (req, reply) => {
    if (!requireApiAuth(req, reply)) return reply;
    const status = (req.query as Record<string, unknown>).status;
    let states: readonly MessageState[] = heldStates;
    if (typeof status === 'string' && status !== '' && status !== 'held') {
      const wanted = status.split(',');
      if (!wanted.every((s) => (allStates as readonly string[]).includes(s))) return apiError(reply, 400, 'bad_request', `status must be "held" or a list of: ${allStates.join(', ')}`);
      states = wanted as MessageState[];
    }
    const { shown } = await loadQueue(ctx, req.dlpAuth!.actor, {}, states);
    return { messages: shown.map((m) => messageJson(m, false)) };
  });

  app.get('/api/messages/:id', async (req, reply) => {
    if (!requireApiAuth(req, reply)) return reply;
    const record = await ctx.store.get((req.params as { id: string }).id);
    if (!record || record.kind !== 'mail' || !mayView(ctx, req.dlpAuth!.actor, record)) return apiError(reply, 404, 'not_found', 'no such message');
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: record.id, actor: req.dlpAuth!.user.username, action: 'message_viewed', detail: { ip: req.ip, via: 'api' } });
    const view = await messageView(ctx, record);
    const events = await ctx.store.events({ messageId: record.id, limit: 500 });
    return {
      message: messageJson(view, true),
      timeline: events.map((e) => ({ at: new Date(e.at).toISOString(), actor: e.actor, action: e.action, detail: e.detail })),
    };
  });

  for (const decision of decisions) {
    app.post(`/api/messages/:id/${decision}`, async (req, reply) => {
      if (!requireApiAuth(req, reply)) return reply;
      const record = await ctx.store.get((req.params as { id: string }).id);
      if (!record || record.kind !== 'mail' || !mayView(ctx, req.dlpAuth!.actor, record)) return apiError(reply, 404, 'not_found', 'no such message');
      const body = req.body;
      if (body !== undefined && body !== null && (typeof body !== 'object' || Array.isArray(body))) return apiError(reply, 400, 'bad_request', 'body must be a JSON object {"comment": "…"}');
      const input = (body ?? {}) as Record<string, unknown>;
      for (const key of ['comment', 'confirm', 'reason'] as const) {
        if (input[key] !== undefined && typeof input[key] !== 'string') return apiError(reply, 400, 'bad_request', `${key} must be a string`);
      }
      if (input.releaseAs !== undefined && input.releaseAs !== 'original' && input.releaseAs !== 'bcc') return apiError(reply, 400, 'bad_request', 'releaseAs must be "original" or "bcc"');
      const result = await decide(ctx, req.dlpAuth!.actor, record.id, decision, input);
      if (!result.ok) return apiError(reply, workflowStatus(result.error), result.error, result.message);
      const view = await messageView(ctx, result.record, false);
      return { message: messageJson(view, false) };
    });
  }
}
