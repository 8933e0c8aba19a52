/**
 * Send delay (一時保留) in the workflow: the sender's notice with signed single-use links, and
 * the two things the sender can do while the message waits — send it now, or cancel it.
 * Both are compare-and-set on `delayed`, so they race safely with the release loop (and with
 * each other, on any node): whichever moves the message first wins, the other is told.
 */
import type { MessageRecord } from '../../store/types.js';
import { actorDetail, event, queueNotice, summarize, type WorkflowContext } from '../context.js';
import { signToken, verifyToken, type DelayLinkPurpose, type TokenClaims } from '../tokens.js';
import type { Actor, WorkflowResult } from '../types.js';
import { outsideOrganisations, storedDelay } from './facts.js';
import { delayedToSender } from './notice.js';

/** Links stay valid a day past the due time, so a late click says "already sent" rather than "invalid". */
const linkGraceMs = 24 * 3_600_000;

export const delayPaths: Record<DelayLinkPurpose, string> = { 'delay-send-now': 'send-now', 'delay-cancel': 'cancel' };

export function delayLink(ctx: WorkflowContext, record: MessageRecord, purpose: DelayLinkPurpose): string {
  const token = signToken(ctx.key, { messageId: record.id, purpose, expiresAt: record.nextAttemptAt + linkGraceMs });
  return `${ctx.baseUrl}/delay/${token}/${delayPaths[purpose]}`;
}

/** A message entered `delayed`: tell the sender when the policy asks for it (never for a null sender). */
export async function onDelayed(ctx: WorkflowContext, record: MessageRecord): Promise<void> {
  const delay = storedDelay(record);
  if (!delay?.notify || !record.mailFrom || record.state !== 'delayed') return;
  const doc = delayedToSender(await summarize(ctx, record), outsideOrganisations(record), record.nextAttemptAt, {
    sendNow: delayLink(ctx, record, 'delay-send-now'),
    cancel: delayLink(ctx, record, 'delay-cancel'),
    myPage: `${ctx.baseUrl}/my`,
  });
  await queueNotice(ctx, record, 'delayed', [record.mailFrom], doc);
}

const messages = {
  token_invalid: 'このリンクは無効です / This link is not valid',
  token_expired: 'このリンクは期限切れです / This link has expired',
  token_used: 'このリンクは使用済みです / This link was already used',
} as const;

type Checked = { ok: true; claims: TokenClaims; record: MessageRecord } | Extract<WorkflowResult, { ok: false }>;

async function check(ctx: WorkflowContext, token: string, purpose: DelayLinkPurpose, actor: Actor, attempted: string): Promise<Checked> {
  const now = ctx.clock.now();
  const verified = verifyToken(ctx.key, token, purpose, now);
  if (!verified.ok) {
    await ctx.store.appendEvent({ at: now, messageId: null, actor: actor.id, action: 'token_refused', detail: actorDetail(actor, { reason: verified.error, attempted }) });
    return { ok: false, error: verified.error, message: messages[verified.error] };
  }
  const record = await ctx.store.get(verified.claims.messageId);
  if (!record) return { ok: false, error: 'not_found', message: 'メッセージが見つかりません / Message not found' };
  return { ok: true, claims: verified.claims, record };
}

/** A signed-in sender acts as their account; a link holder is recorded as the message's sender. */
function linkActor(actor: Actor, record: MessageRecord): string {
  return actor.id && actor.id !== 'anonymous' && actor.id !== 'sender' && !actor.id.startsWith('sender:') ? actor.id : `sender:${record.mailFrom}`;
}

function notDelayed(record: MessageRecord): WorkflowResult {
  return { ok: false, error: 'wrong_state', message: `このメールは送信保留中ではありません（${record.state}） / The message is no longer waiting (${record.state})` };
}

/** Verify a delay link and return its message, in whatever state it is now. No side effects (link prefetchers). */
export async function openDelayed(ctx: WorkflowContext, token: string, purpose: DelayLinkPurpose, actor: Actor): Promise<WorkflowResult> {
  const c = await check(ctx, token, purpose, actor, `open:${delayPaths[purpose]}`);
  return c.ok ? { ok: true, record: c.record } : c;
}

async function act(ctx: WorkflowContext, token: string, purpose: DelayLinkPurpose, actor: Actor): Promise<WorkflowResult> {
  const attempted = delayPaths[purpose];
  const c = await check(ctx, token, purpose, actor, attempted);
  if (!c.ok) return c;
  const { record, claims } = c;
  // A message already sent or cancelled is reported as such; the link is only spent on a real move.
  if (record.state !== 'delayed') return notDelayed(record);
  const now = ctx.clock.now();
  const who = linkActor(actor, record);
  if (!(await ctx.store.consumeToken(claims.jti, now, claims.expiresAt))) {
    await ctx.store.appendEvent(event(record, now, who, 'token_refused', actorDetail(actor, { reason: 'token_used', attempted })));
    return { ok: false, error: 'token_used', message: messages.token_used };
  }
  const timing = { dueAt: record.nextAttemptAt, remainingMs: Math.max(0, record.nextAttemptAt - now) };
  const moved = purpose === 'delay-send-now'
    ? await ctx.store.update(record.id, ['delayed'], { state: 'queued', nextAttemptAt: now, attempts: 0, lastError: null }, event(record, now, who, 'delay_sent_now', actorDetail(actor, timing)))
    : await ctx.store.update(record.id, ['delayed'], { state: 'cancelled' }, event(record, now, who, 'delay_cancelled', actorDetail(actor, timing)));
  if (!moved) return notDelayed((await ctx.store.get(record.id)) ?? record);
  if (purpose === 'delay-send-now') ctx.wakeRelay();
  ctx.log.info({ id: record.id, action: attempted, remainingMs: timing.remainingMs }, purpose === 'delay-send-now' ? 'delayed message sent now by the sender' : 'delayed message cancelled by the sender');
  return { ok: true, record: (await ctx.store.get(record.id))! };
}

/** 「今すぐ送信」: delayed → queued at once. */
export function sendDelayedNow(ctx: WorkflowContext, token: string, actor: Actor): Promise<WorkflowResult> {
  return act(ctx, token, 'delay-send-now', actor);
}

/** 「送信を取り消す」 (after the confirmation step): delayed → cancelled; never delivered; audited. */
export function cancelDelayed(ctx: WorkflowContext, token: string, actor: Actor): Promise<WorkflowResult> {
  return act(ctx, token, 'delay-cancel', actor);
}
