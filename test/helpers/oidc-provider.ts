/**
 * A real OpenID Provider for tests: `oidc-provider` (OpenID-certified) on a free port, with its
 * own login and consent pages (devInteractions: any password is accepted, the login name picks
 * the account), test accounts with a `groups` claim, discovery, JWKS, PKCE and RP-initiated
 * logout. The HTTP listener starts first (its address is the issuer); the client is registered
 * with `configure` once the gateway's address (for the redirect URI) is known.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  /** Login name on the provider's page, and the `sub` claim. */
  sub: string;
  email: string;
  name: string;
  groups: string[];
  emailVerified?: boolean;
  department?: string;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface TestOp {
  issuer: string;
  /** Build the provider for this client (call once, before any sign-in). */
  configure(client: TestClient): void;
  close(): Promise<void>;
}

export const testAccounts: TestAccount[] = [
  { sub: 'yamada', email: 'yamada.taro@example.co.jp', name: '山田 太郎', groups: ['dlp-approvers', 'sales'], department: '営業部' },
  { sub: 'sato', email: 'sato.hanako@example.co.jp', name: '佐藤 花子', groups: ['sales'] },
  { sub: 'kimura', email: 'kimura@example.co.jp', name: '木村 健', groups: ['dlp-admins'] },
  { sub: 'outsider', email: 'guest@other.example', name: 'Guest', groups: ['dlp-approvers'] },
];

/** `claimsAtUserinfoOnly`: scope claims only at the userinfo endpoint, none in the ID token (like Keycloak without "Add to ID token"). */
export async function startTestOp(accounts: readonly TestAccount[] = testAccounts, opts: { claimsAtUserinfoOnly?: boolean } = {}): Promise<TestOp> {
  let handler: http.RequestListener | undefined;
  const server = http.createServer((req, res) => {
    if (handler) return handler(req, res);
    res.statusCode = 503;
    res.end('not configured');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const byId = new Map(accounts.map((a) => [a.sub, a]));
  return {
    issuer,
    configure(client) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: client.clientId,
            client_secret: client.clientSecret,
            redirect_uris: client.redirectUris,
            post_logout_redirect_uris: client.postLogoutRedirectUris,
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        // Scope claims in the ID token too (as Entra ID and Google do), not only at userinfo.
        conformIdTokenClaims: opts.claimsAtUserinfoOnly === true,
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'department'], groups: ['groups'] },
        scopes: ['openid', 'email', 'profile', 'groups'],
        pkce: { required: () => true },
        // Explicit lifetimes (seconds): the defaults print a notice per token kind.
        ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
        cookies: { keys: ['test-op-cookie-key-0123456789abcdef'] },
        features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
        async findAccount(_ctx, id) {
          const a = byId.get(id);
          if (!a) return undefined;
          return {
            accountId: id,
            async claims() {
              return { sub: a.sub, email: a.email, email_verified: a.emailVerified ?? true, name: a.name, groups: a.groups, ...(a.department ? { department: a.department } : {}) };
            },
          };
        },
      });
      handler = provider.callback();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A browser at the provider over HTTP: keeps its cookies, follows redirects, submits the login and
 * consent forms (or cancels at the login), and returns the callback URL under `returnTo`.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, returnTo: string, opts: { abort?: boolean } = {}): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let method: 'GET' | 'POST' = 'GET';
  let body: string | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(`${returnTo}/`)) return url;
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(body ? { body } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    method = 'GET';
    body = undefined;
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    if (!action || !prompt) throw new Error(`unexpected provider page (${res.status}): ${page.slice(0, 300)}`);
    if (opts.abort && prompt === 'login') {
      url = new URL(/href="([^"]*\/abort)"/.exec(page)![1]!, url).href;
      continue;
    }
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    method = 'POST';
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'provider-password' } : { prompt }).toString();
  }
  throw new Error('too many steps at the provider');
}
