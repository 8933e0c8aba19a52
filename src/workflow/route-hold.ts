import { maskAddress } from '../log/logger.js';
import type { MessageRecord } from '../store/types.js';
import { routeApprovers } from './approvers/route.js';
import { addBusinessDays } from './business-days.js';
import { event, queueNotice, summarize, type WorkflowContext } from './context.js';
import { noApproverToAdmin } from './notices/content.js';
import { readHold } from './report-facts.js';
import type { HoldInfo } from './types.js';

/**
 * First step of every hold: decide the deadline and the approvers, and record them. Idempotent:
 * a hold already routed is returned as it is (onHeld and tick() may both get here).
 */
export async function routeHold(ctx: WorkflowContext, record: MessageRecord): Promise<{ record: MessageRecord; hold: HoldInfo } | undefined> {
  const current = readHold(record);
  if (current.routed) return { record, hold: current };
  const now = ctx.clock.now();
  const route = routeApprovers(ctx.approvers(), record.mailFrom, now, ctx.directory());
  const { routed: _routed, ...base } = current;
  const hold: HoldInfo = {
    ...base,
    deadline: addBusinessDays(current.heldAt, ctx.settings.expiryBusinessDays, ctx.calendar),
    approvers: route.approvers,
    delegates: route.delegates,
    fallback: route.fallback,
    department: route.department,
    via: route.via,
    ...(record.state === 'awaiting_approval' ? { approvalStartedAt: current.heldAt } : {}),
  };
  const moved = await ctx.store.update(record.id, [record.state], { hold }, event(record, now, 'workflow', 'hold_routed', {
    stages: hold.stages, approvers: hold.approvers, delegates: hold.delegates, via: route.via, fallback: route.fallback, absent: route.absent, deadline: hold.deadline,
    ...(route.skippedManagers.length ? { skippedManagers: route.skippedManagers.map((s) => s.why) } : {}),
  }));
  if (!moved) return undefined;
  const updated = (await ctx.store.get(record.id))!;
  if (route.fallback) {
    ctx.log.warn({ id: record.id, sender: maskAddress(record.mailFrom), via: route.via }, 'no approver routed for this sender; using the fallback group');
    await ctx.store.appendEvent(event(record, now, 'workflow', 'approver_fallback', { sender: maskAddress(record.mailFrom), via: route.via, approvers: route.approvers }));
    // workflow.adminAddress, else every enabled admin account: someone is always told.
    const admins = ctx.settings.adminAddress
      ? [ctx.settings.adminAddress]
      : (await ctx.store.listUsers()).filter((u) => u.roles.includes('admin') && !u.disabled && u.email).map((u) => u.email);
    if (admins.length) await queueNotice(ctx, updated, 'admin_no_approver', admins, noApproverToAdmin(await summarize(ctx, updated), route.via, route.approvers));
  }
  return { record: updated, hold };
}
