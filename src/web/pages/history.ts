/**
 * History (履歴): decided holds and mail that passed with findings, by state, date, sender,
 * approver and rule, each with who decided and when. Visibility as for the queue.
 */
import type { FastifyInstance } from 'fastify';
import type { MessageState } from '../../store/types.js';
import type { WebContext } from '../context.js';
import { html, type SafeHtml } from '../html.js';
import { layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { formatDateTime, jstDay, jstDayStart, stateLabel } from '../format.js';
import { categoryBadges, senderBlock } from '../view/components.js';
import { mayView } from '../view/queue-data.js';
import { messageView, type HeldMessageView } from '../view/held-message.js';
import { rejectReasonLabel } from '../../workflow/reject-reasons.js';
import { requireSignIn } from './sign-in.js';

/** What the history lists: every state a held or inspected message ends in (or is sent from). */
export const historyStates: readonly MessageState[] = ['queued', 'delivered', 'bounced', 'denied', 'returned', 'cancelled', 'expired', 'rejected'];

export interface HistoryFilters {
  state?: MessageState;
  from: string;
  to: string;
  sender?: string;
  approver?: string;
  rule?: string;
}

export function readHistoryFilters(query: Record<string, unknown>, now: number): HistoryFilters {
  const s = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined);
  const state = s(query.state);
  const from = s(query.from);
  const to = s(query.to);
  return {
    ...(state && (historyStates as readonly string[]).includes(state) ? { state: state as MessageState } : {}),
    from: from && jstDayStart(from) !== undefined ? from : jstDay(now - 30 * 86_400_000),
    to: to && jstDayStart(to) !== undefined ? to : jstDay(now),
    ...(s(query.sender) ? { sender: s(query.sender)!.toLowerCase() } : {}),
    ...(s(query.approver) ? { approver: s(query.approver)!.toLowerCase() } : {}),
    ...(s(query.rule) ? { rule: s(query.rule)! } : {}),
  };
}

/** Held and decided, or passed while something was found: mail a reviewer may want to look back at. */
function worthListing(m: HeldMessageView): boolean {
  return m.hold.decidedAt !== undefined || (m.hold.heldAt !== undefined) || m.categories.length > 0 || m.rules.length > 0;
}

function filterForm(p: PageRequest, f: HistoryFilters, rules: string[]): SafeHtml {
  const opt = (value: string, label: string, current: string | undefined) => html`<option value="${value}" ${value === (current ?? '') ? html`selected` : ''}>${label}</option>`;
  return html`<form class="card filters" method="get" action="/history" role="search">
  <div><label for="h-state">${p.t('filterState')}</label><select id="h-state" name="state">${opt('', p.t('filterAll'), f.state)}${historyStates.map((s) => opt(s, stateLabel(s, p.t, p.lang), f.state))}</select></div>
  <div><label for="h-from">${p.t('dateFrom')}</label><input type="date" id="h-from" name="from" value="${f.from}"></div>
  <div><label for="h-to">${p.t('dateTo')}</label><input type="date" id="h-to" name="to" value="${f.to}"></div>
  <div><label for="h-sender">${p.t('colSender')}</label><input type="search" id="h-sender" name="sender" value="${f.sender ?? ''}"></div>
  <div><label for="h-approver">${p.t('historyApprover')}</label><input type="search" id="h-approver" name="approver" value="${f.approver ?? ''}"></div>
  <div><label for="h-rule">${p.t('filterRule')}</label><select id="h-rule" name="rule">${opt('', p.t('filterAll'), f.rule)}${rules.map((r) => opt(r, r, f.rule))}</select></div>
  <div class="actions"><button type="submit" class="primary">${p.t('searchButton')}</button><a href="/history">${p.t('clearFilters')}</a></div>
</form>`;
}

export function registerHistoryPage(app: FastifyInstance, ctx: WebContext): void {
  app.get('/history', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const actor = req.dlpAuth!.actor;
    const f = readHistoryFilters(req.query as Record<string, unknown>, ctx.clock.now());
    const since = jstDayStart(f.from)!;
    const until = jstDayStart(f.to)! + 86_400_000;
    const records = (await ctx.store.list({ states: f.state ? [f.state] : [...historyStates], kind: 'mail', since, limit: 2000 }))
      .filter((r) => r.receivedAt < until && mayView(ctx, actor, r));
    const views = (await Promise.all(records.map((r) => messageView(ctx, r, false)))).filter(worthListing);
    const rules = [...new Set(views.flatMap((m) => m.rules.map((r) => r.id)))].sort();
    const shown = views.filter(
      (m) =>
        (!f.sender || m.mailFrom.toLowerCase().includes(f.sender) || m.headers.from.toLowerCase().includes(f.sender)) &&
        (!f.approver || (m.hold.decidedBy ?? '').toLowerCase().includes(f.approver)) &&
        (!f.rule || m.rules.some((r) => r.id === f.rule)),
    );
    const body = html`<h1>${p.t('historyTitle')}</h1>
${filterForm(p, f, rules)}
<section class="card flush">
  <div class="toolbar"><span>${p.t('showing', { n: shown.length })}</span></div>
  ${shown.length === 0
    ? html`<p class="muted empty">${p.t('historyEmpty')}</p>`
    : html`<table class="history"><thead><tr><th>${p.t('received')}</th><th>${p.t('colSender')}</th><th>${p.t('colSubject')} / ${p.t('colFindings')}</th><th>${p.t('state')}</th><th>${p.t('decidedBy')}</th></tr></thead>
    <tbody>${shown.map(
      (m) => html`<tr class="hrow" data-id="${m.id}">
      <td data-label="${p.t('received')}">${formatDateTime(m.receivedAt, p.lang)}</td>
      <td data-label="${p.t('colSender')}">${senderBlock(m.headers.from, m.mailFrom)}</td>
      <td><a href="/messages/${encodeURIComponent(m.id)}">${m.headers.subject || '(no subject)'}</a> ${categoryBadges(p, m.categories, m.personCount)}<div class="small muted">${m.rules.map((r) => r.id).join(', ')}</div></td>
      <td data-label="${p.t('state')}"><span class="badge state">${stateLabel(m.state, p.t, p.lang)}</span>${m.hold.heldAt === undefined ? html`<div class="small muted">${p.t('historyPassed')}</div>` : ''}</td>
      <td data-label="${p.t('decidedBy')}">${m.hold.decidedAt !== undefined ? html`${m.hold.decidedBy ?? '—'}<div class="small muted">${formatDateTime(m.hold.decidedAt, p.lang)}</div>${m.hold.rejectReason ? html`<div class="small">${rejectReasonLabel(m.hold.rejectReason, p.lang)}</div>` : ''}` : '—'}</td>
    </tr>`,
    )}</tbody></table>`}
</section>`;
    return sendPage(reply, layout(p, { title: p.t('historyTitle'), page: 'history', active: 'history' }, body));
  });
}
