import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebContext } from '../context.js';
import { secureRequest, sessionCookieName, setCookie } from '../context.js';
import { boundToken, newNonce, safeEqual } from '../auth/csrf.js';
import { sessionAbsoluteMs } from '../auth/sessions.js';
import { parseCookies } from '../cookies.js';
import { html } from '../html.js';
import { errorPage, layout, pageRequest, sendPage } from '../layout.js';
import { queueLockNotice } from '../auth/lock-notice.js';
import { isSenderOnly } from '../../workflow/permissions.js';
import { senderText } from '../i18n-my.js';
import { identityText } from '../i18n-identity.js';
import type { OidcProviderConfig } from '../../config/schema.js';
import type { UserRecord } from '../../store/types.js';

const nonceCookie = 'dlp_signin';

/** Only local paths: never redirect off-site after sign-in. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : '/queue';
}

function providerLabel(provider: OidcProviderConfig, lang: 'ja' | 'en'): string {
  return typeof provider.label === 'string' ? provider.label : provider.label[lang];
}

/**
 * The sign-in page: one button per single sign-on provider (links: the provider is reached by a
 * plain navigation, which the page's `form-action 'self'` would not allow from a form), then the
 * local account form unless web.localSignIn is `off`.
 */
export function renderSignIn(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, status: number, error?: string, username = '', nextPath?: string): FastifyReply {
  const p = pageRequest(req);
  const it = identityText(p.lang);
  const nonce = newNonce();
  setCookie(ctx, req, reply, nonceCookie, nonce, { path: '/sign-in', maxAgeSeconds: 3600 });
  const next = nextPath ?? safeNext((req.query as Record<string, unknown>).next ?? (req.body as Record<string, unknown> | undefined)?.next);
  const expired = (req.query as Record<string, unknown>).expired === '1';
  const providers = ctx.oidc.list();
  const local = ctx.config.web.localSignIn;
  const nextQuery = next === '/queue' ? '' : `?next=${encodeURIComponent(next)}`;
  return sendPage(
    reply,
    layout(
      p,
      { title: p.t('signInTitle'), page: 'sign-in', bare: true },
      html`<section class="card narrow">
  <h1>${p.t('signInTitle')}</h1>
  ${error ? html`<div class="alert error" role="alert">${error}</div>` : expired ? html`<div class="alert info">${p.t('sessionExpired')}</div>` : ''}
  ${
    providers.length
      ? html`<div class="sso" id="sso">
    <h2>${it('ssoHeading')}</h2>
    ${providers.map((pr) => html`<p><a class="button primary sso-button" id="sso-${pr.id}" href="/sign-in/oidc/${pr.id}${nextQuery}">${it('ssoButton', { label: providerLabel(pr, p.lang) })}</a></p>`)}
  </div>`
      : ''
  }
  ${
    local === 'off'
      ? html`<p class="small muted">${it('localOff')}</p>`
      : html`${providers.length ? html`<h2>${it('localHeading')}</h2>` : ''}
  ${local === 'admins' ? html`<p class="small muted">${it('localAdminsOnly')}</p>` : ''}
  <form method="post" action="/sign-in" autocomplete="on">
    <input type="hidden" name="_csrf" value="${boundToken(nonce, 'sign-in')}">
    <input type="hidden" name="next" value="${next}">
    <label for="username">${p.t('username')}</label>
    <input type="text" id="username" name="username" value="${username}" autocomplete="username" autocapitalize="none" spellcheck="false" required ${providers.length ? '' : html`autofocus`}>
    <label for="password">${p.t('password')}</label>
    <input type="password" id="password" name="password" autocomplete="current-password" required>
    <p><button type="submit" class="${providers.length ? '' : 'primary'}">${p.t('signInButton')}</button></p>
  </form>
  ${local === 'all' ? html`<p class="small" id="sign-in-link-offer">${senderText(p.lang)('linkOffer')} <a href="/sign-in/link">${senderText(p.lang)('linkOfferLink')}</a></p>` : ''}`
  }
</section>`,
    ),
    status,
  );
}

