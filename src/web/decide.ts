import type { Actor, WorkflowResult } from '../workflow/types.js';
import type { WebContext } from './context.js';
import { mayDecide } from './view/queue-data.js';

export type Decision = 'approve' | 'reject';

export const maxCommentLength = 2000;

/** Approve or reject through the workflow (which checks permissions and state); wake the relay on release. */
export async function decide(ctx: WebContext, actor: Actor, id: string, decision: Decision, comment: unknown, releaseAs?: unknown): Promise<WorkflowResult> {
  // Auditors are read-only whatever else they may be allowed to see.
  if (!mayDecide(actor)) return { ok: false, error: 'forbidden', message: 'approver or admin role required' };
  const text = typeof comment === 'string' ? comment.trim().slice(0, maxCommentLength) : '';
  const result = decision === 'approve' ? await ctx.workflow.approve(id, actor, text || undefined, releaseAs === 'bcc' ? { releaseAs: 'bcc' } : {}) : await ctx.workflow.reject(id, actor, text || undefined);
  if (result.ok && decision === 'approve') ctx.wakeRelay();
  return result;
}
