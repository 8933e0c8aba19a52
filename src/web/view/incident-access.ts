import type { MessageRecord } from '../../store/types.js';
import type { Actor } from '../../workflow/types.js';
import type { IncidentDeps } from '../../incident/service.js';
import type { Incident } from '../../incident/types.js';
import type { WebContext } from '../context.js';
import { mayView } from './queue-data.js';

/** The incident stage's seams from the web context (same store, clock and business calendar as the workflow). */
export function incidentDeps(ctx: WebContext): IncidentDeps {
  return {
    store: ctx.store,
    clock: ctx.clock,
    log: ctx.log,
    calendar: { holidays: ctx.config.workflow.holidays, extraHolidays: ctx.config.workflow.extraHolidays },
  };
}

/** Admins and auditors see every incident; anyone the incidents they recorded; an approver those whose message they may see. */
export async function mayViewIncident(ctx: WebContext, actor: Actor, incident: Incident): Promise<boolean> {
  if (actor.roles.includes('admin') || actor.roles.includes('auditor')) return true;
  if (incident.data.markedBy.id === actor.id) return true;
  if (!actor.roles.includes('approver')) return false;
  const anchor = await ctx.store.get(incident.data.anchorMessageId);
  return !!anchor && mayView(ctx, actor, anchor);
}

/** Auditors only read; admins and approvers who may see it work on it. */
export async function mayEditIncident(ctx: WebContext, actor: Actor, incident: Incident): Promise<boolean> {
  if (!actor.roles.includes('admin') && !actor.roles.includes('approver')) return false;
  return mayViewIncident(ctx, actor, incident);
}

/**
 * May this signed-in actor record an incident on this message? Admins and approvers who may see
 * it; and its sender (account e-mail = envelope sender), whatever the role.
 */
export function mayMarkMessage(ctx: WebContext, actor: Actor, record: MessageRecord): boolean {
  if (record.kind !== 'mail') return false;
  const isSender = !!actor.email && !!record.mailFrom && actor.email.toLowerCase() === record.mailFrom.toLowerCase();
  return isSender || ((actor.roles.includes('admin') || actor.roles.includes('approver')) && mayView(ctx, actor, record));
}
