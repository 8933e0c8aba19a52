/**
 * A sender reports a message he sent to the wrong place, without an account: he asks for a link
 * by queue ID; a signed, single-use, expiring link goes to the envelope sender of that message
 * (so only its sender can use it); the link opens the form that records the incident.
 */
import os from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasLeft } from '../../incident/facts.js';
import { currentFacts, markIncident } from '../../incident/service.js';
import { maskAddress } from '../../log/logger.js';
import { newQueueId } from '../../receive/queue-id.js';
import type { MessageRecord } from '../../store/types.js';
import { composeNotice } from '../../workflow/notices/compose.js';
import type { NoticeDocument } from '../../workflow/notices/document.js';
import { loadSecret } from '../../workflow/secret.js';
import { signToken, verifyToken } from '../../workflow/tokens.js';
import { boundToken, newNonce, safeEqual } from '../auth/csrf.js';
import { RateLimiter } from '../auth/rate-limit.js';
import type { WebContext } from '../context.js';
import { setCookie } from '../context.js';
import { parseCookies } from '../cookies.js';
import { html } from '../html.js';
import { incidentText } from '../i18n-incidents.js';
import { layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { incidentDeps } from '../view/incident-access.js';
import { jstInputValue, parseJstInput } from '../view/incident-view.js';
import { senderActor } from '../self-check.js';

const nonceCookie = 'dlp_incident';
const linkTtlMs = 24 * 3_600_000;
const head = html`<link rel="stylesheet" href="/assets/incident.css">`;

function page(p: PageRequest, reply: FastifyReply, status: number, body: ReturnType<typeof html>): FastifyReply {
  return sendPage(reply, layout(p, { title: incidentText(p.lang)('linkTitle'), page: 'incident-link', bare: true }, html`${head}<section class="card narrow">${body}</section>`), status);
}

function linkNotice(link: string, id: string): NoticeDocument {
  return {
    subject: `誤送信の報告用リンク / Link to report a mis-sent message (${id})`,
    ja: [
      { kind: 'para', text: `受付番号 ${id} のメールを誤った宛先に送信したことの報告用リンクです。24時間以内に1回だけ使えます。心当たりがない場合はこのメールを破棄してください。` },
      { kind: 'link', label: '誤送信を報告する', url: link },
    ],
    en: [
      { kind: 'para', text: `Link to report that message ${id} went to the wrong place. It works once within 24 hours. If you did not ask for it, ignore this mail.` },
      { kind: 'link', label: 'Report the mis-sent message', url: link },
    ],
  };
}

export function registerIncidentLinkPages(app: FastifyInstance, ctx: WebContext): void {
  const deps = incidentDeps(ctx);
  const key = loadSecret({ configured: ctx.config.workflow.secret, env: process.env.DLP_SECRET, dataDir: ctx.config.storage.dataDir, log: ctx.log });
  const limiter = new RateLimiter(5, 15 * 60_000);
  // At most 3 links an hour per message, so nobody can flood a sender's mailbox.
  const perMessage = new RateLimiter(3, 60 * 60_000);
  const baseUrl = (ctx.config.web.baseUrl || `http://${ctx.config.web.host}:${ctx.config.web.port}`).replace(/\/+$/, '');
  const hostname = ctx.config.smtp.hostname ?? os.hostname();

  function formToken(req: FastifyRequest, reply: FastifyReply, binding: string): string {
    const nonce = newNonce();
    setCookie(ctx, req, reply, nonceCookie, nonce, { path: '/incident-report', maxAgeSeconds: 3600 });
    return boundToken(nonce, binding);
  }
  function checkForm(req: FastifyRequest, binding: string): boolean {
    const nonce = parseCookies(req.headers.cookie)[nonceCookie];
    const given = (req.body as Record<string, unknown> | undefined)?._csrf;
    return !!nonce && safeEqual(typeof given === 'string' ? given : undefined, boundToken(nonce, binding));
  }

  async function mailLink(record: MessageRecord): Promise<void> {
    const now = ctx.clock.now();
    const token = signToken(key, { messageId: record.id, purpose: 'incident-report', expiresAt: now + linkTtlMs });
    const doc = linkNotice(`${baseUrl}/incident-report/${token}`, record.id);
    const sender = ctx.config.workflow.noticeSender;
    const raw = await composeNotice({ from: `"DLP Gateway" <${sender || `mailer-daemon@${hostname}`}>`, to: record.mailFrom, doc, now, hostname, aboutId: record.id, type: 'incident_link' });
    const id = newQueueId(now);
    await ctx.store.accept(
      { id, kind: 'notice', receivedAt: now, mailFrom: sender, rcptTo: [record.mailFrom], raw, client: { generatedFor: record.id, notice: 'incident_link' }, initialState: 'queued' },
      { at: now, messageId: id, actor: 'web', action: 'notice_queued', detail: { for: record.id, type: 'incident_link' } },
    );
    await ctx.store.appendEvent({ at: now, messageId: record.id, actor: 'web', action: 'incident_link_sent', detail: { notice: id, to: maskAddress(record.mailFrom) } });
    ctx.wakeRelay();
  }

  app.get('/incident-report', async (req, reply) => {
    const p = pageRequest(req);
    const t = incidentText(p.lang);
    const csrf = formToken(req, reply, 'incident-link');
    return page(p, reply, 200, html`<h1>${t('linkTitle')}</h1><p>${t('linkIntro')}</p>
<form method="post" action="/incident-report" class="inc-form"><input type="hidden" name="_csrf" value="${csrf}">
<label>${t('queueId')} <input type="text" name="message" id="message-id" required maxlength="64"></label>
<div><button type="submit" class="primary">${t('linkButton')}</button></div></form>`);
  });

  app.post('/incident-report', async (req, reply) => {
    const p = pageRequest(req);
    const t = incidentText(p.lang);
    if (!checkForm(req, 'incident-link')) return page(p, reply, 403, html`<div class="alert error">${p.t('errorCsrf')}</div>`);
    if (!limiter.allow(req.ip, ctx.clock.now())) return page(p, reply, 429, html`<div class="alert error">${p.t('signInRateLimited')}</div>`);
    const id = String((req.body as Record<string, unknown>).message ?? '').trim().slice(0, 64);
    const record = id ? await ctx.store.get(id) : undefined;
    // The same answer whether or not the id exists: the page reveals nothing about other mail.
    if (record && hasLeft(record) && record.mailFrom && perMessage.allow(record.id, ctx.clock.now())) await mailLink(record);
    return page(p, reply, 200, html`<h1>${t('linkTitle')}</h1><div class="alert info" role="status" id="link-sent">${t('linkSent')}</div>`);
  });

  async function open(req: FastifyRequest): Promise<MessageRecord | undefined> {
    const token = (req.params as { token: string }).token;
    const checked = verifyToken(key, token, 'incident-report', ctx.clock.now());
    if (!checked.ok) return undefined;
    const record = await ctx.store.get(checked.claims.messageId);
    return record && hasLeft(record) ? record : undefined;
  }

  app.get('/incident-report/:token', async (req, reply) => {
    const p = pageRequest(req);
    const t = incidentText(p.lang);
    const token = (req.params as { token: string }).token;
    const record = await open(req);
    if (!record) return page(p, reply, 410, html`<div class="alert error">${t('linkInvalid')}</div>`);
    const facts = await currentFacts(deps, record);
    const csrf = formToken(req, reply, `incident-report:${token}`);
    return page(p, reply, 200, html`<h1>${t('linkMarkTitle')}</h1>
<p><b class="mono">${record.id}</b> ${facts.subject ? html`「${facts.subject}」` : ''}</p>
<form method="post" action="/incident-report/${token}" class="inc-form"><input type="hidden" name="_csrf" value="${csrf}">
<label>${t('awareAt')} <input type="datetime-local" name="awareAt" required value="${jstInputValue(ctx.clock.now())}"></label>
<fieldset><legend>${t('wrongRecipients')}</legend>${facts.recipients.map((r) => html`<label class="inline"><input type="checkbox" name="wrong" value="${r.address}" ${r.class !== 'internal' ? html`checked` : ''}> <span class="mono">${r.address}</span></label>`)}</fieldset>
<label>${t('description')} <textarea name="description" maxlength="4000"></textarea></label>
<div><button type="submit" class="primary" id="mark-button">${t('markButton')}</button></div></form>`);
  });

  app.post('/incident-report/:token', async (req, reply) => {
    const p = pageRequest(req);
    const t = incidentText(p.lang);
    const token = (req.params as { token: string }).token;
    if (!checkForm(req, `incident-report:${token}`)) return page(p, reply, 403, html`<div class="alert error">${p.t('errorCsrf')}</div>`);
    const record = await open(req);
    if (!record) return page(p, reply, 410, html`<div class="alert error">${t('linkInvalid')}</div>`);
    const b = (req.body ?? {}) as Record<string, unknown>;
    const awareAt = parseJstInput(b.awareAt) ?? ctx.clock.now();
    // Checked before the link is used up, so a typo does not cost the sender his link.
    if (awareAt < record.receivedAt - 60_000 || awareAt > ctx.clock.now() + 60_000) {
      return page(p, reply, 422, html`<div class="alert error">${t('awareAt')}: ${t('awareHint')}</div><p><a href="/incident-report/${token}">←</a></p>`);
    }
    const checked = verifyToken(key, token, 'incident-report', ctx.clock.now());
    if (!checked.ok || !(await ctx.store.consumeToken(checked.claims.jti, ctx.clock.now(), checked.claims.expiresAt))) {
      return page(p, reply, 410, html`<div class="alert error">${t('linkInvalid')}</div>`);
    }
    const wrong = Array.isArray(b.wrong) ? b.wrong.map(String) : typeof b.wrong === 'string' ? [b.wrong] : [];
    const result = await markIncident(deps, senderActor(req, record.mailFrom), {
      messageId: record.id,
      awareAt,
      description: typeof b.description === 'string' ? b.description : '',
      kind: 'mis_sent',
      wrongRecipients: wrong,
      via: 'link',
    });
    if (!result.ok) return page(p, reply, 422, html`<div class="alert error">${result.message}</div>`);
    setCookie(ctx, req, reply, nonceCookie, '', { path: '/incident-report', maxAgeSeconds: 0 });
    return page(p, reply, 200, html`<div class="alert ok" role="status" id="link-done">${t('linkDone', { id: result.value.id })}</div>`);
  });
}
