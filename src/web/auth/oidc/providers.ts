/**
 * The configured OpenID providers behind openid-client: discovery (cached, retried after a
 * failure), the authorization URL (code flow, PKCE S256, state, nonce), the code exchange with
 * ID token validation, and the provider's sign-out URL. Answers are values, not exceptions: the
 * caller audits the reason.
 */
import * as oidc from 'openid-client';
import type { OidcProviderConfig } from '../../../config/schema.js';
import type { Logger } from '../../../log/logger.js';
import type { Claims } from './claims.js';

export type ExchangeFailure =
  /** Discovery or the token endpoint could not be reached. */
  | 'provider_unavailable'
  /** The provider answered the authorization request with an error (e.g. `access_denied`). */
  | 'provider_error'
  /** The token endpoint refused the code (expired, reused, wrong verifier or client secret). */
  | 'token_exchange_failed'
  /** The response or ID token failed validation (issuer, audience, nonce, signature, expiry). */
  | 'id_token_invalid';

export type Exchange =
  | { ok: true; claims: Claims; idToken: string }
  | { ok: false; reason: ExchangeFailure; detail: Record<string, unknown> };

/** Discovery documents are re-read after this long (key rotation is handled by the JWKS cache). */
const discoveryTtlMs = 60 * 60_000;
/** After a failed discovery, sign-ins fail fast for this long instead of each asking the provider again. */
const discoveryRetryMs = 15_000;
const requestTimeoutSeconds = 10;

export class OidcProviders {
  private readonly byId = new Map<string, OidcProviderConfig>();
  private readonly discovered = new Map<string, { until: number; config: Promise<oidc.Configuration> }>();

  constructor(
    providers: readonly OidcProviderConfig[],
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: Logger,
  ) {
    for (const p of providers) {
      this.byId.set(p.id, p);
      if (p.clientSecretEnv && !env[p.clientSecretEnv]) {
        log.error({ provider: p.id, env: p.clientSecretEnv }, 'OIDC_SECRET_MISSING: the client secret environment variable is not set; sign-in with this provider will fail');
      }
    }
  }

  list(): OidcProviderConfig[] {
    return [...this.byId.values()];
  }

  get(id: string): OidcProviderConfig | undefined {
    return this.byId.get(id);
  }

  private configuration(p: OidcProviderConfig): Promise<oidc.Configuration> {
    const cached = this.discovered.get(p.id);
    if (cached && Date.now() < cached.until) return cached.config;
    const secret = p.clientSecretEnv ? this.env[p.clientSecretEnv] : undefined;
    const config = oidc.discovery(new URL(p.issuer), p.clientId, undefined, secret ? oidc.ClientSecretBasic(secret) : oidc.None(), {
      timeout: requestTimeoutSeconds,
      ...(p.allowInsecureHttp ? { execute: [oidc.allowInsecureRequests] } : {}),
    });
    const entry = { until: Date.now() + discoveryTtlMs, config };
    this.discovered.set(p.id, entry);
    // A failed discovery is kept briefly only: a sign-in after discoveryRetryMs tries again.
    config.catch((err: unknown) => {
      entry.until = Math.min(entry.until, Date.now() + discoveryRetryMs);
      this.log.warn({ provider: p.id, err: (err as Error).message }, 'OpenID provider discovery failed');
    });
    return config;
  }

  /** Where to send the browser: the provider's authorization endpoint with PKCE, state and nonce. */
  async authorizationUrl(
    p: OidcProviderConfig,
    req: { redirectUri: string; state: string; nonce: string; codeVerifier: string },
  ): Promise<{ ok: true; url: URL } | { ok: false; reason: 'provider_unavailable'; detail: Record<string, unknown> }> {
    let config: oidc.Configuration;
    try {
      config = await this.configuration(p);
    } catch (err) {
      return { ok: false, reason: 'provider_unavailable', detail: { error: (err as Error).message.slice(0, 200) } };
    }
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: req.redirectUri,
      scope: p.scopes.join(' '),
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(req.codeVerifier),
      code_challenge_method: 'S256',
      state: req.state,
      nonce: req.nonce,
    });
    return { ok: true, url };
  }

  /** Validate the callback, redeem the code (with the PKCE verifier) and return the verified claims. */
  async exchange(p: OidcProviderConfig, callbackUrl: URL, pending: { state: string; nonce: string; codeVerifier: string }): Promise<Exchange> {
    let config: oidc.Configuration;
    try {
      config = await this.configuration(p);
    } catch (err) {
      return { ok: false, reason: 'provider_unavailable', detail: { error: (err as Error).message.slice(0, 200) } };
    }
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims || !tokens.id_token) return { ok: false, reason: 'id_token_invalid', detail: { error: 'no ID token' } };
      let claims: Claims = { ...idClaims };
      if (p.userinfo) {
        // The userinfo subject must be the ID token's (checked by openid-client); ID token claims win.
        const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims };
      }
      return { ok: true, claims, idToken: tokens.id_token };
    } catch (err) {
      return { ok: false, ...classify(err) };
    }
  }

  /** The provider's end-session (RP-initiated logout) URL, or undefined when it offers none. */
  async endSessionUrl(p: OidcProviderConfig, opts: { idToken: string | null; postLogoutRedirectUri: string }): Promise<URL | undefined> {
    try {
      const config = await this.configuration(p);
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return oidc.buildEndSessionUrl(config, {
        client_id: p.clientId,
        post_logout_redirect_uri: opts.postLogoutRedirectUri,
        ...(opts.idToken ? { id_token_hint: opts.idToken } : {}),
      });
    } catch (err) {
      this.log.warn({ provider: p.id, err: (err as Error).message }, 'no sign-out at the OpenID provider: discovery failed');
      return undefined;
    }
  }
}

function classify(err: unknown): { reason: ExchangeFailure; detail: Record<string, unknown> } {
  if (err instanceof oidc.AuthorizationResponseError) return { reason: 'provider_error', detail: { error: err.error } };
  if (err instanceof oidc.ResponseBodyError) return { reason: 'token_exchange_failed', detail: { error: err.error } };
  const e = err as Error & { code?: string; cause?: unknown };
  if (e instanceof TypeError || e.name === 'AbortError' || e.name === 'TimeoutError') return { reason: 'provider_unavailable', detail: { error: e.message.slice(0, 200) } };
  return { reason: 'id_token_invalid', detail: { error: e.message.slice(0, 200), ...(e.code ? { code: e.code } : {}) } };
}
