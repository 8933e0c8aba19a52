/**
 * The web UI and REST API as one Fastify plugin: `createWebUi(deps)` → `(app) => Promise<void>`,
 * plugged into createGateway's `webPlugins` (or createWebServer's `plugins`).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import type { WebContext, WebUiDeps } from './context.js';
import { actorFor, secureRequest, sessionCookieName, setCookie } from './context.js';
import { localPasswordAuthenticator } from './auth/authenticator.js';
import { SessionManager } from './auth/sessions.js';
import { SignInGuard } from './auth/sign-in-guard.js';
import { verifyApiToken } from './auth/api-tokens.js';
import { originAllowed, safeEqual } from './auth/csrf.js';
import { parseCookies } from './cookies.js';
import { langCookie, requestLang, translator } from './i18n.js';
import { MailContentCache } from './view/mail-content.js';
import { errorPage } from './layout.js';
import { apiError } from './api/errors.js';
import { registerAssets } from './assets.js';
import { registerSignIn } from './pages/sign-in.js';
import { registerOidcSignIn } from './pages/sign-in-oidc.js';
import { OidcProviders } from './auth/oidc/providers.js';
import { SignInSealer } from './auth/oidc/transaction.js';
import { loadSecret } from '../workflow/secret.js';
import { registerQueue } from './pages/queue.js';
import { registerHistoryPage } from './pages/history.js';
import { registerUsersPage } from './pages/users.js';
import { registerMessagePage } from './pages/message.js';
import { registerSelfCheckPage } from './pages/self-check.js';
import { registerDelayPages } from './pages/delay.js';
import { registerAuditPage } from './pages/audit.js';
import { registerStatsPage } from './pages/stats.js';
import { registerMessagesApi } from './api/messages.js';
import { registerSelfCheckApi } from './api/self-check.js';
import { registerAuditApi } from './api/audit.js';
import { registerStatsApi } from './api/stats.js';
import { registerIncidentPages } from './pages/incidents.js';
import { registerIncidentReportPages } from './pages/incident-report.js';
import { registerIncidentLinkPages } from './pages/incident-link.js';
import { registerIncidentsApi } from './api/incidents.js';
import { registerSenderSignIn } from './pages/sender-sign-in.js';
import { registerMyPages } from './pages/my.js';
import { policyOrganisationDomains } from './auth/organisation-domains.js';
import { isSenderOnly } from '../workflow/permissions.js';
import { registerDirectoryPage } from './pages/directory.js';

export type { WebUiDeps } from './context.js';

const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Paths that carry their own credential (a self-check token) or none yet (sign-in). */
function isPublicPath(url: string): boolean {
  return (
    url === '/sign-in' || url.startsWith('/sign-in?') || url.startsWith('/sign-in/link') || url.startsWith('/self-check/') || url.startsWith('/api/self-check/') || url.startsWith('/delay/') || url.startsWith('/assets/') ||
    // A sender reporting a mis-sent message: page-bound token, then the signed link (src/web/pages/incident-link.ts).
    url === '/incident-report' || url.startsWith('/incident-report?') || url.startsWith('/incident-report/')
  );
}

