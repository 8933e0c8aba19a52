import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import type { GatewayConfig } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import type { Role, SessionRecord, Store, UserRecord } from '../store/types.js';
import type { Actor, Workflow } from '../workflow/types.js';
import type { PasswordAuthenticator } from './auth/authenticator.js';
import type { SessionManager } from './auth/sessions.js';
import type { SignInGuard } from './auth/sign-in-guard.js';
import type { MailContentCache } from './view/mail-content.js';
import type { OrganisationDomains } from './auth/organisation-domains.js';
import type { OidcProviders } from './auth/oidc/providers.js';
import type { SignInSealer } from './auth/oidc/transaction.js';
import { serializeCookie, type CookieOptions } from './cookies.js';
import type { DirectoryService } from '../directory/service.js';

export interface WebUiDeps {
  store: Store;
  workflow: Workflow;
  clock: Clock;
  log: Logger;
  config: GatewayConfig;
  /** Sign-in provider; default: local accounts in the store. */
  authenticator?: PasswordAuthenticator;
  /** Wake the relay stage after an approval (Gateway.wakeRelay). */
  wakeRelay?: () => void;
  /** Failed sign-in counting (default: 5 per account and client, then a doubling lock). */
  signInGuard?: SignInGuard;
  /** The organisation's own domains (mailed sign-in links); default: the policy file's internalDomains. */
  organisationDomains?: OrganisationDomains;
  /** Where OIDC client secrets are read (web.oidc.providers[].clientSecretEnv); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Directory sync (issue 19), for the /directory admin page; absent: no directory. */
  directory?: DirectoryService;
}

export interface WebContext {
  store: Store;
  workflow: Workflow;
  clock: Clock;
  log: Logger;
  config: GatewayConfig;
  authenticator: PasswordAuthenticator;
  sessions: SessionManager;
  signInGuard: SignInGuard;
  /** Single sign-on providers (web.oidc.providers); empty when none is configured. */
  oidc: OidcProviders;
  /** Seals the pending single sign-on (state, nonce, PKCE verifier) into its cookie. */
  signInSealer: SignInSealer;
  mail: MailContentCache;
  wakeRelay: () => void;
  organisationDomains: OrganisationDomains;
  directory?: DirectoryService;
}

/** Who is calling: a session (browser) or an API token (integration). */
export interface RequestAuth {
  user: UserRecord;
  actor: Actor;
  via: 'session' | 'token';
  session?: SessionRecord;
}

declare module 'fastify' {
  interface FastifyRequest {
    dlpAuth: RequestAuth | null;
  }
}

export function actorFor(user: UserRecord, req: FastifyRequest): Actor {
  return {
    id: user.username,
    roles: user.roles,
    email: user.email,
    department: user.department,
    ip: req.ip,
    userAgent: String(req.headers['user-agent'] ?? '').slice(0, 200),
  };
}

export function hasRole(auth: RequestAuth | null, ...roles: Role[]): boolean {
  return !!auth && auth.user.roles.some((r) => roles.includes(r));
}

/** Secure cookies when served over https, or when the public base URL is https (TLS proxy in front). */
export function secureRequest(ctx: WebContext, req: FastifyRequest): boolean {
  return req.protocol === 'https' || ctx.config.web.baseUrl.startsWith('https:');
}

export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-dlp_session' : 'dlp_session';
}

export function setCookie(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, name: string, value: string, opts: CookieOptions = {}): void {
  const header = serializeCookie(name, value, { secure: secureRequest(ctx, req), ...opts });
  const existing = reply.getHeader('set-cookie');
  const list = Array.isArray(existing) ? existing.map(String) : existing !== undefined ? [String(existing)] : [];
  reply.header('set-cookie', [...list, header]);
}
