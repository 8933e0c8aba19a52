import { isPpapHold, ppapAdvice } from '../../workflow/notices/ppap-advice.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageRecord } from '../../store/types.js';
import type { WebContext } from '../context.js';
import { setCookie } from '../context.js';
import { boundToken, newNonce, safeEqual } from '../auth/csrf.js';
import { parseCookies } from '../cookies.js';
import { html, type SafeHtml } from '../html.js';
import { layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { categoryName, categoryTone, formatCount, formatDateTime, formatSize, stateLabel } from '../format.js';
import { maskEmail, maskName } from '../../detect/mask.js';
import type { Finding } from '../../detect/types.js';
import { categoryBadges, recipientLine } from '../view/components.js';
import { heldMessageView } from '../view/held-message.js';
import { completeSelfCheck, senderActor, type SelfCheckAction } from '../self-check.js';
import type { WorkflowError } from '../../workflow/types.js';
import { describe } from '../words.js';
import { delayText } from '../i18n-delay.js';
import { formatJst } from '../../workflow/notices/content.js';

const nonceCookie = 'dlp_selfcheck';
const checks = ['check_recipients', 'check_attachments', 'check_body'] as const;

function tokenError(p: PageRequest, error: WorkflowError): string {
  return error === 'token_expired' ? p.t('tokenExpired') : error === 'token_used' ? p.t('tokenUsed') : error === 'wrong_state' ? p.t('errorWrongState') : p.t('tokenInvalid');
}

function simplePage(p: PageRequest, reply: FastifyReply, status: number, tone: 'ok' | 'error' | 'info', message: string): FastifyReply {
  return sendPage(reply, layout(p, { title: p.t('selfCheckTitle'), page: 'self-check', bare: true }, html`<section class="card narrow selfcheck"><h1>${p.t('selfCheckTitle')}</h1><div class="alert ${tone}" role="status">${message}</div></section>`), status);
}

/** Location of a finding split into the file (or body part) and the place inside it. */
function splitLocation(location: string): [string, string] {
  const cut = location.lastIndexOf(' › ');
  return cut > 0 ? [location.slice(0, cut), location.slice(cut + 3)] : [location, ''];
}

/** The sender's own name and address (a signature) are not something to check: never listed. */
function isOwn(f: Finding, fromName: string, mailFrom: string): boolean {
  if (f.reason?.startsWith('signature')) return true;
  if (f.category === 'person_name' && fromName && f.sample === maskName(fromName)) return true;
  if (f.category === 'email_address' && mailFrom && f.sample === maskEmail(mailFrom)) return true;
  return false;
}

function displayName(from: string): string {
  return from.replace(/<[^>]*>/g, '').replace(/"/g, '').trim();
}

async function renderForm(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, token: string, record: MessageRecord, error?: string): Promise<FastifyReply> {
  const p = pageRequest(req);
  const m = await heldMessageView(record, ctx.mail, () => ctx.store.getRaw(record.id));
  const nonce = newNonce();
  setCookie(ctx, req, reply, nonceCookie, nonce, { path: '/self-check', maxAgeSeconds: 3600 });
  const csrf = boundToken(nonce, `self-check:${token}`);
  const base = `/self-check/${encodeURIComponent(token)}`;
  const thenApproval = (m.hold.stages ?? []).includes('approval');
  const own = displayName(m.headers.from);
  const shown = m.findings.filter((f) => !isOwn(f, own, m.mailFrom));
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    const [file] = splitLocation(f.location);
    byFile.set(file, [...(byFile.get(file) ?? []), f]);
  }
  const findings: SafeHtml = shown.length
    ? html`${[...byFile].map(
        ([file, list]) => html`<div class="finding-file"><h3 class="mono">${file}</h3><ul class="plain">${list.map((f) => {
          const [, where] = splitLocation(f.location);
          return html`<li><span class="badge ${categoryTone(f.category)}">${categoryName(f.category, p.lang)}</span> × ${formatCount(f.count, p.lang)} <span class="mono">${f.sample}</span>${where ? html` <span class="loc small muted">${where}</span>` : ''}${f.context ? html`<div class="context">${f.context}</div>` : ''}</li>`;
        })}</ul></div>`,
      )}`
    : html`<p class="muted">${p.t('noFindings')}</p>`;
  const deadline = m.hold.deadline;
  const body = html`<section class="card selfcheck">
  <h1>${p.t('selfCheckTitle')}</h1>
  <p><b>${m.headers.subject || '(no subject)'}</b></p>
  <p>${p.t('selfCheckIntro')}</p>
  <p class="alert info" id="what-next">${thenApproval ? p.t('selfCheckWhatNextApproval') : p.t('selfCheckWhatNextSend')}${deadline ? html` ${p.t('selfCheckDeadline', { at: formatDateTime(deadline, p.lang) })}` : ''}</p>
  ${isPpapHold([...m.categories.map((c) => c.category), ...shown.map((f) => f.category)]) ? html`<p class="alert warn" id="ppap-advice">${ppapAdvice[p.lang === 'ja' ? 'ja' : 'en']}</p>` : ''}
  ${error ? html`<div class="alert error" role="alert">${error}</div>` : ''}
</section>
<section class="card decision" id="self-check-decision">
  <h2>${p.t('selfCheckChecklist')}</h2>
  <form method="post" action="${base}/confirm">
    <input type="hidden" name="_csrf" value="${csrf}">
    <div class="checklist">
      <label><input type="checkbox" name="check_recipients" value="1"> <span>${p.t('checkRecipients')}</span></label>
      <label><input type="checkbox" name="check_attachments" value="1"> <span>${p.t('checkAttachments')}</span></label>
      <label><input type="checkbox" name="check_body" value="1"> <span>${p.t('checkBody')}</span></label>
    </div>
    <div class="buttons">
      <button type="submit" class="primary" id="confirm-button" formaction="${base}/confirm">${thenApproval ? p.t('selfCheckConfirmToApproval') : p.t('selfCheckConfirm')}</button>
      <button type="submit" class="danger" id="cancel-button" formaction="${base}/cancel" formnovalidate>${p.t('selfCheckCancel')}</button>
    </div>
  </form>
</section>
<div class="grid2">
<div>
  <section class="card"><h2>${p.t('sectionFindings')}</h2><dl class="facts"><dt>${p.t('colFindings')}</dt><dd>${categoryBadges(p, m.categories, m.personCount)}</dd></dl>${findings}</section>
  <section class="card"><h2>${p.t('sectionWhy')}</h2>${m.rules.map((r) => html`<div class="rule"><b>${describe(r.description, p.lang) || r.id}</b><div>${describe(r.reason, p.lang)}</div></div>`)}</section>
</div>
<div>
  <section class="card"><h2>${p.t('sectionRecipients')} (${m.recipients.length})</h2><ul class="plain">${m.recipients.map((r) => html`<li>${recipientLine(p, r)}</li>`)}</ul></section>
  <section class="card"><h2>${p.t('sectionAttachments')} (${m.attachments.length})</h2>${
    m.attachments.length ? html`<ul class="plain">${m.attachments.map((a) => html`<li><span class="mono">${a.filename || '(no name)'}</span> <span class="small muted">${formatSize(a.size)}</span></li>`)}</ul>` : html`<p class="muted">${p.t('noAttachments')}</p>`
  }</section>
</div>
</div>`;
  return sendPage(reply, layout(p, { title: p.t('selfCheckTitle'), page: 'self-check', bare: true }, body), error ? 422 : 200);
}

/** What the link holder reads once the self-check is behind them: the truth for each state. */
function afterSelfCheck(p: PageRequest, record: MessageRecord): string {
  const state = record.state;
  switch (state) {
    case 'expired':
      return p.t('selfCheckExpired');
    case 'cancelled':
      return p.t('selfCheckAlreadyCancelled');
    case 'denied':
    case 'returned':
      return p.t('selfCheckDecided', { state: stateLabel(state, p.t, p.lang) });
    case 'awaiting_approval':
      return p.t('selfCheckAwaitingApproval');
    case 'received':
    case 'awaiting_self_check':
    case 'delayed':
    case 'queued':
    case 'delivered':
    case 'bounced':
    case 'rejected':
      return p.t('selfCheckDone', { state: stateLabel(state, p.t, p.lang) });
    default: {
      const never: never = state;
      return String(never);
    }
  }
}

/** 取消 is final: ask once more, on a page of its own (works without scripts). */
function confirmCancelPage(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, token: string): FastifyReply {
  const p = pageRequest(req);
  const nonce = newNonce();
  setCookie(ctx, req, reply, nonceCookie, nonce, { path: '/self-check', maxAgeSeconds: 3600 });
  const base = `/self-check/${encodeURIComponent(token)}`;
  return sendPage(reply, layout(p, { title: p.t('selfCheckCancelConfirmTitle'), page: 'self-check', bare: true }, html`<section class="card narrow selfcheck" id="cancel-confirm">
  <h1>${p.t('selfCheckCancelConfirmTitle')}</h1>
  <p>${p.t('selfCheckCancelConfirmText')}</p>
  <form method="post" action="${base}/cancel">
    <input type="hidden" name="_csrf" value="${boundToken(nonce, `self-check:${token}`)}">
    <input type="hidden" name="confirmCancel" value="1">
    <div class="buttons"><button type="submit" class="danger" id="cancel-yes">${p.t('selfCheckCancelYes')}</button> <a class="button" href="${base}" id="cancel-no">${p.t('selfCheckCancelNo')}</a></div>
  </form>
</section>`));
}

export function registerSelfCheckPage(app: FastifyInstance, ctx: WebContext): void {
  app.get('/self-check/:token', async (req, reply) => {
    const p = pageRequest(req);
    const token = (req.params as { token: string }).token;
    const opened = await ctx.workflow.openSelfCheck(token, senderActor(req));
    if (!opened.ok) return simplePage(p, reply, opened.error === 'token_invalid' || opened.error === 'not_found' ? 404 : 410, 'error', tokenError(p, opened.error));
    if (opened.record.state !== 'awaiting_self_check') return simplePage(p, reply, 200, 'info', afterSelfCheck(p, opened.record));
    return renderForm(ctx, req, reply, token, opened.record);
  });

  for (const action of ['confirm', 'cancel'] as SelfCheckAction[]) {
    app.post(`/self-check/:token/${action}`, async (req, reply) => {
      const p = pageRequest(req);
      const token = (req.params as { token: string }).token;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const nonce = parseCookies(req.headers.cookie)[nonceCookie];
      if (!nonce || !safeEqual(typeof body._csrf === 'string' ? body._csrf : undefined, boundToken(nonce, `self-check:${token}`))) {
        return simplePage(p, reply, 403, 'error', p.t('errorCsrf'));
      }
      const mustTick = action === 'confirm' && !checks.every((c) => body[c] === '1');
      const mustConfirmCancel = action === 'cancel' && body.confirmCancel !== '1';
      if (mustTick || mustConfirmCancel) {
        // A form (tick boxes again, confirm the cancel) only while the self-check is open; a used
        // link gets the page of its state, like GET, never a form for a second action.
        const opened = await ctx.workflow.openSelfCheck(token, senderActor(req));
        if (!opened.ok) return simplePage(p, reply, 410, 'error', tokenError(p, opened.error));
        if (opened.record.state !== 'awaiting_self_check') return simplePage(p, reply, 200, 'info', afterSelfCheck(p, opened.record));
        return mustTick ? renderForm(ctx, req, reply, token, opened.record, p.t('selfCheckMustTick')) : confirmCancelPage(ctx, req, reply, token);
      }
      const result = await completeSelfCheck(ctx, req, token, action);
      if (!result.ok) return simplePage(p, reply, result.error === 'token_invalid' || result.error === 'not_found' ? 404 : 409, 'error', tokenError(p, result.error));
      setCookie(ctx, req, reply, nonceCookie, '', { path: '/self-check', maxAgeSeconds: 0 });
      if (action === 'cancel') return simplePage(p, reply, 200, 'info', p.t('selfCheckCancelled'));
      const next = result.record.state === 'awaiting_approval'
        ? p.t('selfCheckNextApproval')
        : result.record.state === 'delayed'
          ? delayText(p.lang)('selfCheckNextDelayed', { at: formatJst(result.record.nextAttemptAt) })
          : p.t('selfCheckNextSend');
      return simplePage(p, reply, 200, 'ok', p.t('selfCheckConfirmed', { next }));
    });
  }
}
