import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { html, type SafeHtml } from '../html.js';
import { layout, pageRequest, sendPage, errorPage, type PageRequest } from '../layout.js';
import { categoryName, stateLabel, formatSize } from '../format.js';
import { ageAndDeadline, attachmentIcon, categoryBadges, recipientLine, senderBlock } from '../view/components.js';
import { loadQueue, mayDecide, mayView, readQueueFilters, type QueueFilters } from '../view/queue-data.js';
import type { HeldMessageView } from '../view/held-message.js';
import { messageView } from '../view/held-message.js';
import { requireSignIn } from './sign-in.js';
import { describe } from '../words.js';
import { missingAccountsBanner } from './users.js';

function flash(p: PageRequest, query: Record<string, unknown>): SafeHtml {
  const n = Number(query.n ?? 0);
  const skipped = Number(query.skipped ?? 0);
  switch (query.done) {
    case 'approved':
      return html`<div class="alert ok" role="status">${p.t('approved')}</div>`;
    case 'rejected':
      return html`<div class="alert ok" role="status">${p.t('rejected')}</div>`;
    case 'bulk':
      return html`<div class="alert ok" role="status">${p.t('bulkDone', { n })}${skipped ? html` ${p.t('bulkSkipped', { n: skipped })}` : ''}</div>`;
    default:
      return html``;
  }
}

function row(p: PageRequest, m: HeldMessageView, now: number, canDecide: boolean): SafeHtml {
  const href = `/messages/${encodeURIComponent(m.id)}`;
  const shownRecipients = m.recipients.slice(0, 3);
  const more = m.recipients.length - shownRecipients.length;
  return html`<li class="qrow" data-href="${href}" data-bulk-safe="${canDecide && m.bulkSafe ? '1' : '0'}" data-id="${m.id}">
  <span class="pick">${canDecide && m.bulkSafe ? html`<input type="checkbox" class="pick-one" name="ids" value="${m.id}" form="bulk-form" aria-label="${m.headers.subject}">` : ''}</span>
  <div>
    <div class="from">${senderBlock(m.headers.from, m.mailFrom)}</div>
    <div class="small">${shownRecipients.map((r) => recipientLine(p, r))}${more > 0 ? html`<span class="muted">+${more}</span>` : ''}</div>
  </div>
  <div>
    <a class="subject" href="${href}">${m.headers.subject || '(no subject)'}</a>
    ${categoryBadges(p, m.categories, m.personCount)}
    ${m.attachments.length ? html`<div class="attach">${attachmentIcon()} ${m.attachments.map((a) => `${a.filename} (${formatSize(a.size)})`).join(' · ')}</div>` : ''}
  </div>
  <div class="rules">
    <span class="badge state">${stateLabel(m.state, p.t, p.lang)}</span>
    ${m.rules.map((r) => html`<div title="${describe(r.reason, p.lang)}">${describe(r.description, p.lang) || r.id}</div>`)}
  </div>
  <div class="time">${ageAndDeadline(p, now, m.hold.heldAt ?? m.receivedAt, m.hold.deadline)}</div>
</li>`;
}

function filterForm(p: PageRequest, f: QueueFilters, rules: string[], categories: string[]): SafeHtml {
  const opt = (value: string, label: string, current: string | undefined) => html`<option value="${value}" ${value === current ? html`selected` : ''}>${label}</option>`;
  return html`<form class="card filters" method="get" action="/queue" role="search">
  <div><label for="f-state">${p.t('filterState')}</label><select id="f-state" name="state">${opt('', p.t('filterAll'), f.state ?? '')}${opt('awaiting_approval', p.t('stateAwaitingApproval'), f.state)}${opt('awaiting_self_check', p.t('stateAwaitingSelfCheck'), f.state)}</select></div>
  <div><label for="f-rule">${p.t('filterRule')}</label><select id="f-rule" name="rule">${opt('', p.t('filterAll'), f.rule ?? '')}${rules.map((r) => opt(r, r, f.rule))}</select></div>
  <div><label for="f-category">${p.t('filterCategory')}</label><select id="f-category" name="category">${opt('', p.t('filterAll'), f.category ?? '')}${categories.map((c) => opt(c, categoryName(c, p.lang), f.category))}</select></div>
  <div class="q"><label for="f-q">${p.t('search')}</label><input type="search" id="f-q" name="q" value="${f.q ?? ''}"></div>
  <div class="actions"><button type="submit" class="primary">${p.t('searchButton')}</button><a href="/queue">${p.t('clearFilters')}</a></div>
</form>`;
}

