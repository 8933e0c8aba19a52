/**
 * The sender's send-delay pages (一時保留): `/delay/<token>/send-now` and `/delay/<token>/cancel`.
 * The signed single-use token is the credential. GET only shows the message (mail scanners
 * prefetch links); the action is a POST bound to a nonce cookie — for cancel the GET page is
 * the confirmation step.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageRecord } from '../../store/types.js';
import { outsideOrganisations } from '../../workflow/delay/facts.js';
import { formatJst } from '../../workflow/notices/content.js';
import { reportFacts, safeSubject } from '../../workflow/report-facts.js';
import type { DelayLinkPurpose } from '../../workflow/tokens.js';
import type { WorkflowError, WorkflowResult } from '../../workflow/types.js';
import { boundToken, newNonce, safeEqual } from '../auth/csrf.js';
import type { WebContext } from '../context.js';
import { setCookie } from '../context.js';
import { parseCookies } from '../cookies.js';
import { stateLabel } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { delayText, type DelayTranslate } from '../i18n-delay.js';
import { layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { senderActor } from '../self-check.js';

const nonceCookie = 'dlp_delay';
const actions: Array<{ path: 'send-now' | 'cancel'; purpose: DelayLinkPurpose }> = [
  { path: 'send-now', purpose: 'delay-send-now' },
  { path: 'cancel', purpose: 'delay-cancel' },
];

function page(p: PageRequest, reply: FastifyReply, status: number, body: SafeHtml): FastifyReply {
  return sendPage(reply, layout(p, { title: delayText(p.lang)('title'), page: 'delay', bare: true }, body), status);
}

function notice(p: PageRequest, reply: FastifyReply, status: number, tone: 'ok' | 'error' | 'info', message: string): FastifyReply {
  const t = delayText(p.lang);
  return page(p, reply, status, html`<section class="card narrow selfcheck"><h1>${t('title')}</h1><div class="alert ${tone}" role="status">${message}</div></section>`);
}

function failure(p: PageRequest, reply: FastifyReply, result: Extract<WorkflowResult, { ok: false }>, current?: MessageRecord): FastifyReply {
  const t = delayText(p.lang);
  if (result.error === 'wrong_state' && current) return stateNotice(p, reply, current);
  const text: Partial<Record<WorkflowError, string>> = { token_expired: t('tokenExpired'), token_used: t('tokenUsed') };
  const status = result.error === 'token_invalid' || result.error === 'not_found' ? 404 : result.error === 'token_expired' ? 410 : 409;
  return notice(p, reply, status, 'error', text[result.error] ?? t('tokenInvalid'));
}

/** The message left `delayed`: say what became of it. */
function stateNotice(p: PageRequest, reply: FastifyReply, record: MessageRecord): FastifyReply {
  const t = delayText(p.lang);
  switch (record.state) {
    case 'queued':
    case 'delivered':
    case 'bounced':
      return notice(p, reply, 200, 'info', t('alreadySent'));
    case 'cancelled':
      return notice(p, reply, 200, 'info', t('alreadyCancelled'));
    case 'received':
    case 'delayed':
    case 'awaiting_self_check':
    case 'awaiting_approval':
    case 'rejected':
    case 'denied':
    case 'returned':
    case 'expired':
      return notice(p, reply, 200, 'info', t('notDelayed', { state: stateLabel(record.state, p.t, p.lang) }));
    default: {
      const never: never = record.state;
      throw new Error(`unknown state ${String(never)}`);
    }
  }
}

