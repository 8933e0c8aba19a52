/** For the sender page tests: a cookie-keeping HTTP client over real sockets, and the mailed sign-in link read from the sink. */
import { simpleParser } from 'mailparser';
import type { TestUpstream } from '../helpers/upstream.js';
import { waitUntil } from '../helpers/gateway.js';

export class WebSession {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly base: string) {}

  private remember(res: Response, body: string): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/Max-Age=0/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(body);
    if (m) this.csrf = m[1]!;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string): Promise<{ status: number; body: string; location: string | null }> {
    const res = await fetch(`${this.base}${path}`, { headers: { cookie: this.cookieHeader(), 'accept-language': 'ja' }, redirect: 'manual' });
    const body = await res.text();
    this.remember(res, body);
    return { status: res.status, body, location: res.headers.get('location') };
  }

  async post(path: string, form: Record<string, string> = {}, opts: { csrf?: boolean } = {}): Promise<{ status: number; body: string; location: string | null }> {
    const fields = opts.csrf === false ? form : { _csrf: this.csrf, ...form };
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', origin: this.base, 'accept-language': 'ja' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    const body = await res.text();
    this.remember(res, body);
    return { status: res.status, body, location: res.headers.get('location') };
  }
}

/** Sign-in link mails that reached the sink for `address`, oldest first (path of each link). */
export async function signInLinks(upstream: TestUpstream, address: string): Promise<string[]> {
  const out: string[] = [];
  for (const mail of upstream.received) {
    if (!mail.rcptTo.includes(address) || !/^x-dlp-notice: sign_in_link/im.test(mail.raw.subarray(0, 8192).toString('latin1'))) continue;
    const text = (await simpleParser(mail.raw)).text ?? '';
    const m = /https?:\/\/[^/\s]+(\/sign-in\/link\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(text);
    if (m) out.push(m[1]!);
  }
  return out;
}

/** Ask for a link on the page (as a browser would) and wait for the `n`-th link mailed to `address`. */
export async function requestLink(web: WebSession, upstream: TestUpstream, address: string, n = 1): Promise<{ page: string; link: string }> {
  await web.get('/sign-in/link');
  const answer = await web.post('/sign-in/link', { address });
  let links: string[] = [];
  await waitUntil(async () => (links = await signInLinks(upstream, address)).length >= n, 10_000, `sign-in link #${n} for ${address}`);
  return { page: answer.body, link: links[n - 1]! };
}

/** Follow a mailed link: the GET page, then its button. */
export async function followLink(web: WebSession, link: string): Promise<{ status: number; body: string; location: string | null }> {
  await web.get(link);
  return web.post(link);
}
