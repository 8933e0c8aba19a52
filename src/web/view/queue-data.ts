import type { MessageRecord, MessageState } from '../../store/types.js';
import { heldStates } from '../../store/types.js';
import type { Actor } from '../../workflow/types.js';
import type { WebContext } from '../context.js';
import { messageView, type HeldMessageView } from './held-message.js';

export interface QueueFilters {
  state?: MessageState;
  rule?: string;
  category?: string;
  q?: string;
}

export function readQueueFilters(query: Record<string, unknown>): QueueFilters {
  const s = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined);
  const state = s(query.state);
  return {
    ...(state && (heldStates as readonly string[]).includes(state) ? { state: state as MessageState } : {}),
    ...(s(query.rule) ? { rule: s(query.rule)! } : {}),
    ...(s(query.category) ? { category: s(query.category)! } : {}),
    ...(s(query.q) ? { q: s(query.q)! } : {}),
  };
}

/** Admins see everything; everyone else what the workflow says they may (routing, department). */
export function mayView(ctx: WebContext, actor: Actor, record: MessageRecord): boolean {
  if (actor.roles.includes('admin')) return true;
  try {
    return ctx.workflow.canView(actor, record);
  } catch {
    return false;
  }
}

export function mayDecide(actor: Actor): boolean {
  return actor.roles.includes('admin') || actor.roles.includes('approver');
}

export interface QueueData {
  all: HeldMessageView[];
  shown: HeldMessageView[];
  rules: string[];
  categories: string[];
}

/** Held mail this actor may see, oldest deadline first, then filtered. */
export async function loadQueue(ctx: WebContext, actor: Actor, filters: QueueFilters, states: readonly MessageState[] = heldStates): Promise<QueueData> {
  const records = (await ctx.store.list({ states: [...states], kind: 'mail', limit: 2000 })).filter((r) => mayView(ctx, actor, r));
  const all = await Promise.all(records.map((r) => messageView(ctx, r, false)));
  const key = (m: HeldMessageView) => m.hold.deadline ?? Number.MAX_SAFE_INTEGER;
  all.sort((a, b) => key(a) - key(b) || (a.hold.heldAt ?? a.receivedAt) - (b.hold.heldAt ?? b.receivedAt) || a.id.localeCompare(b.id));
  const q = filters.q?.toLowerCase();
  const shown = all.filter(
    (m) =>
      (!filters.state || m.state === filters.state) &&
      (!filters.rule || m.rules.some((r) => r.id === filters.rule)) &&
      (!filters.category || m.categories.some((c) => c.category === filters.category)) &&
      (!q || m.headers.subject.toLowerCase().includes(q) || m.mailFrom.toLowerCase().includes(q) || m.headers.from.toLowerCase().includes(q)),
  );
  const rules = [...new Set(all.flatMap((m) => m.rules.map((r) => r.id)))].sort();
  const categories = [...new Set(all.flatMap((m) => m.categories.map((c) => c.category)))].sort();
  return { all, shown, rules, categories };
}
