import type { MessageRecord } from '../store/types.js';
import { addressesOf, queueNotice, summarize, type WorkflowContext } from './context.js';
import { approvalRequest, heldForApprovalToSender, heldForSelfCheck } from './notices/content.js';
import { readHold } from './report-facts.js';
import { signToken } from './tokens.js';
import type { HoldInfo } from './types.js';

export function selfCheckLink(ctx: WorkflowContext, record: MessageRecord, hold: HoldInfo): string {
  const token = signToken(ctx.key, { messageId: record.id, purpose: 'self-check', expiresAt: hold.deadline });
  return `${ctx.baseUrl}/self-check/${token}`;
}

/** The message page (`/messages/<id>`); signed-out readers are sent to sign-in and then back here. */
export function messageLink(ctx: WorkflowContext, record: MessageRecord): string {
  return `${ctx.baseUrl}/messages/${encodeURIComponent(record.id)}`;
}

/** Approval requests go to the routed approvers; when none has an address, to the admin. */
export async function notifyApprovers(ctx: WorkflowContext, record: MessageRecord, hold: HoldInfo, principals: readonly string[], kind: { escalation?: boolean; reminder?: boolean } = {}): Promise<void> {
  const { addresses, unknown } = await addressesOf(ctx, principals);
  if (unknown.length) ctx.log.warn({ id: record.id, unknown }, 'approvers without an e-mail address (add them to people: in the approvers file or create accounts)');
  let to = addresses.length ? addresses : ctx.settings.adminAddress ? [ctx.settings.adminAddress] : [];
  // Last resort: the administrators' accounts. A hold is never left without anyone told.
  if (!to.length) to = (await ctx.store.listUsers()).filter((u) => u.roles.includes('admin') && !u.disabled && u.email).map((u) => u.email);
  if (!to.length) {
    ctx.log.error({ id: record.id }, 'nobody to ask for approval: set workflow.adminAddress or fallback approvers');
    return;
  }
  const doc = approvalRequest(await summarize(ctx, record), messageLink(ctx, record), hold.deadline, {
    ...(hold.selfCheckedAt ? { selfCheckedAt: hold.selfCheckedAt } : {}),
    fallback: hold.fallback,
    ...kind,
  });
  const type = kind.escalation ? 'escalation' : kind.reminder ? 'approval_reminder' : 'approval_request';
  await queueNotice(ctx, record, type, to, doc);
}

/**
 * Tell whoever must act now: the sender (self-check link) or the approvers. Records which
 * stage was notified, so tick() can repeat a notice lost to a crash.
 */
export async function notifyStage(ctx: WorkflowContext, record: MessageRecord): Promise<void> {
  const hold = readHold(record);
  const { routed: _routed, ...stored } = hold;
  switch (record.state) {
    case 'awaiting_self_check': {
      if (record.mailFrom) {
        const doc = heldForSelfCheck(await summarize(ctx, record), selfCheckLink(ctx, record, hold), hold.deadline, hold.stages.includes('approval'), `${ctx.baseUrl}/my`);
        await queueNotice(ctx, record, 'held_self_check', [record.mailFrom], doc);
      }
      await ctx.store.update(record.id, ['awaiting_self_check'], { hold: { ...stored, notifiedFor: 'selfCheck' } }, null);
      return;
    }
    case 'awaiting_approval': {
      if (!hold.selfCheckedAt && record.mailFrom) {
        await queueNotice(ctx, record, 'held_approval', [record.mailFrom], heldForApprovalToSender(await summarize(ctx, record), hold.deadline, `${ctx.baseUrl}/my`));
      }
      await notifyApprovers(ctx, record, hold, hold.approvers);
      await ctx.store.update(record.id, ['awaiting_approval'], { hold: { ...stored, notifiedFor: 'approval' } }, null);
      return;
    }
    default:
      return;
  }
}