async function summary(ctx: WebContext, t: DelayTranslate, record: MessageRecord): Promise<SafeHtml> {
  const facts = reportFacts(record);
  const subject = safeSubject(record.purged ? undefined : await ctx.store.getRaw(record.id), facts);
  const organisations = outsideOrganisations(record);
  return html`<dl class="facts">
    <dt>${t('queueId')}</dt><dd class="mono">${record.id}</dd>
    <dt>${t('subject')}</dt><dd><b>${subject ?? t('subjectWithheld')}</b></dd>
    <dt>${t('dueAt')}</dt><dd id="due-at">${formatJst(record.nextAttemptAt)}</dd>
  </dl>
  <h2>${t('recipients')} (${facts.recipients.length})</h2>
  <ul class="plain" id="recipients">${facts.recipients.map(
    (r) => html`<li><span class="mono">${r.address}</span>${r.class !== 'internal' && r.class !== 'unknown' ? html` <span class="badge warn">${t('external')}</span>` : ''}</li>`,
  )}</ul>
  <h2>${t('organisations')}</h2>
  <p id="organisations">${organisations.length ? organisations.join(', ') : t('none')}</p>
  <h2>${t('attachments')} (${facts.attachments.length})</h2>
  ${facts.attachments.length ? html`<ul class="plain" id="attachments">${facts.attachments.map((a) => html`<li class="mono">${a}</li>`)}</ul>` : html`<p class="muted">${t('none')}</p>`}`;
}

export function registerDelayPages(app: FastifyInstance, ctx: WebContext): void {
  const workflow = ctx.workflow;
  if (!workflow.openDelayed || !workflow.sendDelayedNow || !workflow.cancelDelayed) return;
  const open = workflow.openDelayed.bind(workflow);
  const perform = { 'send-now': workflow.sendDelayedNow.bind(workflow), cancel: workflow.cancelDelayed.bind(workflow) };

  for (const { path, purpose } of actions) {
    app.get(`/delay/:token/${path}`, async (req: FastifyRequest, reply) => {
      const p = pageRequest(req);
      const t = delayText(p.lang);
      const token = (req.params as { token: string }).token;
      const opened = await open(token, purpose, senderActor(req));
      if (!opened.ok) return failure(p, reply, opened);
      if (opened.record.state !== 'delayed') return stateNotice(p, reply, opened.record);
      const nonce = newNonce();
      setCookie(ctx, req, reply, nonceCookie, nonce, { path: '/delay', maxAgeSeconds: 3600 });
      const csrf = boundToken(nonce, `delay:${path}:${token}`);
      const isCancel = path === 'cancel';
      return page(p, reply, 200, html`<section class="card narrow selfcheck">
  <h1>${t('title')}</h1>
  <p>${isCancel ? t('cancelIntro') : t('sendNowIntro')}</p>
  ${await summary(ctx, t, opened.record)}
  ${isCancel ? html`<p><b>${t('cancelConfirmQuestion')}</b></p>` : ''}
  <form method="post" action="/delay/${encodeURIComponent(token)}/${path}">
    <input type="hidden" name="_csrf" value="${csrf}">
    <div class="buttons"><button type="submit" class="${isCancel ? 'danger' : 'primary'}" id="${isCancel ? 'cancel-button' : 'send-now-button'}">${isCancel ? t('cancelButton') : t('sendNowButton')}</button></div>
  </form>
  <p class="small muted">${t('keepWaiting')}</p>
</section>`);
    });

    app.post(`/delay/:token/${path}`, async (req, reply) => {
      const p = pageRequest(req);
      const t = delayText(p.lang);
      const token = (req.params as { token: string }).token;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const nonce = parseCookies(req.headers.cookie)[nonceCookie];
      if (!nonce || !safeEqual(typeof body._csrf === 'string' ? body._csrf : undefined, boundToken(nonce, `delay:${path}:${token}`))) {
        return notice(p, reply, 403, 'error', t('csrf'));
      }
      const opened = await open(token, purpose, senderActor(req));
      if (!opened.ok) return failure(p, reply, opened);
      const result = await perform[path](token, senderActor(req, opened.record.mailFrom));
      if (!result.ok) return failure(p, reply, result, (await ctx.store.get(opened.record.id)) ?? undefined);
      setCookie(ctx, req, reply, nonceCookie, '', { path: '/delay', maxAgeSeconds: 0 });
      if (result.record.state === 'queued') ctx.wakeRelay();
      return notice(p, reply, 200, path === 'cancel' ? 'info' : 'ok', path === 'cancel' ? t('cancelled') : t('sentNow'));
    });
  }
}
