import type { MessageRecord, MessageState } from '../store/types.js';
import { actorDetail, event, queueNotice, summarize, type WorkflowContext } from './context.js';
import { confirms, consideredApproval, type ConsideredApproval } from './considered.js';
import { outcomeToSender } from './notices/content.js';
import { canDecide, isOwnMessage } from './permissions.js';
import { readHold, reportFacts } from './report-facts.js';
import { rejectReasons, type Actor, type ApproveOptions, type RejectReason, type WorkflowError, type WorkflowResult } from './types.js';
import { onDelayed } from './delay/actions.js';
import { releaseTarget } from './delay/facts.js';

const maxCommentLength = 2000;

/** approve: release; reject: 却下 (not sent); return: 差し戻し (not sent, the sender fixes and resends). */
export type Decision = 'approve' | 'reject' | 'return';

/** Where each decision may start from: approval only after the self-check; denial or return at any held stage. */
const allowedFrom: Record<Decision, readonly MessageState[]> = {
  approve: ['awaiting_approval'],
  reject: ['awaiting_approval', 'awaiting_self_check'],
  return: ['awaiting_approval', 'awaiting_self_check'],
};

function target(decision: Decision): { state: MessageState; action: string; outcome: 'approved' | 'denied' | 'returned' } {
  switch (decision) {
    case 'approve':
      return { state: 'queued', action: 'approved', outcome: 'approved' };
    case 'reject':
      return { state: 'denied', action: 'denied', outcome: 'denied' };
    case 'return':
      return { state: 'returned', action: 'returned', outcome: 'returned' };
    default: {
      const never: never = decision;
      throw new Error(`unknown decision ${String(never)}`);
    }
  }
}

async function refuse(ctx: WorkflowContext, record: MessageRecord, actor: Actor, decision: Decision, error: WorkflowError, message: string, extra: Record<string, unknown> = {}): Promise<WorkflowResult> {
  await ctx.store.appendEvent(event(record, ctx.clock.now(), actor.id, `${decision}_refused`, actorDetail(actor, { reason: error, ...extra })));
  return { ok: false, error, message };
}

export function consideredFor(ctx: WorkflowContext, record: MessageRecord): ConsideredApproval {
  return consideredApproval(reportFacts(record), ctx.settings.consideredApprovalPersons);
}

interface DecideInput {
  comment?: string | undefined;
  approve?: ApproveOptions;
  reason?: RejectReason | undefined;
}

