/**
 * Single sign-on routes: `GET /sign-in/oidc/:provider` starts the authorization code flow (PKCE,
 * state, nonce sealed in a short-lived cookie) and `GET /sign-in/oidc/:provider/callback` finishes
 * it: state checked and consumed once, code redeemed, ID token validated, the person's profile
 * decided from the claims, the account created or updated, a session started. Every outcome is
 * audited (`signed_in`, or `sign_in_failed` with the reason).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import type { WebContext } from '../context.js';
import { secureRequest, sessionCookieName, setCookie } from '../context.js';
import { sessionAbsoluteMs } from '../auth/sessions.js';
import { parseCookies } from '../cookies.js';
import { pageRequest } from '../layout.js';
import { identityText } from '../i18n-identity.js';
import { maskAddress } from '../../log/logger.js';
import { decideProfile, groupsOverage } from '../auth/oidc/claims.js';
import { provisionAccount } from '../auth/oidc/provision.js';
import { pendingSignInTtlMs } from '../auth/oidc/transaction.js';
import { leavePage, publicOrigin, renderSignIn, safeNext } from './sign-in.js';

export const pendingCookie = 'dlp_oidc';
const pendingCookiePath = '/sign-in/oidc';

export function registerOidcSignIn(app: FastifyInstance, ctx: WebContext): void {
  const failed = (req: FastifyRequest, provider: string, reason: string, detail: Record<string, unknown> = {}, actor = 'unknown') =>
    ctx.store.appendEvent({ at: ctx.clock.now(), messageId: null, actor, action: 'sign_in_failed', detail: { method: 'oidc', provider, reason, ip: req.ip, ...detail } });

  app.get('/sign-in/oidc/:provider', async (req, reply) => {
    const it = identityText(pageRequest(req).lang);
    const provider = ctx.oidc.get((req.params as { provider: string }).provider);
    if (!provider) return renderSignIn(ctx, req, reply, 404, it('unknownProvider'));
    const wanted = safeNext((req.query as Record<string, unknown>).next);
    // The path travels in the flow cookie: a very long one would push it past the 4 KB cookie limit.
    const next = wanted.length <= 1000 ? wanted : '/queue';
    const pending = {
      provider: provider.id,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      next,
      redirectUri: `${publicOrigin(ctx, req)}/sign-in/oidc/${provider.id}/callback`,
      expiresAt: ctx.clock.now() + pendingSignInTtlMs,
    };
    const started = await ctx.oidc.authorizationUrl(provider, pending);
    if (!started.ok) {
      await failed(req, provider.id, started.reason, started.detail);
      return renderSignIn(ctx, req, reply, 503, it('providerUnavailable'), '', next);
    }
    // Lax, not Strict: the provider sends the browser back with a cross-site navigation.
    setCookie(ctx, req, reply, pendingCookie, ctx.signInSealer.seal(pending), { path: pendingCookiePath, maxAgeSeconds: pendingSignInTtlMs / 1000, sameSite: 'Lax' });
    return reply.redirect(started.url.href, 303);
  });

  app.get('/sign-in/oidc/:provider/callback', async (req, reply) => {
    const p = pageRequest(req);
    const it = identityText(p.lang);
    const providerId = (req.params as { provider: string }).provider;
    const provider = ctx.oidc.get(providerId);
    if (!provider) return renderSignIn(ctx, req, reply, 404, it('unknownProvider'));
    const now = ctx.clock.now();
    const pending = ctx.signInSealer.open(parseCookies(req.headers.cookie)[pendingCookie], now);
    // The pending sign-in is used up whatever happens next.
    setCookie(ctx, req, reply, pendingCookie, '', { path: pendingCookiePath, maxAgeSeconds: 0, sameSite: 'Lax' });
    const query = req.query as Record<string, unknown>;
    if (!pending) {
      await failed(req, provider.id, 'no_pending_sign_in');
      return renderSignIn(ctx, req, reply, 400, it('ssoExpired'));
    }
    const state = typeof query.state === 'string' ? query.state : '';
    if (pending.provider !== provider.id || state !== pending.state) {
      await failed(req, provider.id, 'state_mismatch');
      return renderSignIn(ctx, req, reply, 400, it('ssoExpired'), '', pending.next);
    }
    // Single use across all nodes: a callback URL replayed (with or without the cookie) is refused.
    const stateKey = `oidc-state:${createHash('sha256').update(pending.state).digest('base64url')}`;
    if (!(await ctx.store.consumeToken(stateKey, now, pending.expiresAt))) {
      await failed(req, provider.id, 'replayed');
      return renderSignIn(ctx, req, reply, 400, it('ssoExpired'), '', pending.next);
    }
    const callbackUrl = new URL(pending.redirectUri);
    callbackUrl.search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    const exchanged = await ctx.oidc.exchange(provider, callbackUrl, pending);
    if (!exchanged.ok) {
      await failed(req, provider.id, exchanged.reason, exchanged.detail);
      const message =
        exchanged.reason === 'provider_unavailable'
          ? it('providerUnavailable')
          : exchanged.reason === 'provider_error' && exchanged.detail.error === 'access_denied'
            ? it('ssoCancelled')
            : it('ssoFailed');
      return renderSignIn(ctx, req, reply, exchanged.reason === 'provider_unavailable' ? 503 : 400, message, '', pending.next);
    }
    const decision = decideProfile(provider, exchanged.claims);
    if (!decision.ok) {
      const sub = typeof exchanged.claims.sub === 'string' ? exchanged.claims.sub : '';
      const linked = sub ? await ctx.store.getIdentity(provider.id, sub) : undefined;
      const email = typeof exchanged.claims.email === 'string' ? maskAddress(exchanged.claims.email) : undefined;
      await failed(req, provider.id, decision.reason, { ...decision.detail, ...(email ? { email } : {}) }, linked?.username ?? 'unknown');
      return renderSignIn(ctx, req, reply, 403, it('ssoRefused'));
    }
    const overage = groupsOverage(exchanged.claims);
    if (overage) ctx.log.warn({ provider: provider.id }, 'OIDC_GROUPS_OVERAGE: the ID token names its groups elsewhere (more than 200 groups); map app roles or "groups assigned to the application" instead (docs/identity.md)');
    const account = await provisionAccount(ctx.store, ctx.clock, provider.id, decision.profile, req.ip);
    if (!account.ok) {
      await failed(req, provider.id, 'disabled', {}, account.user.username);
      return renderSignIn(ctx, req, reply, 403, p.t('signInDisabled'));
    }
    const sessionCookie = sessionCookieName(secureRequest(ctx, req));
    // A session this browser had (perhaps someone else's) ends; the new one gets a fresh id.
    await ctx.sessions.destroy(parseCookies(req.headers.cookie)[sessionCookie]);
    const { cookieValue } = await ctx.sessions.create(account.user.username, { provider: provider.id, idToken: exchanged.idToken });
    setCookie(ctx, req, reply, sessionCookie, cookieValue, { maxAgeSeconds: sessionAbsoluteMs / 1000 });
    await ctx.store.appendEvent({
      at: now,
      messageId: null,
      actor: account.user.username,
      action: 'signed_in',
      detail: { ip: req.ip, method: 'oidc', provider: provider.id, roles: account.user.roles, ...(account.created ? { created: true } : {}), ...(overage ? { groupsOverage: true } : {}) },
    });
    return continueTo(req, reply, pending.next, it('redirecting'));
  });
}

function continueTo(req: FastifyRequest, reply: FastifyReply, next: string, text: string): FastifyReply {
  return leavePage(req, reply, safeNext(next), text);
}
