import type { MessageRecord } from '../store/types.js';
import { actorDetail, event, queueNotice, summarize, type WorkflowContext } from './context.js';
import { outcomeToSender } from './notices/content.js';
import { notifyStage } from './notify-stage.js';
import { readHold } from './report-facts.js';
import { onDelayed } from './delay/actions.js';
import { releaseTarget } from './delay/facts.js';
import { verifyToken, type TokenClaims } from './tokens.js';
import type { Actor, WorkflowResult } from './types.js';

type Checked = { ok: true; claims: TokenClaims; record: MessageRecord } | Extract<WorkflowResult, { ok: false }>;

const messages = {
  token_invalid: 'このリンクは無効です / This link is not valid',
  token_expired: 'このリンクは期限切れです / This link has expired',
  token_used: 'このリンクは使用済みです / This link was already used',
} as const;

async function check(ctx: WorkflowContext, token: string, actor: Actor, action: string): Promise<Checked> {
  const now = ctx.clock.now();
  const verified = verifyToken(ctx.key, token, 'self-check', now);
  if (!verified.ok) {
    await ctx.store.appendEvent({ at: now, messageId: null, actor: actor.id, action: 'token_refused', detail: actorDetail(actor, { reason: verified.error, attempted: action }) });
    return { ok: false, error: verified.error, message: messages[verified.error] };
  }
  const record = await ctx.store.get(verified.claims.messageId);
  if (!record) return { ok: false, error: 'not_found', message: 'メッセージが見つかりません / Message not found' };
  return { ok: true, claims: verified.claims, record };
}

/** Who acts through a link: the link holder, recorded as the sender it was sent to. */
function linkActor(actor: Actor, record: MessageRecord): string {
  return actor.id && actor.id !== 'anonymous' ? actor.id : `sender:${record.mailFrom}`;
}

/** Verify the link and show the message (any state: the page says what happened). No side effects. */
export async function openSelfCheck(ctx: WorkflowContext, token: string, actor: Actor): Promise<WorkflowResult> {
  const c = await check(ctx, token, actor, 'open');
  return c.ok ? { ok: true, record: c.record } : c;
}

/** Consume the link once; a replay, even racing on another node, gets token_used. */
async function consume(ctx: WorkflowContext, c: { claims: TokenClaims; record: MessageRecord }, actor: Actor, action: string): Promise<WorkflowResult | undefined> {
  const now = ctx.clock.now();
  if (await ctx.store.consumeToken(c.claims.jti, now, c.claims.expiresAt)) return undefined;
  await ctx.store.appendEvent(event(c.record, now, linkActor(actor, c.record), 'token_refused', actorDetail(actor, { reason: 'token_used', attempted: action })));
  return { ok: false, error: 'token_used', message: messages.token_used };
}

function wrongState(record: MessageRecord): WorkflowResult {
  return { ok: false, error: 'wrong_state', message: `このメールは確認待ちではありません（${record.state}） / The message is not waiting for a self-check (${record.state})` };
}

/** Sender confirms: on to approval, or released when self-check is the only stage. */
export async function confirmSelfCheck(ctx: WorkflowContext, token: string, actor: Actor): Promise<WorkflowResult> {
  const c = await check(ctx, token, actor, 'confirm');
  if (!c.ok) return c;
  const refused = await consume(ctx, c, actor, 'confirm');
  if (refused) return refused;
  const { record } = c;
  if (record.state !== 'awaiting_self_check') return wrongState(record);
  const now = ctx.clock.now();
  const hold = readHold(record);
  const { routed: _routed, ...stored } = hold;
  const who = linkActor(actor, record);
  const toApproval = hold.stages.includes('approval');
  const target = releaseTarget(record, now);
  const moved = toApproval
    ? await ctx.store.update(record.id, ['awaiting_self_check'], { state: 'awaiting_approval', hold: { ...stored, selfCheckedAt: now, approvalStartedAt: now } },
        event(record, now, who, 'self_check_confirmed', actorDetail(actor, { next: 'awaiting_approval' })))
    : await ctx.store.update(record.id, ['awaiting_self_check'], { ...target, lastError: null, hold: { ...stored, selfCheckedAt: now, decidedAt: now, decidedBy: who } },
        event(record, now, who, 'self_check_confirmed', actorDetail(actor, { next: target.state })));
  if (!moved) return wrongState((await ctx.store.get(record.id)) ?? record);
  const updated = (await ctx.store.get(record.id))!;
  if (toApproval) await notifyStage(ctx, updated);
  else if (updated.state === 'delayed') await onDelayed(ctx, updated);
  else ctx.wakeRelay();
  ctx.log.info({ id: record.id, next: updated.state }, 'self-check confirmed');
  return { ok: true, record: updated };
}

/** Sender cancels: the message is never sent. */
export async function cancelSelfCheck(ctx: WorkflowContext, token: string, actor: Actor): Promise<WorkflowResult> {
  const c = await check(ctx, token, actor, 'cancel');
  if (!c.ok) return c;
  const refused = await consume(ctx, c, actor, 'cancel');
  if (refused) return refused;
  const { record } = c;
  if (record.state !== 'awaiting_self_check') return wrongState(record);
  const now = ctx.clock.now();
  const { routed: _routed, ...stored } = readHold(record);
  const who = linkActor(actor, record);
  const moved = await ctx.store.update(record.id, ['awaiting_self_check'], { state: 'cancelled', hold: { ...stored, decidedAt: now, decidedBy: who } },
    event(record, now, who, 'cancelled', actorDetail(actor)));
  if (!moved) return wrongState((await ctx.store.get(record.id)) ?? record);
  const updated = (await ctx.store.get(record.id))!;
  if (record.mailFrom) await queueNotice(ctx, updated, 'cancelled', [record.mailFrom], outcomeToSender(await summarize(ctx, updated), 'cancelled', null, undefined));
  ctx.log.info({ id: record.id }, 'cancelled by the sender');
  return { ok: true, record: updated };
}