async function decide(ctx: WorkflowContext, id: string, actor: Actor, decision: Decision, input: DecideInput): Promise<WorkflowResult> {
  const record = await ctx.store.get(id);
  if (!record || record.kind !== 'mail') return { ok: false, error: 'not_found', message: 'メッセージが見つかりません / Message not found' };
  const from = allowedFrom[decision];
  if (!from.includes(record.state)) {
    const message = decision === 'approve' && record.state === 'awaiting_self_check'
      ? '送信者の確認が済むまで承認できません / The sender has not done the self-check yet'
      : `この操作はできない状態です（${record.state}） / Not possible in state ${record.state}`;
    return { ok: false, error: 'wrong_state', message };
  }
  const file = ctx.approvers();
  if (decision === 'approve' && (await isOwnMessage(ctx.store, file, actor, record))) {
    return refuse(ctx, record, actor, decision, 'self_approval', '自分が送信したメールは承認できません / You cannot approve your own message');
  }
  if (!canDecide(file, actor, record)) {
    return refuse(ctx, record, actor, decision, 'forbidden', 'このメールを承認・却下する権限がありません / You may not decide on this message');
  }
  const note = input.comment?.trim().slice(0, maxCommentLength) || undefined;
  const reason = input.reason && (rejectReasons as readonly string[]).includes(input.reason) ? input.reason : undefined;
  if (decision === 'return' && !note) {
    return refuse(ctx, record, actor, decision, 'reason_required', '差し戻しにはコメントが必要です / Returning needs a comment for the sender');
  }
  if (decision === 'reject' && ctx.settings.rejectReasonRequired && !reason && !note) {
    return refuse(ctx, record, actor, decision, 'reason_required', '却下の理由を選ぶか入力してください / Give a reason for the denial');
  }
  // Considered approval: enforced here, whatever the page, the shortcut, the bulk form or the API sent.
  let considered: Record<string, unknown> = {};
  if (decision === 'approve') {
    const check = consideredFor(ctx, record);
    if (check.required) {
      const viewed = await ctx.store.events({ messageId: record.id, actor: actor.id, action: 'message_viewed', limit: 1 });
      if (!viewed.length) {
        return refuse(ctx, record, actor, decision, 'view_required', 'このメールは開いて内容を確認してから承認してください / Open this message before approving it', { risks: check.reasons.map((r) => r.kind) });
      }
      if (!confirms(input.approve?.confirm, check)) {
        return refuse(ctx, record, actor, decision, 'confirmation_required', `送信内容の確認が必要です: 「${check.statement.ja}」 / Confirm what is leaving: "${check.statement.en}"`, { risks: check.reasons.map((r) => r.kind) });
      }
      considered = { considered: { risks: check.reasons, confirmed: check.statement.ja, seen: check.seen, viewedAt: viewed[0]!.at } };
    }
  }
  const now = ctx.clock.now();
  const { routed: _routed, ...stored } = readHold(record);
  const asBcc = decision === 'approve' && input.approve?.releaseAs === 'bcc';
  const hold = { ...stored, decidedAt: now, decidedBy: actor.id, ...(note ? { comment: note } : {}), ...(reason ? { rejectReason: reason } : {}), ...(asBcc ? { releaseAs: 'bcc' as const } : {}) };
  const detail = actorDetail(actor, { ...(note ? { comment: note } : {}), ...(reason ? { reason } : {}), ...(asBcc ? { releaseAs: 'bcc' } : {}), ...considered });
  const to = target(decision);
  // Compare-and-set: of two clicks (or two nodes) exactly one moves the message.
  // Not delayed again after the approval unless a delay rule says afterHold (then from now).
  const release = decision === 'approve' ? releaseTarget(record, now) : undefined;
  const change = release ? { ...release, lastError: null, hold } : { state: to.state, hold };
  const eventDetail = release?.state === 'delayed' ? { ...detail, delayedUntil: release.nextAttemptAt } : detail;
  const moved = await ctx.store.update(record.id, from, change, event(record, now, actor.id, to.action, eventDetail));
  if (!moved) {
    const current = await ctx.store.get(record.id);
    return { ok: false, error: 'wrong_state', message: `既に処理されています（${current?.state ?? 'unknown'}） / Already decided (${current?.state ?? 'unknown'})` };
  }
  if (decision === 'approve') ctx.wakeRelay();
  const updated = (await ctx.store.get(record.id))!;
  if (updated.state === 'delayed') await onDelayed(ctx, updated);
  if (record.mailFrom) {
    await queueNotice(ctx, updated, to.outcome, [record.mailFrom], outcomeToSender(await summarize(ctx, updated), to.outcome, actor.id, note, reason));
  }
  ctx.log.info({ id: record.id, decision, by: actor.id }, 'held message decided');
  return { ok: true, record: updated };
}

export function approve(ctx: WorkflowContext, id: string, actor: Actor, comment?: string, options?: ApproveOptions): Promise<WorkflowResult> {
  return decide(ctx, id, actor, 'approve', { comment, approve: options ?? {} });
}

export function reject(ctx: WorkflowContext, id: string, actor: Actor, comment?: string, reason?: RejectReason): Promise<WorkflowResult> {
  return decide(ctx, id, actor, 'reject', { comment, reason });
}

export function returnToSender(ctx: WorkflowContext, id: string, actor: Actor, comment: string): Promise<WorkflowResult> {
  return decide(ctx, id, actor, 'return', { comment });
}
