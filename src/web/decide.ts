import { rejectReasons, type Actor, type RejectReason, type WorkflowResult } from '../workflow/types.js';
import type { WebContext } from './context.js';
import { mayDecide } from './view/queue-data.js';

/** approve (承認), reject (却下), return (差し戻し). */
export type Decision = 'approve' | 'reject' | 'return';
export const decisions: readonly Decision[] = ['approve', 'reject', 'return'];

export const maxCommentLength = 2000;

/** What a form or a JSON body may carry with a decision (unchecked input). */
export interface DecisionInput {
  comment?: unknown;
  releaseAs?: unknown;
  /** The considered-approval statement, ticked or typed. */
  confirm?: unknown;
  /** A listed reason for 却下. */
  reason?: unknown;
}

function rejectReason(value: unknown): RejectReason | undefined {
  return typeof value === 'string' && (rejectReasons as readonly string[]).includes(value) ? (value as RejectReason) : undefined;
}

/** Decide through the workflow (which checks permissions, state, reasons and considered approval). */
export async function decide(ctx: WebContext, actor: Actor, id: string, decision: Decision, input: DecisionInput): Promise<WorkflowResult> {
  // Auditors are read-only whatever else they may be allowed to see.
  if (!mayDecide(actor)) return { ok: false, error: 'forbidden', message: 'approver or admin role required' };
  const text = typeof input.comment === 'string' ? input.comment.trim().slice(0, maxCommentLength) : '';
  let result: WorkflowResult;
  switch (decision) {
    case 'approve':
      result = await ctx.workflow.approve(id, actor, text || undefined, {
        ...(input.releaseAs === 'bcc' ? { releaseAs: 'bcc' as const } : {}),
        ...(typeof input.confirm === 'string' ? { confirm: input.confirm.slice(0, 1000) } : {}),
      });
      break;
    case 'reject': {
      const reason = rejectReason(input.reason);
      result = await ctx.workflow.reject(id, actor, text || undefined, reason ? { reason } : {});
      break;
    }
    case 'return':
      if (!ctx.workflow.returnToSender) return { ok: false, error: 'forbidden', message: 'returning is not available' };
      result = await ctx.workflow.returnToSender(id, actor, text);
      break;
    default: {
      const never: never = decision;
      throw new Error(`unknown decision ${String(never)}`);
    }
  }
  if (result.ok && decision === 'approve') ctx.wakeRelay();
  return result;
}
