/**
 * REST resource `/api/incidents`: record an incident on a message that left, read it with its
 * reportability, deadlines, scope candidates and draft report, and change it (version-checked).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { evaluateIncident } from '../../incident/evaluate.js';
import {
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
import { reportCsv } from '../../incident/report.js';
import { incidentStats } from '../../incident/stats.js';
import type { WebContext } from '../context.js';
import { incidentDeps, mayEditIncident, mayMarkMessage, mayViewIncident } from '../view/incident-access.js';
import { reportOf } from '../pages/incident-report.js';
import { apiError } from './errors.js';
import { requireApiAuth } from './auth.js';

function incidentJson(ctx: WebContext, incident: Incident): Record<string, unknown> {
  const e = evaluateIncident(incident, incidentDeps(ctx).calendar, ctx.clock.now());
  return {
    id: incident.id,
    status: incident.status,
    version: incident.version,
    createdAt: new Date(incident.createdAt).toISOString(),
    awareAt: new Date(incident.data.awareAt).toISOString(),
    kind: incident.data.kind,
    markedBy: incident.data.markedBy,
    description: incident.data.description,
    wrongRecipients: incident.data.wrongRecipients,
    messages: incident.data.messages,
    excluded: incident.data.excluded,
    judgements: incident.data.judgements,
    fields: incident.data.fields,
    reportable: e.reportability.reportable,
    exemptByEncryption: e.reportability.exemptByEncryption,
    reasons: e.reportability.reasons,
    deadlines: {
      preliminary: { from: e.deadlines.preliminary.from.date, due: e.deadlines.preliminary.due.date, state: e.preliminary },
      final: { due: e.deadlines.final.date, days: e.deadlines.final.days, state: e.final },
      counting: 'calendar days; the day of awareness is day 1',
    },
  };
}

function body(req: FastifyRequest): Record<string, unknown> {
  const b = req.body;
  return typeof b === 'object' && b !== null && !Array.isArray(b) ? (b as Record<string, unknown>) : {};
}

function send(ctx: WebContext, reply: FastifyReply, result: IncidentResult): FastifyReply | Record<string, unknown> {
  if (result.ok) return { incident: incidentJson(ctx, result.value) };
  const status = result.error === 'not_found' ? 404 : result.error === 'forbidden' ? 403 : result.error === 'conflict' || result.error === 'wrong_status' ? 409 : result.error === 'not_left' ? 409 : 400;
  const code = result.error === 'wrong_status' ? 'wrong_state' : result.error;
  return apiError(reply, status, code, result.message);
}

export function registerIncidentsApi(app: FastifyInstance, ctx: WebContext): void {
  const deps = incidentDeps(ctx);

  async function load(req: FastifyRequest, reply: FastifyReply, edit: boolean): Promise<Incident | undefined> {
    if (!requireApiAuth(req, reply, 'admin', 'auditor', 'approver')) return undefined;
    const incident = await getIncident(deps, (req.params as { id: string }).id);
    if (!incident || !(await mayViewIncident(ctx, req.dlpAuth!.actor, incident))) {
      void apiError(reply, 404, 'not_found', 'no such incident');
      return undefined;
    }
    if (edit && !(await mayEditIncident(ctx, req.dlpAuth!.actor, incident))) {
      void apiError(reply, 403, 'forbidden', 'auditors may only read incidents');
      return undefined;
    }
    return incident;
  }

  const version = (b: Record<string, unknown>) => (typeof b.version === 'number' && Number.isInteger(b.version) ? b.version : -1);

  app.get('/api/incidents', async (req, reply) => {
    if (!requireApiAuth(req, reply, 'admin', 'auditor', 'approver')) return reply;
    const out: Record<string, unknown>[] = [];
    for (const i of await listIncidents(deps)) if (await mayViewIncident(ctx, req.dlpAuth!.actor, i)) out.push(incidentJson(ctx, i));
    return { incidents: out };
  });

  /** Incidents per month and the controls they passed (admins, auditors). */
  app.get('/api/incidents/stats', async (req, reply) => {
    if (!requireApiAuth(req, reply, 'admin', 'auditor')) return reply;
    const raw = Number((req.query as Record<string, unknown>).months ?? 12);
    const months = Number.isInteger(raw) && raw >= 1 && raw <= 60 ? raw : 12;
    return incidentStats(await listIncidents(deps, 5000), deps.calendar, ctx.clock.now(), months);
  });

  app.post('/api/incidents', async (req, reply) => {
    if (!requireApiAuth(req, reply)) return reply;
    const b = body(req);
    const messageId = typeof b.messageId === 'string' ? b.messageId : '';
    const record = await ctx.store.get(messageId);
    if (!record || !mayMarkMessage(ctx, req.dlpAuth!.actor, record)) return apiError(reply, 404, 'not_found', 'no such message');
    const awareAt = typeof b.awareAt === 'string' ? Date.parse(b.awareAt) : Number.NaN;
    if (!Number.isFinite(awareAt)) return apiError(reply, 400, 'bad_request', 'awareAt must be an ISO 8601 date-time');
    const result = await markIncident(deps, req.dlpAuth!.actor, {
      messageId,
      awareAt,
      description: typeof b.description === 'string' ? b.description : '',
      kind: b.kind === 'other_leak' ? 'other_leak' : 'mis_sent',
      ...(Array.isArray(b.wrongRecipients) ? { wrongRecipients: b.wrongRecipients.filter((x): x is string => typeof x === 'string') } : {}),
      via: req.dlpAuth!.via === 'token' ? 'api' : 'session',
    });
    if (result.ok) reply.code(201);
    return send(ctx, reply, result);
  });

  app.get('/api/incidents/:id', async (req, reply) => {
    const incident = await load(req, reply, false);
    if (!incident) return reply;
    const candidates = await scopeOf(deps, incident);
    return {
      incident: incidentJson(ctx, incident),
      scopeCandidates: candidates.map((c) => ({ id: c.facts.id, match: c.match, shared: c.shared, receivedAt: new Date(c.facts.receivedAt).toISOString(), personCount: c.facts.personCount, categories: c.facts.categories })),
    };
  });

  app.get('/api/incidents/:id/report', async (req, reply) => {
    const incident = await load(req, reply, false);
    if (!incident) return reply;
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: incident.data.anchorMessageId, actor: req.dlpAuth!.user.username, action: 'incident_report_exported', detail: { incident: incident.id, what: 'api', ip: req.ip } });
    const report = reportOf(ctx, incident);
    if ((req.query as Record<string, unknown>).format === 'csv') return reply.type('text/csv; charset=utf-8').send(reportCsv(report));
    return { report };
  });

  app.post('/api/incidents/:id/status', async (req, reply) => {
    const incident = await load(req, reply, true);
    if (!incident) return reply;
    const b = body(req);
    if (b.status !== 'preliminary_sent' && b.status !== 'final_sent' && b.status !== 'closed') return apiError(reply, 400, 'bad_request', 'status must be preliminary_sent, final_sent or closed');
    return send(ctx, reply, await setStatus(deps, incident.id, version(b), req.dlpAuth!.actor, b.status as IncidentStatus, typeof b.note === 'string' ? b.note : ''));
  });

  app.post('/api/incidents/:id/aware', async (req, reply) => {
    const incident = await load(req, reply, true);
    if (!incident) return reply;
    const b = body(req);
    const awareAt = typeof b.awareAt === 'string' ? Date.parse(b.awareAt) : Number.NaN;
    if (!Number.isFinite(awareAt)) return apiError(reply, 400, 'bad_request', 'awareAt must be an ISO 8601 date-time');
    return send(ctx, reply, await setAwareAt(deps, incident.id, version(b), req.dlpAuth!.actor, awareAt, typeof b.reason === 'string' ? b.reason : ''));
  });

  app.post('/api/incidents/:id/judgement', async (req, reply) => {
    const incident = await load(req, reply, true);
    if (!incident) return reply;
    const b = body(req);
    if ((b.which !== 'improperPurpose' && b.which !== 'strongEncryption') || typeof b.value !== 'boolean') return apiError(reply, 400, 'bad_request', 'which must be improperPurpose or strongEncryption; value a boolean');
    return send(ctx, reply, await judge(deps, incident.id, version(b), req.dlpAuth!.actor, b.which, b.value, typeof b.reason === 'string' ? b.reason : ''));
  });

  app.post('/api/incidents/:id/override', async (req, reply) => {
    const incident = await load(req, reply, true);
    if (!incident) return reply;
    const b = body(req);
    if (!['sensitive', 'financial', 'over_1000', 'encryption'].includes(String(b.code)) || !(typeof b.value === 'boolean' || b.value === null)) {
      return apiError(reply, 400, 'bad_request', 'code must be sensitive, financial, over_1000 or encryption; value a boolean or null');
    }
    return send(ctx, reply, await override(deps, incident.id, version(b), req.dlpAuth!.actor, b.code as 'sensitive', b.value as boolean | null, typeof b.reason === 'string' ? b.reason : ''));
  });

  app.post('/api/incidents/:id/scope', async (req, reply) => {
    const incident = await load(req, reply, true);
    if (!incident) return reply;
    const b = body(req);
    const include = Array.isArray(b.include) ? b.include.filter((x): x is string => typeof x === 'string') : [];
    return send(ctx, reply, await setScope(deps, incident.id, version(b), req.dlpAuth!.actor, { include, excludeReason: typeof b.excludeReason === 'string' ? b.excludeReason : '', ...(typeof b.windowDays === 'number' ? { windowDays: b.windowDays } : {}) }));
  });

  app.post('/api/incidents/:id/fields', async (req, reply) => {
    const incident = await load(req, reply, true);
    if (!incident) return reply;
    const b = body(req);
    const given = typeof b.fields === 'object' && b.fields !== null ? (b.fields as Record<string, unknown>) : {};
    const fields: Partial<Record<PersonField, string>> = {};
    for (const f of personFields) if (typeof given[f] === 'string') fields[f] = given[f] as string;
    return send(ctx, reply, await setFields(deps, incident.id, version(b), req.dlpAuth!.actor, fields));
  });
}
