import { maskAddress } from '../log/logger.js';
import { heldStates } from '../store/types.js';
import { routeApprovers, principalEmail } from './approvers/route.js';
import { event, type WorkflowContext } from './context.js';
import { notifyApprovers } from './notify-stage.js';
import { readHold } from './report-facts.js';

/** Who lost access: their addresses (primary and aliases) and local account names. */
export interface DisabledIdentities {
  emails: readonly string[];
  usernames: readonly string[];
}

/**
 * People disabled in the directory no longer approve: every held message routed to one of them
 * goes to the others routed with them, else to its delegates, else is routed anew (the directory
 * copy in force already skips them: `manager` walks up to the next manager). Each move is a
 * compare-and-set with an `approver_rerouted` audit event; approvers newly asked get the request.
 */
export async function rerouteFromDisabled(ctx: WorkflowContext, gone: DisabledIdentities, actor: string): Promise<{ rerouted: string[] }> {
  const emails = new Set(gone.emails.map((e) => e.toLowerCase()));
  const names = new Set(gone.usernames.map((u) => u.toLowerCase()));
  if (!emails.size && !names.size) return { rerouted: [] };
  const file = ctx.approvers();
  const isGone = (p: string) => names.has(p.toLowerCase()) || emails.has(principalEmail(file, p) ?? p.toLowerCase());
  const rerouted: string[] = [];
  const held = await ctx.store.list({ states: [...heldStates], kind: 'mail', limit: 10_000 });
  for (const record of held) {
    const hold = readHold(record);
    if (!hold.routed) continue;
    const removed = [...hold.approvers, ...hold.delegates].filter(isGone);
    if (!removed.length) continue;
    const now = ctx.clock.now();
    let approvers = hold.approvers.filter((p) => !isGone(p));
    let delegates = hold.delegates.filter((p) => !isGone(p));
    let via = 'remaining_approvers';
    if (!approvers.length && delegates.length) {
      approvers = delegates;
      via = 'delegates';
    }
    let fallback = hold.fallback;
    if (!approvers.length) {
      const route = routeApprovers(file, record.mailFrom, now, ctx.directory());
      approvers = route.approvers.filter((p) => !isGone(p));
      delegates = route.delegates.filter((p) => !isGone(p));
      fallback = route.fallback;
      via = `rerouted:${route.via}`;
    }
    const { routed: _routed, ...stored } = hold;
    const next = { ...stored, approvers, delegates, fallback };
    const moved = await ctx.store.update(
      record.id,
      [record.state],
      { hold: next },
      event(record, now, actor, 'approver_rerouted', {
        reason: 'disabled_in_directory',
        removed: removed.map((p) => (p.includes('@') ? maskAddress(p) : p)),
        approvers: approvers.map((p) => (p.includes('@') ? maskAddress(p) : p)),
        via,
      }),
    );
    if (!moved) continue;
    rerouted.push(record.id);
    const newlyAsked = approvers.filter((p) => !hold.approvers.some((q) => q.toLowerCase() === p.toLowerCase()));
    if (record.state === 'awaiting_approval' && newlyAsked.length) {
      const updated = (await ctx.store.get(record.id))!;
      await notifyApprovers(ctx, updated, readHold(updated), newlyAsked);
    }
  }
  if (rerouted.length) ctx.log.info({ count: rerouted.length }, 'held mail re-routed away from people disabled in the directory');
  return { rerouted };
}
