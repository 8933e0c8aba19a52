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

/** Admins and auditors see every incident; an approver those they recorded or whose message they may see. */
export async function mayViewIncident(ctx: WebContext, actor: Actor, incident: Incident): Promise<boolean> {
  if (actor.roles.includes('admin') || actor.roles.includes('auditor')) return true;
  if (!actor.roles.includes('approver')) return false;
  if (incident.data.markedBy.id === actor.id) return true;
  const anchor = await ctx.store.get(incident.data.anchorMessageId);
  return !!anchor && mayView(ctx, actor, anchor);
}

/** Auditors only read; admins and approvers who may see it work on it. */
export async function mayEditIncident(ctx: WebContext, actor: Actor, incident: Incident): Promise<boolean> {
  if (!actor.roles.includes('admin') && !actor.roles.includes('approver')) return false;
  return mayViewIncident(ctx, actor, incident);
}
