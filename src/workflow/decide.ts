import type { MessageRecord, MessageState } from '../store/types.js';
import { actorDetail, event, queueNotice, summarize, type WorkflowContext } from './context.js';
import { outcomeToSender } from './notices/content.js';
import { canDecide, isOwnMessage } from './permissions.js';
import { readHold } from './report-facts.js';
import { onDelayed } from './delay/actions.js';
import { releaseTarget } from './delay/facts.js';
import type { Actor, ApproveOptions, WorkflowResult } from './types.js';

const maxCommentLength = 2000;

type Decision = 'approve' | 'reject';

/** Where each decision may start from: approval only after the self-check; denial at any held stage. */
const allowedFrom: Record<Decision, readonly MessageState[]> = {
  approve: ['awaiting_approval'],
  reject: ['awaiting_approval', 'awaiting_self_check'],
};

async function refuse(ctx: WorkflowContext, record: MessageRecord, actor: Actor, decision: Decision, error: 'forbidden' | 'self_approval', message: string): Promise<WorkflowResult> {
  await ctx.store.appendEvent(event(record, ctx.clock.now(), actor.id, `${decision}_refused`, actorDetail(actor, { reason: error })));
  return { ok: false, error, message };
}

async function decide(ctx: WorkflowContext, id: string, actor: Actor, decision: Decision, comment: string | undefined, options: ApproveOptions = {}): Promise<WorkflowResult> {
  const record = await ctx.store.get(id);
  if (!record || record.kind !== 'mail') return { ok: false, error: 'not_found', message: 'メッセージが見つかりません / Message not found' };
  const from = allowedFrom[decision];
  if (!from.includes(record.state)) {
    return { ok: false, error: 'wrong_state', message: `この操作はできない状態です（${record.state}） / Not possible in state ${record.state}` };
  }
  const file = ctx.approvers();
  if (decision === 'approve' && (await isOwnMessage(ctx.store, file, actor, record))) {
    return refuse(ctx, record, actor, decision, 'self_approval', '自分が送信したメールは承認できません / You cannot approve your own message');
  }
  if (!canDecide(file, actor, record)) {
    return refuse(ctx, record, actor, decision, 'forbidden', 'このメールを承認・却下する権限がありません / You may not decide on this message');
  }
  const now = ctx.clock.now();
  const note = comment?.trim().slice(0, maxCommentLength) || undefined;
  const { routed: _routed, ...stored } = readHold(record);
  const asBcc = decision === 'approve' && options.releaseAs === 'bcc';
  const hold = { ...stored, decidedAt: now, decidedBy: actor.id, ...(note ? { comment: note } : {}), ...(asBcc ? { releaseAs: 'bcc' as const } : {}) };
  const detail = actorDetail(actor, { ...(note ? { comment: note } : {}), ...(asBcc ? { releaseAs: 'bcc' } : {}) });
  // Compare-and-set: of two clicks (or two nodes) exactly one moves the message.
  // Not delayed again after the approval unless a delay rule says afterHold (then from now).
  const target = releaseTarget(record, now);
  const moved = decision === 'approve'
    ? await ctx.store.update(record.id, from, { ...target, lastError: null, hold }, event(record, now, actor.id, 'approved', { ...detail, ...(target.state === 'delayed' ? { delayedUntil: target.nextAttemptAt } : {}) }))
    : await ctx.store.update(record.id, from, { state: 'denied', hold }, event(record, now, actor.id, 'denied', detail));
  if (!moved) {
    const current = await ctx.store.get(record.id);
    return { ok: false, error: 'wrong_state', message: `既に処理されています（${current?.state ?? 'unknown'}） / Already decided (${current?.state ?? 'unknown'})` };
  }
  if (decision === 'approve') ctx.wakeRelay();
  const updated = (await ctx.store.get(record.id))!;
  if (updated.state === 'delayed') await onDelayed(ctx, updated);
  if (record.mailFrom) {
    await queueNotice(ctx, updated, decision === 'approve' ? 'approved' : 'denied', [record.mailFrom],
      outcomeToSender(await summarize(ctx, updated), decision === 'approve' ? 'approved' : 'denied', actor.id, note));
  }
  ctx.log.info({ id: record.id, decision, by: actor.id }, 'held message decided');
  return { ok: true, record: updated };
}

export function approve(ctx: WorkflowContext, id: string, actor: Actor, comment?: string, options?: ApproveOptions): Promise<WorkflowResult> {
  return decide(ctx, id, actor, 'approve', comment, options);
}

export function reject(ctx: WorkflowContext, id: string, actor: Actor, comment?: string): Promise<WorkflowResult> {
  return decide(ctx, id, actor, 'reject', comment);
}
