import { detailWords } from '../words.js';
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { hasRole } from '../context.js';
import { html } from '../html.js';
import { errorPage, layout, pageRequest, sendPage } from '../layout.js';
import { actionLabel, formatDateTime, jstDay } from '../format.js';
import { auditCsvHeader, auditRow, loadAudit, readAuditFilters } from '../audit/query.js';
import { toCsv } from '../audit/csv.js';
import { requireSignIn } from './sign-in.js';

const pageLimit = 1000;
const csvLimit = 100_000;

export function registerAuditPage(app: FastifyInstance, ctx: WebContext): void {
  app.get('/audit', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    if (!hasRole(req.dlpAuth, 'admin', 'auditor')) return errorPage(req, reply, 403, p.t('errorForbidden'));
    const f = readAuditFilters(req.query as Record<string, unknown>, ctx.clock.now());
    const { events, truncated } = await loadAudit(ctx, f, pageLimit);
    const csvQuery = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => typeof e[1] === 'string')).toString();
    const body = html`<h1>${p.t('auditTitle')}</h1>
<form class="card filters" method="get" action="/audit">
  <div><label for="a-from">${p.t('dateFrom')}</label><input type="date" id="a-from" name="from" value="${f.from}"></div>
  <div><label for="a-to">${p.t('dateTo')}</label><input type="date" id="a-to" name="to" value="${f.to}"></div>
  <div><label for="a-actor">${p.t('actor')}</label><input type="text" id="a-actor" name="actor" value="${f.actor ?? ''}"></div>
  <div><label for="a-action">${p.t('action')}</label><input type="text" id="a-action" name="action" value="${f.action ?? ''}" list="actions"></div>
  <div class="q"><label for="a-msg">${p.t('messageId')}</label><input type="text" id="a-msg" name="messageId" value="${f.messageId ?? ''}"></div>
  <div class="actions"><button type="submit" class="primary">${p.t('searchButton')}</button><a class="button" href="/audit.csv?${csvQuery}">${p.t('exportCsv')}</a></div>
  <datalist id="actions">${['held', 'approved', 'denied', 'message_viewed', 'content_viewed', 'content_downloaded', 'signed_in', 'sign_in_failed'].map((a) => html`<option value="${a}">`)}</datalist>
</form>
${truncated ? html`<div class="alert info">${p.t('auditTruncated', { n: pageLimit })}</div>` : ''}
<section class="card">
${events.length === 0
  ? html`<p class="muted">${p.t('auditEmpty')}</p>`
  : html`<table class="findings"><thead><tr><th>${p.t('at')}</th><th>${p.t('actor')}</th><th>${p.t('action')}</th><th>${p.t('messageId')}</th><th>${p.t('detail')}</th></tr></thead>
<tbody>${[...events].reverse().map(
      (e) => html`<tr><td class="small">${formatDateTime(e.at, p.lang)}</td><td>${e.actor}</td><td>${actionLabel(e.action, p.lang)} <span class="small muted mono">${e.action}</span></td><td class="mono">${e.messageId ? html`<a href="/messages/${encodeURIComponent(e.messageId)}">${e.messageId}</a>` : ''}</td><td class="small detail">${detailWords(e.detail, p.lang, (ms) => formatDateTime(ms, p.lang)).map(([k, v]) => html`<div><span class="muted">${k}:</span> ${v}</div>`)}</td></tr>`,
    )}</tbody></table>`}
</section>`;
    return sendPage(reply, layout(p, { title: p.t('auditTitle'), page: 'audit', active: 'audit' }, body));
  });

  app.get('/audit.csv', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    if (!hasRole(req.dlpAuth, 'admin', 'auditor')) return errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    const f = readAuditFilters(req.query as Record<string, unknown>, ctx.clock.now());
    const { events } = await loadAudit(ctx, f, csvLimit);
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: null, actor: req.dlpAuth!.user.username, action: 'audit_exported', detail: { rows: events.length, from: f.from, to: f.to } });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${f.from}_${f.to || jstDay(ctx.clock.now())}.csv"`)
      .send(toCsv(auditCsvHeader, events.map(auditRow)));
  });
}