export function registerQueue(app: FastifyInstance, ctx: WebContext): void {
  app.get('/queue', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const auth = req.dlpAuth!;
    const p = pageRequest(req);
    const query = req.query as Record<string, unknown>;
    const filters = readQueueFilters(query);
    const data = await loadQueue(ctx, auth.actor, filters);
    const now = ctx.clock.now();
    const canDecide = mayDecide(auth.actor);
    const csrf = auth.session?.csrfToken ?? '';
    const anyBulk = canDecide && data.shown.some((m) => m.bulkSafe);
    const body = html`<h1>${p.t('queueTitle')}</h1>
${flash(p, query)}
${!canDecide ? html`<div class="alert info">${p.t('readOnly')}</div>` : ''}
${await missingAccountsBanner(ctx, p)}
${filterForm(p, filters, data.rules, data.categories)}
<section class="card flush">
  <div class="toolbar">
    <span>${p.t('showing', { n: data.shown.length })}</span>
    <span class="kbd">${p.t('shortcutsHint')}</span>
    ${anyBulk
      ? html`<form id="bulk-form" method="post" action="/queue/approve-selected" class="inline">
          <input type="hidden" name="_csrf" value="${csrf}">
          <label class="inline small"><input type="checkbox" id="pick-all"> ${p.t('filterAll')}</label>
          <button type="submit" class="primary">${p.t('bulkApprove')}</button>
        </form>`
      : ''}
  </div>
  ${data.shown.length === 0
    ? html`<p class="muted empty">${p.t('queueEmpty')}</p>`
    : html`<div class="qhead" aria-hidden="true"><span></span><span>${p.t('colSender')} / ${p.t('colRecipients')}</span><span>${p.t('colSubject')} / ${p.t('colFindings')}</span><span>${p.t('colRule')}</span><span>${p.t('colAge')} / ${p.t('colDeadline')}</span></div>
      <ol class="queue">${data.shown.map((m) => row(p, m, now, canDecide))}</ol>`}
</section>
${anyBulk ? html`<p class="small muted">${p.t('bulkHint')}</p>` : ''}
${canDecide ? html`<form id="quick-approve" method="post" action="/queue" hidden><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="comment" value=""><input type="hidden" name="from" value="queue"></form>` : ''}`;
    return sendPage(reply, layout(p, { title: p.t('queueTitle'), page: 'queue', active: 'queue' }, body));
  });

  // Notices mailed before 0.2 linked to /queue/<id>: send those readers to the message page.
  app.get('/queue/:id', async (req, reply) => {
    const id = (req.params as { id: string }).id;
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(id)) return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    return reply.redirect(`/messages/${encodeURIComponent(id)}`, 301);
  });

  // Bulk approval: re-checked here, whatever the form said (see bulk-safety.ts).
  app.post('/queue/approve-selected', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const auth = req.dlpAuth!;
    if (!mayDecide(auth.actor)) return errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    const raw = (req.body as Record<string, unknown>).ids;
    const ids = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((x): x is string => typeof x === 'string').slice(0, 200);
    let approved = 0;
    let skipped = 0;
    for (const id of ids) {
      const record = await ctx.store.get(id);
      if (!record || !mayView(ctx, auth.actor, record)) {
        skipped++;
        continue;
      }
      const view = await messageView(ctx, record, false);
      if (!view.bulkSafe) {
        skipped++;
        continue;
      }
      const result = await ctx.workflow.approve(id, auth.actor, undefined);
      if (result.ok) approved++;
      else skipped++;
    }
    if (approved) ctx.wakeRelay();
    return reply.redirect(`/queue?done=bulk&n=${approved}&skipped=${skipped}`, 303);
  });
}
