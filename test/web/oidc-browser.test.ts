/**
 * Chromium signs in through a real OpenID Provider: the gateway's sign-in page, the provider's
 * button, the provider's own login and consent pages, back to the queue with the role mapped
 * from the groups claim; then sign-out at the gateway and at the provider. The gateway is opened
 * as http://localhost and the provider as http://127.0.0.1, so they are different sites as in a
 * real deployment (the provider's redirect back is a cross-site navigation).
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Inspector } from '../../src/pipeline/types.js';
import { describeInBrowser, screenshotDir, startBrowserEnv, type BrowserEnv } from './browser-env.js';
import { reportFor } from './harness.js';
import { startTestOp, type TestOp } from '../helpers/oidc-provider.js';

const inspector: Inspector = { inspect: async (record) => reportFor(record.rcptTo, ['approval']) };
const secretEnv = 'DLP_TEST_OIDC_BROWSER_SECRET';
const clientSecret = 'browser-client-secret-0123456789abcdef';

describeInBrowser('single sign-on in Chromium through a real OpenID Provider', () => {
  let op: TestOp;
  let env: BrowserEnv;
  let gateway: string;

  beforeAll(async () => {
    process.env[secretEnv] = clientSecret;
    op = await startTestOp();
    env = await startBrowserEnv(inspector, [['breakglass', '緊急用管理者', ['admin']]], {
      'web.localSignIn': 'admins',
      'web.oidc.providers': [
        {
          id: 'corp',
          label: { ja: '社内アカウント', en: 'Company account' },
          issuer: op.issuer,
          clientId: 'dlp-gateway',
          clientSecretEnv: secretEnv,
          scopes: ['openid', 'profile', 'email', 'groups'],
          roleMap: { 'dlp-approvers': ['approver'], 'dlp-admins': ['admin'] },
          allowedDomains: ['example.co.jp'],
          allowInsecureHttp: true,
        },
      ],
    });
    gateway = env.base.replace('127.0.0.1', 'localhost');
    op.configure({ clientId: 'dlp-gateway', clientSecret, redirectUris: [`${gateway}/sign-in/oidc/corp/callback`], postLogoutRedirectUris: [`${gateway}/sign-in`] });
  }, 60_000);
  afterAll(async () => {
    await env?.close();
    await op?.close();
  });

  it('signs in at the provider and lands on the queue with the mapped role, then signs out of both', async () => {
    const context = await env.newContext();
    const page = await context.newPage();
    await page.goto(`${gateway}/queue`);
    await page.waitForURL(/\/sign-in\?next=%2Fqueue/);
    await page.screenshot({ path: path.join(screenshotDir, 'sign-in-sso.png') });
    await page.click('#sso-corp');
    // The provider's own pages.
    await page.waitForURL((u) => u.origin === op.issuer);
    await page.fill('input[name=login]', 'yamada');
    await page.fill('input[name=password]', 'provider-password');
    await page.click('button[type=submit]');
    await page.waitForSelector('input[name=prompt][value=consent]', { state: 'attached' });
    await page.click('button[type=submit]');
    await page.waitForURL(`${gateway}/queue`);
    expect(await page.locator('.who').textContent()).toBe('山田 太郎');
    expect(await page.locator('.who').getAttribute('title')).toBe('approver');
    expect(await page.locator('h1').first().textContent()).toContain('保留中のメール');

    await page.click('form[action="/sign-out"] button');
    // The provider asks to confirm, then sends the browser back to the gateway's sign-in page.
    await page.waitForURL((u) => u.origin === op.issuer);
    await page.click('button[value=yes]');
    await page.waitForURL(/\/sign-in$/);
    await page.goto(`${gateway}/queue`);
    await page.waitForURL(/\/sign-in\?next=/);
    const actions = (await env.gw.store.events({ actor: 'yamada.taro@example.co.jp' })).map((e) => e.action);
    expect(actions).toEqual(['user_provisioned', 'signed_in', 'signed_out']);
    await context.close();
  }, 60_000);
});