/** web.localSignIn: may this account sign in with its local password? */
function localSignInAllowed(ctx: WebContext, user: UserRecord): boolean {
  switch (ctx.config.web.localSignIn) {
    case 'all':
      return true;
    case 'admins':
      return user.roles.includes('admin');
    case 'off':
      return false;
  }
}

export function registerSignIn(app: FastifyInstance, ctx: WebContext): void {
  app.get('/sign-in', async (req, reply) => {
    if (req.dlpAuth?.via === 'session') return reply.redirect(safeNext((req.query as Record<string, unknown>).next));
    return renderSignIn(ctx, req, reply, 200);
  });

  app.post('/sign-in', async (req, reply) => {
    const p = pageRequest(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const nonce = parseCookies(req.headers.cookie)[nonceCookie];
    if (!nonce || !safeEqual(typeof body._csrf === 'string' ? body._csrf : undefined, boundToken(nonce, 'sign-in'))) {
      return errorPage(req, reply, 403, p.t('errorCsrf'));
    }
    const now = ctx.clock.now();
    const username = typeof body.username === 'string' ? body.username.trim().slice(0, 200) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1024) : '';
    const client = req.ip;
    if (ctx.config.web.localSignIn === 'off') {
      // Enforced here, not only by hiding the form: nobody signs in with a local password.
      await ctx.store.appendEvent({ at: now, messageId: null, actor: 'unknown', action: 'sign_in_failed', detail: { reason: 'local_sign_in_off', method: 'password', ip: client } });
      return renderSignIn(ctx, req, reply, 403, identityText(p.lang)('localOff'));
    }
    // Reserves the attempt: guesses sent in parallel are counted before their passwords are checked.
    const verdict = ctx.signInGuard.begin(username, client, now);
    if (verdict === 'client_limited') {
      reply.header('retry-after', '900');
      return renderSignIn(ctx, req, reply, 429, p.t('signInRateLimited'));
    }
    let outcome: Awaited<ReturnType<typeof ctx.authenticator.authenticate>>;
    try {
      outcome = await ctx.authenticator.authenticate(username, password);
    } catch (err) {
      if (verdict === 'allowed') ctx.signInGuard.release(username, client);
      throw err;
    }
    if (!outcome.ok || verdict === 'locked') {
      const account = await ctx.store.getUser(username);
      const reason = verdict === 'locked' ? 'locked_for_client' : outcome.ok ? 'ok' : outcome.reason;
      // A correct password while this client is locked does not count as a failure (nor let it in).
      const locked = verdict === 'locked' ? {} : ctx.signInGuard.failure(username, client, now);
      await ctx.store.appendEvent({
        at: now,
        messageId: null,
        actor: account ? account.username : 'unknown',
        action: verdict === 'locked' || locked.lockedUntil ? 'sign_in_locked' : 'sign_in_failed',
        detail: { reason, ip: client, ...(locked.lockedUntil ? { lockedUntil: locked.lockedUntil } : {}) },
      });
      if (locked.lockedUntil && account && !account.disabled) await queueLockNotice(ctx, account, client, locked.lockedUntil);
      // The same answer whether the account is unknown, the password wrong or this client locked.
      const disabled = outcome.ok === false && outcome.reason === 'disabled';
      return renderSignIn(ctx, req, reply, 401, disabled ? p.t('signInDisabled') : p.t('signInInvalid'), username);
    }
    if (!localSignInAllowed(ctx, outcome.user)) {
      // Right password, but local accounts are for the break-glass administrators only. The answer
      // is the one for a wrong password (the page says local accounts are for administrators): a
      // guesser learns nothing about the password.
      ctx.signInGuard.release(username, client);
      await ctx.store.appendEvent({
        at: now,
        messageId: null,
        actor: outcome.user.username,
        action: 'sign_in_failed',
        detail: { reason: 'local_sign_in_not_allowed', method: 'password', ip: client, localSignIn: ctx.config.web.localSignIn },
      });
      return renderSignIn(ctx, req, reply, 401, p.t('signInInvalid'), username);
    }
    ctx.signInGuard.success(username, client);
    const { cookieValue } = await ctx.sessions.create(outcome.user.username);
    setCookie(ctx, req, reply, sessionCookieName(secureRequest(ctx, req)), cookieValue, { maxAgeSeconds: sessionAbsoluteMs / 1000 });
    setCookie(ctx, req, reply, nonceCookie, '', { path: '/sign-in', maxAgeSeconds: 0 });
    await ctx.store.appendEvent({ at: now, messageId: null, actor: outcome.user.username, action: 'signed_in', detail: { ip: req.ip, method: 'password' } });
    return reply.redirect(safeNext(body.next), 303);
  });

  app.post('/sign-out', async (req, reply) => {
    const name = sessionCookieName(secureRequest(ctx, req));
    await ctx.sessions.destroy(parseCookies(req.headers.cookie)[name]);
    setCookie(ctx, req, reply, name, '', { maxAgeSeconds: 0 });
    const session = req.dlpAuth?.session;
    const provider = session?.provider ? ctx.oidc.get(session.provider) : undefined;
    // Signed in through a provider that offers RP-initiated logout: end that session too.
    const endSession = provider ? await ctx.oidc.endSessionUrl(provider, { idToken: session?.idToken ?? null, postLogoutRedirectUri: `${publicOrigin(ctx, req)}/sign-in` }) : undefined;
    if (req.dlpAuth) {
      await ctx.store.appendEvent({
        at: ctx.clock.now(),
        messageId: null,
        actor: req.dlpAuth.user.username,
        action: 'signed_out',
        detail: { ip: req.ip, ...(provider ? { provider: provider.id, providerSignOut: endSession !== undefined } : {}) },
      });
    }
    if (!endSession) return reply.redirect('/sign-in', 303);
    // A form post may not redirect to another origin (CSP form-action 'self'): a page navigates there.
    return leavePage(req, reply, endSession.href, identityText(pageRequest(req).lang)('providerSignOut'));
  });
}

