/**
 * Directory sync (admins only): status of the copy in force (last success, last failure and why,
 * counts) and 「今すぐ同期」 (CSRF-checked POST; the sync and its outcome are audited).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SyncOutcome } from '../../directory/sync.js';
import type { WebContext } from '../context.js';
import { hasRole } from '../context.js';
import { formatDateTime } from '../format.js';
import { html } from '../html.js';
import { directoryText } from '../i18n-directory.js';
import { errorPage, layout, pageRequest, sendPage } from '../layout.js';
import { requireSignIn } from './sign-in.js';

function maskUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

async function directoryPage(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, outcome?: SyncOutcome, status = 200): Promise<FastifyReply> {
  const p = pageRequest(req);
  const t = directoryText(p.lang);
  const csrf = req.dlpAuth!.session?.csrfToken ?? '';
  const service = ctx.directory;
  const ldap = ctx.config.directory.ldap;
  const s = await ctx.store.directoryStatus();
  const when = (at: number | null) => (at === null ? t('never') : formatDateTime(at, p.lang));
  const flash = !outcome
    ? ''
    : outcome.ok
      ? html`<div class="alert ok" role="status" id="sync-result">${t('syncDone', { people: outcome.people, groups: outcome.groups, added: outcome.added, removed: outcome.removed, changed: outcome.changed, accounts: outcome.accountsDisabled.length })}</div>`
      : html`<div class="alert error" role="alert" id="sync-result">${t('syncFailed', { code: outcome.code, reason: outcome.reason })}</div>`;
  const state =
    s.lastFailureAt !== null
      ? html`<div class="alert warn" role="status" id="directory-state" data-state="failed">${t('statusFailed')}</div>`
      : s.lastSuccessAt === null
        ? html`<div class="alert warn" role="status" id="directory-state" data-state="never">${t('statusNever')}</div>`
        : html`<div class="alert ok" role="status" id="directory-state" data-state="ok">${t('statusOk')}</div>`;
  const body = !ldap || !service
    ? html`<h1>${t('title')}</h1><p class="muted" id="directory-off">${t('notConfigured')}</p>`
    : html`<h1>${t('title')}</h1>
${flash}
${state}
<section class="card"><table class="kv" id="directory-status">
<tr><th>${t('server')}</th><td class="mono">${maskUrl(ldap.url)} <span class="small muted">${ldap.baseDn}</span></td></tr>
<tr><th>${t('lastSuccess')}</th><td data-field="lastSuccess">${when(s.lastSuccessAt)}</td></tr>
<tr><th>${t('lastFailure')}</th><td data-field="lastFailure">${when(s.lastFailureAt)}</td></tr>
${s.lastFailureReason ? html`<tr><th>${t('reason')}</th><td data-field="reason" class="mono small">${s.lastFailureReason}</td></tr>` : ''}
<tr><th>${t('people')}</th><td data-field="people">${s.people}</td></tr>
<tr><th>${t('groups')}</th><td data-field="groups">${s.groups}</td></tr>
<tr><th>${t('disabled')}</th><td data-field="disabled">${s.disabled}</td></tr>
<tr><th>${t('interval')}</th><td>${ctx.config.directory.intervalMs ? t('minutes', { n: Math.round(ctx.config.directory.intervalMs / 60_000) }) : t('intervalOff')}</td></tr>
</table>
<form method="post" action="/directory/sync"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" class="primary" id="sync-now">${t('syncNow')}</button></form>
</section>`;
  return sendPage(reply, layout(p, { title: t('title'), page: 'directory', active: 'directory' }, body), status);
}

export function registerDirectoryPage(app: FastifyInstance, ctx: WebContext): void {
  const admin = (req: FastifyRequest, reply: FastifyReply): boolean => {
    if (!requireSignIn(req, reply)) return false;
    if (hasRole(req.dlpAuth, 'admin')) return true;
    void errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    return false;
  };
  app.get('/directory', async (req, reply) => (admin(req, reply) ? directoryPage(ctx, req, reply) : reply));
  app.post('/directory/sync', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    if (!ctx.directory?.configured) return directoryPage(ctx, req, reply, undefined, 409);
    const actor = req.dlpAuth!.user.username;
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: null, actor, action: 'directory_sync_requested', detail: { ip: req.ip } });
    const outcome = await ctx.directory.syncNow(`admin:${actor}`);
    return directoryPage(ctx, req, reply, outcome, outcome.ok ? 200 : 502);
  });
}
