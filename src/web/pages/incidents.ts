/** Incident pages: the list with deadlines, recording a sent message, the incident (scope, reportability, report fields, status). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { evaluateIncident } from '../../incident/evaluate.js';
import { hasLeft } from '../../incident/facts.js';
import {
  currentFacts,
  getIncident,
  judge,
  listIncidents,
  markIncident,
  override,
  scopeOf,
  setFields,
  setAwareAt,
  setScope,
  setStatus,
  type IncidentResult,
} from '../../incident/service.js';
import { personFields, type Incident, type IncidentStatus, type PersonField } from '../../incident/types.js';
import type { MessageRecord } from '../../store/types.js';
import type { WebContext } from '../context.js';
import { actionLabel, formatDateTime } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { incidentText, type IncidentTranslate } from '../i18n-incidents.js';
import { errorPage, layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { incidentDeps, mayEditIncident, mayMarkMessage, mayViewIncident } from '../view/incident-access.js';
import { incidentActionLabel, parseJstInput, statusLabel } from '../view/incident-view.js';
import { csrfField, deadlinesCard, factsBlock, fieldsCard, head, listPage, markForm, reasonsCard, scopeCard, statusCard } from '../view/incident-cards.js';
import { requireSignIn } from './sign-in.js';


function tr(p: PageRequest): IncidentTranslate {
  return incidentText(p.lang);
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  return typeof v === 'string' ? v : '';
}

function list(body: Record<string, unknown>, key: string): string[] {
  const v = body[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}


function redirectTo(reply: FastifyReply, id: string, query: string): FastifyReply {
  return reply.redirect(`/incidents/${encodeURIComponent(id)}?${query}`, 303);
}

function afterChange(req: FastifyRequest, reply: FastifyReply, id: string, result: IncidentResult): FastifyReply {
  if (result.ok) return redirectTo(reply, id, 'done=saved');
  if (result.error === 'conflict') return redirectTo(reply, id, 'error=conflict');
  if (result.error === 'not_found') return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
  return errorPage(req, reply, result.error === 'forbidden' ? 403 : 422, result.message);
}

async function visibleIncident(ctx: WebContext, req: FastifyRequest): Promise<Incident | undefined> {
  const incident = await getIncident(incidentDeps(ctx), (req.params as { id: string }).id);
  if (!incident || !(await mayViewIncident(ctx, req.dlpAuth!.actor, incident))) return undefined;
  return incident;
}

async function editableIncident(ctx: WebContext, req: FastifyRequest, reply: FastifyReply): Promise<{ incident: Incident; version: number; body: Record<string, unknown> } | undefined> {
  const incident = await visibleIncident(ctx, req);
  if (!incident) {
    void errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    return undefined;
  }
  if (!(await mayEditIncident(ctx, req.dlpAuth!.actor, incident))) {
    void errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    return undefined;
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  const version = Number(str(body, 'version'));
  return { incident, version: Number.isInteger(version) ? version : -1, body };
}


async function detailPage(ctx: WebContext, req: FastifyRequest, incident: Incident): Promise<SafeHtml> {
  const p = pageRequest(req);
  const t = tr(p);
  const auth = req.dlpAuth!;
  const canEdit = await mayEditIncident(ctx, auth.actor, incident);
  const e = evaluateIncident(incident, incidentDeps(ctx).calendar, ctx.clock.now());
  const candidates = await scopeOf(incidentDeps(ctx), incident);
  const wrong = new Set(incident.data.wrongRecipients);
  const events = (await ctx.store.events({ messageId: incident.data.anchorMessageId, limit: 1000 })).filter((ev) => ev.detail.incident === incident.id);
  const q = req.query as Record<string, unknown>;
  const base = `/incidents/${encodeURIComponent(incident.id)}`;
  return html`${head}<div class="pager"><a href="/incidents">← ${t('listTitle')}</a></div>
<div class="inc-head"><h1 class="mono">${incident.id}</h1>
  <span class="badge state">${statusLabel(incident.status, t)}</span>
  ${e.reportability.reportable ? html`<span class="badge danger" id="reportable-badge">${t('reportableYes')}</span>` : html`<span class="badge info" id="reportable-badge">${t('reportableNo')}</span>`}
</div>
${q.done === 'saved' ? html`<div class="alert ok" role="status">${t('saved')}</div>` : q.done === 'marked' ? html`<div class="alert ok" role="status">${t('marked')}</div>` : ''}
${q.error === 'conflict' ? html`<div class="alert error" role="alert">${t('conflict')}</div>` : ''}
<div class="inc-links">
  <a href="${base}/report" id="open-report">${t('openReport')}</a>
  <a href="${base}/notice">${t('openNotice')}</a>
  <a href="${base}/report.json">${t('exportJson')}</a>
  <a href="${base}/report.csv">${t('exportCsv')}</a>
</div>
${incident.data.description ? html`<section class="card"><h2>${t('description')}</h2><p>${incident.data.description}</p><p class="small muted">${incident.data.markedBy.id} · ${formatDateTime(incident.data.markedAt, p.lang)}</p></section>` : ''}
<div class="grid2">
<div class="col">
  ${deadlinesCard(p, t, req, incident, e, canEdit)}
  ${reasonsCard(p, t, req, incident, canEdit, e)}
  ${scopeCard(p, t, req, incident, candidates, canEdit)}
  <section class="card inc-messages"><h2>${t('inScope')} (${incident.data.messages.length})</h2>${incident.data.messages.map((m) => factsBlock(p, t, m, wrong))}</section>
</div>
<div class="col">
  ${statusCard(t, req, incident, canEdit)}
  ${fieldsCard(p, t, req, incident, canEdit)}
  <section class="card"><h2>${t('timeline')}</h2><ol class="timeline">${events.map((ev) => html`<li><span class="small muted">${formatDateTime(ev.at, p.lang)}</span><br><b>${incidentActionLabel(ev.action, p.lang) ?? actionLabel(ev.action, p.lang)}</b>${typeof ev.detail.status === 'string' ? html` → ${statusLabel(ev.detail.status as IncidentStatus, t)}` : ''} <span class="muted">— ${ev.actor}</span></li>`)}</ol></section>
</div>
</div>`;
}

/** Messages that left and this actor may see, newest first (for recording an incident). */
async function recentSent(ctx: WebContext, req: FastifyRequest): Promise<MessageRecord[]> {
  const since = ctx.clock.now() - 90 * 24 * 3_600_000;
  const records = await ctx.store.list({ states: ['delivered', 'queued', 'bounced'], kind: 'mail', since, limit: 300 });
  return records.filter((r) => hasLeft(r) && mayMarkMessage(ctx, req.dlpAuth!.actor, r)).slice(0, 50);
}

