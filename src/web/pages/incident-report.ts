/** The draft report (print-ready Japanese page, JSON, CSV), the draft notice to the people, and the incident assets. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { evaluateIncident } from '../../incident/evaluate.js';
import { draftNotice } from '../../incident/notice.js';
import { draftReport, jstDateTime, reportCsv, type DraftReport } from '../../incident/report.js';
import type { Incident } from '../../incident/types.js';
import type { WebContext } from '../context.js';
import { html } from '../html.js';
import { incidentText } from '../i18n-incidents.js';
import { errorPage, layout, pageRequest, sendPage } from '../layout.js';
import { incidentDeps } from '../view/incident-access.js';
import { incidentCss } from '../view/incident-view.js';
import { visibleIncident } from './incidents.js';
import { requireSignIn } from './sign-in.js';

const incidentJs = `document.addEventListener('click', function (e) {
  var t = e.target;
  if (t && t.closest && t.closest('[data-print]')) { e.preventDefault(); window.print(); }
});
`;

/** The report of an incident as the gateway drafts it now. */
export function reportOf(ctx: WebContext, incident: Incident): DraftReport {
  const now = ctx.clock.now();
  const e = evaluateIncident(incident, incidentDeps(ctx).calendar, now);
  return draftReport(incident, e.reportability, e.deadlines, now);
}

async function loadOr404(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, what: string): Promise<Incident | undefined> {
  if (!requireSignIn(req, reply)) return undefined;
  const incident = await visibleIncident(ctx, req);
  if (!incident) {
    void errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    return undefined;
  }
  await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: incident.data.anchorMessageId, actor: req.dlpAuth!.user.username, action: 'incident_report_exported', detail: { incident: incident.id, what, ip: req.ip } });
  return incident;
}

export function registerIncidentReportPages(app: FastifyInstance, ctx: WebContext): void {
  app.get('/assets/incident.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(incidentCss));
  app.get('/assets/incident.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(incidentJs));

  app.get('/incidents/:id/report', async (req, reply) => {
    const incident = await loadOr404(ctx, req, reply, 'print');
    if (!incident) return reply;
    // The report is in Japanese whatever the UI language: it goes to the PPC.
    const p = { ...pageRequest(req) };
    const t = incidentText('ja');
    const r = reportOf(ctx, incident);
    const body = html`<link rel="stylesheet" href="/assets/incident.css"><script src="/assets/incident.js" defer></script>
<div class="print-bar"><a href="/incidents/${incident.id}">← ${incident.id}</a> <button type="button" data-print id="print-button">${t('printButton')}</button></div>
<article class="report-doc" lang="ja">
  <h1>${t('reportTitle')}</h1>
  <p class="disclaimer">${t('reportDisclaimer')}</p>
  <table>
    <tr><th>${t('reportStage')}</th><td>${r.stage}（作成日時: ${jstDateTime(r.generatedAt)}）</td></tr>
    <tr><th>管理番号</th><td class="mono">${r.incidentId}</td></tr>
    <tr><th>${t('reportGrounds')}</th><td>${r.grounds.length ? html`<ul>${r.grounds.map((g) => html`<li>${g}</li>`)}</ul>` : t('reportNoGrounds')}</td></tr>
    <tr><th>期限（暦日、発覚日を1日目）</th><td>速報: ${r.deadlines.preliminaryFrom} 〜 ${r.deadlines.preliminaryDue}（概ね3〜5日以内）<br>確報: ${r.deadlines.finalDue}（${r.deadlines.finalDays}日以内）</td></tr>
  </table>
  <table class="sections">
  ${r.sections.map(
    (s) => html`<tr class="section" data-key="${s.key}"><th>${s.no}. ${s.title}</th><td>
    ${s.gateway.length ? html`<div class="gw"><span class="small">［${t('gatewayFilled')}］</span>\n${s.gateway.join('\n')}</div>` : ''}
    ${s.personField
      ? html`<div class="person">${s.person ? html`<span class="small">［${t('personToWrite')}］</span>\n${s.person}` : html`<span class="must">【${t('mustWrite')}】</span> <span class="small">${s.hint}</span>`}</div>`
      : ''}
  </td></tr>`,
  )}
  </table>
</article>`;
    return sendPage(reply, layout(p, { title: `${t('reportTitle')} ${incident.id}`, page: 'incident-report', active: 'incidents' }, body));
  });

  app.get('/incidents/:id/notice', async (req, reply) => {
    const incident = await loadOr404(ctx, req, reply, 'notice');
    if (!incident) return reply;
    const p = pageRequest(req);
    const t = incidentText(p.lang);
    const notice = draftNotice(incident);
    const body = html`<link rel="stylesheet" href="/assets/incident.css"><script src="/assets/incident.js" defer></script>
<div class="print-bar"><a href="/incidents/${incident.id}">← ${incident.id}</a> <button type="button" data-print>${t('printButton')}</button></div>
<article class="report-doc" lang="ja"><h1>${t('noticeTitle')}</h1><p class="disclaimer">${t('noticeIntro')}</p>
<p><b>件名: ${notice.subject}</b></p><pre class="notice" id="notice-body">${notice.body}</pre></article>`;
    return sendPage(reply, layout(p, { title: t('noticeTitle'), page: 'incident-notice', active: 'incidents' }, body));
  });

  app.get('/incidents/:id/report.json', async (req, reply) => {
    const incident = await loadOr404(ctx, req, reply, 'json');
    if (!incident) return reply;
    const r = reportOf(ctx, incident);
    reply.header('content-disposition', `attachment; filename="${incident.id}.json"`);
    return reply.type('application/json; charset=utf-8').send({ report: r, notice: draftNotice(incident) });
  });

  app.get('/incidents/:id/report.csv', async (req, reply) => {
    const incident = await loadOr404(ctx, req, reply, 'csv');
    if (!incident) return reply;
    reply.header('content-disposition', `attachment; filename="${incident.id}.csv"`);
    return reply.type('text/csv; charset=utf-8').send(reportCsv(reportOf(ctx, incident)));
  });
}
