/**
 * A signed-in sender (role `sender`) and the mail they sent: which messages are theirs, and the
 * three things they may do from their page — the self-check, 今すぐ送信 and 送信を取り消す. Each
 * action goes through the same transition as the mailed link (src/workflow/self-check.ts,
 * src/workflow/delay/actions.ts): a single-use token is minted for the account and spent at
 * once, so the compare-and-set, the audit trail and the notices are exactly those of the link.
 */
import type { MessageRecord, MessageState } from '../store/types.js';
import type { WorkflowContext } from './context.js';
import { cancelDelayed, sendDelayedNow } from './delay/actions.js';
import { isSendersOwn, senderAddresses } from './permissions.js';
import { headerFromAddresses, readHold } from './report-facts.js';
import { cancelSelfCheck } from './self-check.js';
import { signToken } from './tokens.js';
import type { Actor, WorkflowResult } from './types.js';

/** States the sender can still act on, always listed however old. */
export const liveSenderStates: readonly MessageState[] = ['awaiting_self_check', 'awaiting_approval', 'delayed'];
/** Decided mail of the last two weeks is listed too (by envelope sender). */
export const recentWindowMs = 14 * 86_400_000;
const tokenTtlMs = 10 * 60_000;

export type OwnMessage = { ok: true; record: MessageRecord; raw: Buffer | undefined } | { ok: false; error: 'not_found'; message: string };

const notFound = { ok: false, error: 'not_found', message: 'メッセージが見つかりません / Message not found' } as const;

/** The message, when it is this sender's own (else `not_found`: the answer for someone else's mail and for no mail is the same). */
export async function loadOwnMessage(ctx: WorkflowContext, id: string, actor: Actor): Promise<OwnMessage> {
  const record = id ? await ctx.store.get(id) : undefined;
  if (!record || record.kind !== 'mail') return notFound;
  const raw = record.purged ? undefined : await ctx.store.getRaw(record.id);
  if (!isSendersOwn(senderAddresses(actor), record.mailFrom, headerFromAddresses(raw))) return notFound;
  return { ok: true, record, raw };
}

/**
 * The sender's mail, newest first: every held or delayed message whose envelope sender or
 * From:/Sender: is theirs, and decided mail of the recent window sent with their envelope
 * address (decided mail is found by envelope only: reading every message's headers would not scale).
 */
export async function listOwnMessages(ctx: WorkflowContext, actor: Actor, limit = 100, headerSenders: HeaderSenders = uncachedHeaderSenders(ctx)): Promise<MessageRecord[]> {
  const addresses = senderAddresses(actor);
  if (addresses.length === 0) return [];
  const now = ctx.clock.now();
  const found = new Map<string, MessageRecord>();
  for (const address of addresses) {
    for (const r of await ctx.store.listBySender(address, now - recentWindowMs, now, 2000)) found.set(r.id, r);
  }
  for (const r of await ctx.store.list({ states: [...liveSenderStates], kind: 'mail', limit: 2000 })) {
    if (found.has(r.id)) continue;
    if (isSendersOwn(addresses, r.mailFrom, []) || isSendersOwn(addresses, '', await headerSenders(r))) found.set(r.id, r);
  }
  return [...found.values()].sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : -1)).slice(0, limit);
}

/** From:/Sender: addresses of a stored message. */
export type HeaderSenders = (record: MessageRecord) => Promise<string[]>;

function uncachedHeaderSenders(ctx: WorkflowContext): HeaderSenders {
  return async (r) => headerFromAddresses(r.purged ? undefined : await ctx.store.getRaw(r.id));
}

/**
 * The same, remembered per message id (a message's bytes never change): the page scans every
 * held and delayed message's headers, and should not re-read them all on every view.
 */
export function cachedHeaderSenders(ctx: WorkflowContext, max = 10_000): HeaderSenders {
  const read = uncachedHeaderSenders(ctx);
  const cache = new Map<string, string[]>();
  return async (r) => {
    const hit = cache.get(r.id);
    if (hit) return hit;
    const found = await read(r);
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(r.id, found);
    return found;
  };
}

function wrongState(record: MessageRecord): WorkflowResult {
  return { ok: false, error: 'wrong_state', message: `この操作は現在の状態ではできません（${record.state}） / Not possible in the current state (${record.state})` };
}

/** 今すぐ送信 from the sender's page: delayed → queued now. */
export async function sendOwnNow(ctx: WorkflowContext, id: string, actor: Actor): Promise<WorkflowResult> {
  const own = await loadOwnMessage(ctx, id, actor);
  if (!own.ok) return own;
  if (own.record.state !== 'delayed') return wrongState(own.record);
  const token = signToken(ctx.key, { messageId: own.record.id, purpose: 'delay-send-now', expiresAt: ctx.clock.now() + tokenTtlMs });
  return sendDelayedNow(ctx, token, actor);
}

/**
 * 取り消す from the sender's page: a delayed message (送信を取り消す) or one waiting for the
 * sender's own self-check. A message waiting for a supervisor is the supervisor's to decide.
 */
export async function cancelOwn(ctx: WorkflowContext, id: string, actor: Actor): Promise<WorkflowResult> {
  const own = await loadOwnMessage(ctx, id, actor);
  if (!own.ok) return own;
  const { record } = own;
  const expiresAt = ctx.clock.now() + tokenTtlMs;
  switch (record.state) {
    case 'delayed':
      return cancelDelayed(ctx, signToken(ctx.key, { messageId: record.id, purpose: 'delay-cancel', expiresAt }), actor);
    case 'awaiting_self_check':
      return cancelSelfCheck(ctx, signToken(ctx.key, { messageId: record.id, purpose: 'self-check', expiresAt }), actor);
    default:
      return wrongState(record);
  }
}

/** May the sender cancel a message in this state from their page? */
export function senderMayCancel(state: MessageState): boolean {
  return state === 'delayed' || state === 'awaiting_self_check';
}

/** A fresh self-check link (path) for the sender's own message waiting for it; it expires with the hold. */
export async function ownSelfCheckPath(ctx: WorkflowContext, id: string, actor: Actor): Promise<{ ok: true; path: string } | Extract<WorkflowResult, { ok: false }>> {
  const own = await loadOwnMessage(ctx, id, actor);
  if (!own.ok) return own;
  if (own.record.state !== 'awaiting_self_check') return wrongState(own.record) as Extract<WorkflowResult, { ok: false }>;
  const deadline = readHold(own.record).deadline;
  const now = ctx.clock.now();
  const token = signToken(ctx.key, { messageId: own.record.id, purpose: 'self-check', expiresAt: deadline > now ? deadline : now + tokenTtlMs });
  return { ok: true, path: `/self-check/${token}` };
}