export function registerIncidentPages(app: FastifyInstance, ctx: WebContext): void {
  const deps = incidentDeps(ctx);

  app.get('/incidents', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const all = await listIncidents(deps);
    const visible: Incident[] = [];
    for (const i of all) if (await mayViewIncident(ctx, req.dlpAuth!.actor, i)) visible.push(i);
    return sendPage(reply, layout(p, { title: tr(p)('listTitle'), page: 'incidents', active: 'incidents' }, listPage(p, tr(p), visible, ctx)));
  });

  app.get('/incidents/new', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const t = tr(p);
    const id = (req.query as Record<string, unknown>).message;
    if (typeof id === 'string' && id) {
      const record = await ctx.store.get(id);
      if (!record || !mayMarkMessage(ctx, req.dlpAuth!.actor, record)) return errorPage(req, reply, 404, p.t('errorNotFound'));
      if (!hasLeft(record)) return errorPage(req, reply, 409, t('notLeft'));
      const facts = await currentFacts(deps, record);
      const body = html`${head}<h1>${t('newTitle')}</h1><p>${t('newIntro')}</p>${markForm(p, t, req, record, facts, ctx.clock.now(), '/incidents', csrfField(req))}`;
      return sendPage(reply, layout(p, { title: t('newTitle'), page: 'incident-new', active: 'incidents' }, body));
    }
    const recent = await recentSent(ctx, req);
    const body = html`${head}<h1>${t('newTitle')}</h1><p>${t('newIntro')}</p>
<section class="card"><form method="get" action="/incidents/new" class="toolbar"><label>${t('queueId')} <input type="text" name="message" id="message-id" required></label> <button type="submit">${t('open')}</button></form></section>
<section class="card"><h2>${t('recentSent')}</h2>${
      recent.length
        ? html`<ul class="plain">${recent.map((r) => html`<li><a href="/incidents/new?message=${r.id}" class="mono">${r.id}</a> ${formatDateTime(r.receivedAt, p.lang)} <span class="mono">${r.mailFrom}</span> → <span class="mono">${r.rcptTo.join(', ')}</span></li>`)}</ul>`
        : html`<p class="muted">${t('noRecent')}</p>`
    }</section>`;
    return sendPage(reply, layout(p, { title: t('newTitle'), page: 'incident-new', active: 'incidents' }, body));
  });

  app.post('/incidents', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const record = await ctx.store.get(str(body, 'message'));
    if (!record || !mayMarkMessage(ctx, req.dlpAuth!.actor, record)) return errorPage(req, reply, 404, p.t('errorNotFound'));
    const awareAt = parseJstInput(body.awareAt);
    if (awareAt === undefined) return errorPage(req, reply, 422, tr(p)('awareAt'));
    const result = await markIncident(deps, req.dlpAuth!.actor, {
      messageId: record.id,
      awareAt,
      description: str(body, 'description'),
      kind: str(body, 'kind') === 'other_leak' ? 'other_leak' : 'mis_sent',
      wrongRecipients: list(body, 'wrong'),
      via: 'session',
    });
    if (!result.ok) return errorPage(req, reply, result.error === 'not_found' ? 404 : result.error === 'forbidden' ? 403 : 422, result.message);
    return redirectTo(reply, result.value.id, 'done=marked');
  });

  app.get('/incidents/:id', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const incident = await visibleIncident(ctx, req);
    if (!incident) return errorPage(req, reply, 404, p.t('errorNotFound'));
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: incident.data.anchorMessageId, actor: req.dlpAuth!.user.username, action: 'incident_viewed', detail: { incident: incident.id, ip: req.ip } });
    return sendPage(reply, layout(p, { title: incident.id, page: 'incident', active: 'incidents' }, await detailPage(ctx, req, incident)));
  });

  app.post('/incidents/:id/scope', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const windowDays = Number(str(found.body, 'windowDays') || found.incident.data.scopeWindowDays);
    const result = await setScope(deps, found.incident.id, found.version, req.dlpAuth!.actor, { include: list(found.body, 'include'), excludeReason: str(found.body, 'excludeReason'), windowDays });
    return afterChange(req, reply, found.incident.id, result);
  });

  app.post('/incidents/:id/aware', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const awareAt = parseJstInput(found.body.awareAt);
    if (awareAt === undefined) return errorPage(req, reply, 400, pageRequest(req).t('errorGeneric'));
    return afterChange(req, reply, found.incident.id, await setAwareAt(deps, found.incident.id, found.version, req.dlpAuth!.actor, awareAt, str(found.body, 'reason')));
  });

  app.post('/incidents/:id/judge', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const which = str(found.body, 'which');
    const value = str(found.body, 'value');
    if ((which !== 'improperPurpose' && which !== 'strongEncryption') || (value !== 'true' && value !== 'false')) return errorPage(req, reply, 400, pageRequest(req).t('errorGeneric'));
    return afterChange(req, reply, found.incident.id, await judge(deps, found.incident.id, found.version, req.dlpAuth!.actor, which, value === 'true', str(found.body, 'reason')));
  });

  app.post('/incidents/:id/override', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const code = str(found.body, 'code');
    const value = str(found.body, 'value');
    if (!['sensitive', 'financial', 'over_1000', 'encryption'].includes(code) || !['true', 'false', 'clear'].includes(value)) return errorPage(req, reply, 400, pageRequest(req).t('errorGeneric'));
    const result = await override(deps, found.incident.id, found.version, req.dlpAuth!.actor, code as 'sensitive', value === 'clear' ? null : value === 'true', str(found.body, 'reason'));
    return afterChange(req, reply, found.incident.id, result);
  });

  app.post('/incidents/:id/fields', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const fields: Partial<Record<PersonField, string>> = {};
    for (const f of personFields) if (typeof found.body[f] === 'string') fields[f] = found.body[f] as string;
    return afterChange(req, reply, found.incident.id, await setFields(deps, found.incident.id, found.version, req.dlpAuth!.actor, fields));
  });

  app.post('/incidents/:id/status', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const status = str(found.body, 'status');
    if (!['preliminary_sent', 'final_sent', 'closed'].includes(status)) return errorPage(req, reply, 400, pageRequest(req).t('errorGeneric'));
    return afterChange(req, reply, found.incident.id, await setStatus(deps, found.incident.id, found.version, req.dlpAuth!.actor, status as IncidentStatus, str(found.body, 'note')));
  });
}

export { visibleIncident };