/** The URL people open (web.baseUrl, without a trailing slash), else this request's origin; redirect URIs at providers are built from it. */
export function publicOrigin(ctx: WebContext, req: FastifyRequest): string {
  const base = ctx.config.web.baseUrl.trim().replace(/\/+$/, '');
  return base || `${req.protocol}://${req.host}`;
}

/**
 * A page that moves the browser on by itself (Refresh header) with a link as fallback. Used
 * where a redirect would not do: after a form post to another origin (CSP form-action), and
 * after the provider's callback, whose cross-site navigation would not carry the SameSite=Strict
 * session cookie into the next page.
 */
export function leavePage(req: FastifyRequest, reply: FastifyReply, target: string, text: string): FastifyReply {
  const p = pageRequest(req);
  reply.header('refresh', `0;url=${target}`);
  return sendPage(
    reply,
    layout(p, { title: p.t('signInTitle'), page: 'sign-in', bare: true }, html`<section class="card narrow"><p>${text}</p><p><a class="button primary" id="continue" href="${target}">${identityText(p.lang)('continue')}</a></p></section>`),
  );
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export function requireSignIn(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.dlpAuth) {
    // Staff pages only: a sender account has its own page (/my) and never reaches the queue or another's mail.
    if (!isSenderOnly(req.dlpAuth.user.roles)) return true;
    if (req.method === 'GET' && (req.url === '/queue' || req.url.startsWith('/queue?'))) void reply.redirect('/my', 303);
    else void errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    return false;
  }
  const hadCookie = /dlp_session=/.test(req.headers.cookie ?? '');
  void reply.redirect(`/sign-in?next=${encodeURIComponent(req.url)}${hadCookie ? '&expired=1' : ''}`, 303);
  return false;
}
