import type { FastifyRequest } from 'fastify';
import type { Actor, WorkflowResult } from '../workflow/types.js';
import type { WebContext } from './context.js';

/** A self-check link holder has no account: the signed token is the credential. */
export function senderActor(req: FastifyRequest, mailFrom?: string): Actor {
  return {
    id: mailFrom ? `sender:${mailFrom}` : 'sender',
    roles: [],
    ...(mailFrom ? { email: mailFrom } : {}),
    ip: req.ip,
    userAgent: String(req.headers['user-agent'] ?? '').slice(0, 200),
  };
}

export type SelfCheckAction = 'confirm' | 'cancel';

/** Verify the token, then confirm or cancel as the message's sender; wake the relay if released. */
export async function completeSelfCheck(ctx: WebContext, req: FastifyRequest, token: string, action: SelfCheckAction): Promise<WorkflowResult> {
  const opened = await ctx.workflow.openSelfCheck(token, senderActor(req));
  if (!opened.ok) return opened;
  const actor = senderActor(req, opened.record.mailFrom);
  const result = action === 'confirm' ? await ctx.workflow.confirmSelfCheck(token, actor) : await ctx.workflow.cancelSelfCheck(token, actor);
  if (result.ok && result.record.state === 'queued') ctx.wakeRelay();
  return result;
}