export function createWebUi(deps: WebUiDeps): (app: FastifyInstance) => Promise<void> {
  const ctx: WebContext = {
    store: deps.store,
    workflow: deps.workflow,
    clock: deps.clock,
    log: deps.log.child({ component: 'web-ui' }),
    config: deps.config,
    authenticator: deps.authenticator ?? localPasswordAuthenticator(deps.store, deps.clock),
    sessions: new SessionManager(deps.store, deps.clock),
    signInGuard: deps.signInGuard ?? new SignInGuard(),
    oidc: new OidcProviders(deps.config.web.oidc.providers, deps.env ?? process.env, deps.log.child({ component: 'oidc' })),
    // The signed-link key (same source as the workflow's), so every node can finish a sign-in.
    signInSealer: new SignInSealer(
      deps.config.web.oidc.providers.length
        ? loadSecret({ configured: deps.config.workflow.secret, env: (deps.env ?? process.env).DLP_SECRET, dataDir: deps.config.storage.dataDir, log: deps.log })
        : randomBytes(32),
    ),
    mail: new MailContentCache(),
    wakeRelay: deps.wakeRelay ?? (() => undefined),
    organisationDomains: deps.organisationDomains ?? policyOrganisationDomains(deps.config, deps.log, () => deps.clock.now()),
    ...(deps.directory ? { directory: deps.directory } : {}),
  };
  return async (app) => {
    const router = (app.initialConfig as { routerOptions?: { maxParamLength?: number } }).routerOptions;
    if ((router?.maxParamLength ?? 100) < 512) {
      ctx.log.warn('Fastify maxParamLength is below 512: self-check links will be refused with 414 (set maxParamLength: 1024)');
    }
    await app.register(async (scope) => {
      await scope.register(formbody, { bodyLimit: 64 * 1024 });
      scope.decorateRequest('dlpAuth', null);

      scope.addHook('onSend', async (req, reply, payload) => {
        reply.header('content-security-policy', contentSecurityPolicy);
        reply.header('x-frame-options', 'DENY');
        reply.header('referrer-policy', 'no-referrer');
        reply.header('x-content-type-options', 'nosniff');
        reply.header('cross-origin-opener-policy', 'same-origin');
        reply.header('cross-origin-resource-policy', 'same-origin');
        reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
        if (!req.url.startsWith('/assets/')) reply.header('cache-control', 'no-store');
        if (secureRequest(ctx, req)) reply.header('strict-transport-security', 'max-age=31536000');
        return payload;
      });

      // Language: ?lang= is remembered in a cookie.
      scope.addHook('onRequest', async (req, reply) => {
        const { lang, fromQuery } = requestLang(req);
        if (fromQuery) setCookie(ctx, req, reply, langCookie, lang, { maxAgeSeconds: 365 * 86_400, httpOnly: true });
      });

      // Authentication: API token (Authorization header) or session cookie.
      scope.addHook('onRequest', async (req, reply) => {
        const authorization = req.headers.authorization;
        if (authorization !== undefined) {
          const found = await verifyApiToken(ctx.store, authorization);
          if (!found) return apiError(reply, 401, 'unauthorized', 'invalid API token');
          req.dlpAuth = { user: found.user, actor: actorFor(found.user, req), via: 'token' };
          return;
        }
        const cookieValue = parseCookies(req.headers.cookie)[sessionCookieName(secureRequest(ctx, req))];
        const live = await ctx.sessions.load(cookieValue);
        if (live) req.dlpAuth = { user: live.user, actor: actorFor(live.user, req), via: 'session', session: live.session };
      });

      // CSRF: every state-changing request from a browser session carries the session's token
      // (form field `_csrf` or header `X-CSRF-Token`) and comes from our origin.
      scope.addHook('preHandler', async (req, reply) => {
        if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
        if (req.dlpAuth?.via === 'token') return;
        const isApi = req.url.startsWith('/api/');
        const refuse = () =>
          isApi ? apiError(reply, 403, 'csrf_failed', 'missing or wrong CSRF token or origin') : errorPage(req, reply, 403, translator(requestLang(req).lang)('errorCsrf'));
        if (!originAllowed(req, ctx.config.web.baseUrl)) return refuse();
        if (isPublicPath(req.url)) return; // checked by the route with its page-bound token
        const session = req.dlpAuth?.session;
        if (!session) {
          return isApi ? apiError(reply, 401, 'unauthorized', 'sign in or send an API token') : reply.redirect('/sign-in');
        }
        const body = req.body as Record<string, unknown> | undefined;
        const presented = (typeof body?._csrf === 'string' ? body._csrf : undefined) ?? (req.headers['x-csrf-token'] as string | undefined);
        if (!safeEqual(presented, session.csrfToken)) return refuse();
      });

      registerAssets(scope);
      registerSignIn(scope, ctx);
      registerOidcSignIn(scope, ctx);
      registerQueue(scope, ctx);
      registerHistoryPage(scope, ctx);
      registerUsersPage(scope, ctx);
      registerMessagePage(scope, ctx);
      registerSelfCheckPage(scope, ctx);
      registerDelayPages(scope, ctx);
      registerAuditPage(scope, ctx);
      registerStatsPage(scope, ctx);
      registerMessagesApi(scope, ctx);
      registerSelfCheckApi(scope, ctx);
      registerAuditApi(scope, ctx);
      registerStatsApi(scope, ctx);
      registerIncidentPages(scope, ctx);
      registerIncidentReportPages(scope, ctx);
      registerIncidentLinkPages(scope, ctx);
      registerIncidentsApi(scope, ctx);
      registerSenderSignIn(scope, ctx);
      registerMyPages(scope, ctx);
      registerDirectoryPage(scope, ctx);

      scope.get('/', async (req, reply) => reply.redirect(!req.dlpAuth ? '/sign-in' : isSenderOnly(req.dlpAuth.user.roles) ? '/my' : '/queue'));

      scope.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) =>
        req.url.startsWith('/api/') ? apiError(reply, 404, 'not_found', 'no such resource') : errorPage(req, reply, 404, translator(requestLang(req).lang)('errorNotFound')),
      );
      scope.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
        const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
        if (status === 500) ctx.log.error({ err: err.message, route: req.routeOptions.url }, 'web request failed');
        const code = status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : status === 400 ? 'bad_request' : 'internal_error';
        return req.url.startsWith('/api/')
          ? apiError(reply, status, code, status === 500 ? 'internal error' : err.message)
          : errorPage(req, reply, status, translator(requestLang(req).lang)('errorGeneric'));
      });
    });
  };
}
