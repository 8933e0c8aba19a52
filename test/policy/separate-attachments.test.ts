/** The separateAttachments action: parsed with defaults, combined strictly, excepted per recipient set. */
import { describe, expect, it } from 'vitest';
import { evaluatePolicy, parsePolicyText } from '../../src/policy/index.js';
import { checkSeparationConfig } from '../../src/release/default-chain.js';
import { loadConfig } from '../../src/config/load.js';
import { message, policyYaml } from './fixtures.js';

const rule = (id: string, action: string) => `  - id: ${id}\n    description: ${id}\n    when: { recipients: { external: any } }\n    action: ${action}\n`;
const load = (rules: string) => parsePolicyText(policyYaml(rules), { file: 'p.yaml', builtinFreemail: [] });

describe('separateAttachments', () => {
  it('true means: 7 days, a one-time code, no limit, no exceptions; rides along pass', () => {
    const v = evaluatePolicy(load(rule('links', '{ separateAttachments: true }')), message({ to: ['x@customer.example.com'] }));
    expect(v.verdict).toBe('pass');
    expect(v.separateAttachments).toEqual({ expiryMs: 7 * 86_400_000, maxDownloads: null, verifyCode: true, notifySender: false, exceptPartners: [], exceptDomains: [], keepBelowBytes: null, keepTypes: [] });
  });

  it('rides along a hold and a delay; never along a reject', () => {
    const opts = '{ separateAttachments: { expires: 3d, maxDownloads: 2 } }';
    const held = evaluatePolicy(load(rule('links', opts) + rule('h', '{ hold: [approval] }')), message({ to: ['x@customer.example.com'] }));
    expect(held).toMatchObject({ verdict: 'hold', separateAttachments: { expiryMs: 3 * 86_400_000, maxDownloads: 2 } });
    const delayed = evaluatePolicy(load(rule('links', opts) + rule('d', '{ delay: 5m }')), message({ to: ['x@customer.example.com'] }));
    expect(delayed.delay?.delayMs).toBe(300_000);
    expect(delayed.separateAttachments).toBeDefined();
    const rejected = evaluatePolicy(load(rule('links', opts) + rule('r', '{ reject: no }')), message({ to: ['x@customer.example.com'] }));
    expect(rejected.separateAttachments).toBeUndefined();
  });

  it('several rules: the strictest settings; an exception only if every rule grants it', () => {
    const v = evaluatePolicy(
      load(
        rule('a', '{ separateAttachments: { expires: 7d, maxDownloads: 5, verifyCode: false, except: { types: [".ics", "image/*"], below: 100KB } } }') +
          rule('b', '{ separateAttachments: { expires: 2d, notifySender: true, except: { types: [".ics"], below: 10KB } } }'),
      ),
      message({ to: ['x@customer.example.com'] }),
    );
    expect(v.separateAttachments).toMatchObject({ expiryMs: 2 * 86_400_000, maxDownloads: 5, verifyCode: true, notifySender: true, keepTypes: ['.ics'], keepBelowBytes: 10 * 1024 });
  });

  it('attachments stay when every recipient is an excepted domain; one other recipient and they leave as a link', () => {
    const policy = load(rule('links', '{ separateAttachments: { except: { domains: [bank.example.jp] } } }'));
    expect(evaluatePolicy(policy, message({ to: ['a@bank.example.jp', 'b@branch.bank.example.jp'] })).separateAttachments).toBeUndefined();
    expect(evaluatePolicy(policy, message({ to: ['a@bank.example.jp', 'c@customer.example.com'] })).separateAttachments).toBeDefined();
  });

  it('invalid settings are refused with the path', () => {
    expect(() => load(rule('links', '{ separateAttachments: { expires: 200d } }'))).toThrow(/expires|expiry/);
    expect(() => load(rule('links', '{ separateAttachments: { except: { types: [pdf] } } }'))).toThrow(/file extension/);
  });

  it('start-up: a policy using it without a master key fails with DOWNLOAD_MASTER_KEY_MISSING (exit 2)', async () => {
    const policy = load(rule('links', '{ separateAttachments: true }'));
    const { config } = await loadConfig({ env: {}, overrides: {} });
    expect(() => checkSeparationConfig(config, policy.rules)).toThrow(/DOWNLOAD_MASTER_KEY_MISSING.*DLP_DOWNLOAD_MASTER_KEY/);
    const key = Buffer.alloc(32, 7).toString('base64');
    const { config: withKey } = await loadConfig({ env: { DLP_DOWNLOAD_MASTER_KEY: key, DLP_DOWNLOAD_PUBLIC_URL: 'https://files.example.co.jp' }, overrides: { 'download.enabled': true } });
    expect(() => checkSeparationConfig(withKey, policy.rules)).not.toThrow();
    await expect(loadConfig({ env: {}, overrides: { 'download.enabled': true, 'download.publicUrl': 'https://files.example.co.jp' } })).rejects.toThrow(/DLP_DOWNLOAD_MASTER_KEY/);
    const { config: badKey } = await loadConfig({ env: { DLP_DOWNLOAD_MASTER_KEY: 'short' }, overrides: {} });
    expect(() => checkSeparationConfig(badKey, policy.rules)).toThrow(/DOWNLOAD_MASTER_KEY_INVALID/);
  });
});
