import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy, PolicyError } from '../../src/policy/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policy-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function errorFor(text: string): Promise<PolicyError> {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, text);
  const error = await loadPolicy(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PolicyError);
  return error as PolicyError;
}

const head = 'version: 1\norganisation:\n  internalDomains: [example.co.jp]\nrules:\n';

describe('loadPolicy', () => {
  it('loads the shipped default policy with the free-mail dictionary', async () => {
    const policy = await loadPolicy('policies/default.yaml');
    expect(policy.mode).toBe('enforce');
    expect(policy.organisation.internalDomains).toEqual(['example.co.jp']);
    expect(policy.organisation.freemailDomains.has('gmail.com')).toBe(true);
    expect(policy.organisation.freemailDomains.has('i.softbank.jp')).toBe(true);
    expect(policy.version).toMatch(/^[0-9a-f]{64}$/);
  });

  it('adds and removes free-mail domains', async () => {
    const file = join(dir, 'freemail.yaml');
    await writeFile(file, 'version: 1\norganisation:\n  internalDomains: [example.co.jp]\n  freemail: { add: [mail.example.net], remove: [gmail.com] }\nrules: []\n');
    const { organisation } = await loadPolicy(file);
    expect(organisation.freemailDomains.has('mail.example.net')).toBe(true);
    expect(organisation.freemailDomains.has('gmail.com')).toBe(false);
  });

  it('names file, line and key path for an unknown category', async () => {
    const error = await errorFor(
      `${head}  - id: a\n    description: d\n    when:\n      all:\n        - findings: { category: my_numbr }\n    action: pass\n`,
    );
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.line).toBe(9);
    expect(error.keyPath).toBe('rules[0].when.all[0].findings.category');
    expect(error.message).toMatch(/^POLICY_INVALID at .*\.yaml:9 rules\[0\]\.when\.all\[0\]\.findings\.category: unknown category "my_numbr"/);
  });

  it('reports unknown keys, bad hold stages and bad actions at their lines', async () => {
    const error = await errorFor(
      `${head}  - id: a\n    description: d\n    when: { recipients: { external: any }, colour: red }\n    action: { hold: [later] }\n  - id: b\n    description: d\n    action: hold\n`,
    );
    expect(error.issues.map((i) => [i.line, i.keyPath])).toEqual([
      [7, 'rules[0].when.colour'],
      [8, 'rules[0].action.hold[0]'],
      [11, 'rules[1].action'],
    ]);
    expect(error.issues[0]?.message).toContain('unknown key(s): colour');
    expect(error.issues[2]?.message).toContain('action must be pass');
  });

  it('rejects duplicate rule ids and undefined sender groups', async () => {
    const error = await errorFor(
      `${head}  - { id: a, description: d, action: pass }\n  - id: a\n    description: d\n    when: { sender: { group: sales } }\n    action: pass\n`,
    );
    expect(error.issues.map((i) => i.keyPath)).toEqual(['rules[1].id', 'rules[1].when.sender.group']);
    expect(error.message).toContain('duplicate rule id "a"');
    expect(error.message).toContain('unknown sender group "sales"');
  });

  it('checks domains, versions and missing keys', async () => {
    const error = await errorFor('version: 2\norganisation:\n  internalDomains: [not a domain]\n');
    expect(error.issues.map((i) => i.keyPath)).toEqual(['version', 'organisation.internalDomains[0]', 'rules']);
    expect(error.issues[1]?.line).toBe(3);
  });

  it('reports YAML syntax errors with a line', async () => {
    const error = await errorFor(`${head}  - id: a\n    description: [unclosed\n`);
    expect(error.code).toBe('POLICY_SYNTAX');
    expect(error.line).toBeGreaterThan(0);
    expect(error.message).toMatch(/^POLICY_SYNTAX at .*:\d+: /);
  });

  it('reports unreadable files', async () => {
    const error = (await loadPolicy(join(dir, 'missing.yaml')).catch((e: unknown) => e)) as PolicyError;
    expect(error.code).toBe('POLICY_UNREADABLE');
    expect(error.message).toContain('missing.yaml');
  });
});

describe('a policy prebuilt at build time (dist/prebuilt/policies.json)', () => {
  // The build stores validatePolicyText's output as JSON; a cold scan compiles it without the
  // YAML parser and the schema. It must compile to exactly the policy the full parse gives.
  const rich = `${head}  - id: all-actions
    description: { ja: 規則 all-actions, en: rule all-actions }
    when:
      all:
        - findings: { category: [my_number, personal], minConfidence: high, minCount: 2, location: [body, attachment] }
        - any: [{ recipients: { external: any, minExternal: 2, domain: [Example.COM] } }, { subject: ["機密", "confidential"] }]
        - not: { attachmentName: "\\\\.zip$" }
        - messageSize: { min: 10KB, max: 5MB }
        - encrypted: { exceptTypes: [".pdf"] }
    action: { delay: { for: 90m, notify: true, afterHold: true } }
  - id: links
    description: { ja: 規則 links, en: rule links }
    when: { uninspectable: true }
    action: { separateAttachments: { expires: 3d, maxDownloads: 2, except: { domains: [Partner.Example.JP], below: 100KB, types: [".ics", "image/*"] } } }
  - id: bcc
    description: { ja: 規則 bcc, en: rule bcc }
    action: { modify: { bcc: [supervisor, Audit@Example.co.jp], subjectPrefix: "[外部]" } }
  - id: stop
    description: { ja: 規則 stop, en: rule stop }
    when: { recipients: { anyClass: freemail } }
    action: { reject: "送信できません" }
  - id: short-delay
    description: { ja: 規則 short-delay, en: rule short-delay }
    action: { delay: 30s }
`;
  it('compiles to the same policy as parsing the text, for the shipped policy and every action kind', async () => {
    const { compilePolicy, parsePolicyText, validatePolicyText } = await import('../../src/policy/parse-policy.js');
    const { readFile } = await import('node:fs/promises');
    const builtinFreemail = ['gmail.com', 'yahoo.co.jp'];
    for (const text of [await readFile('policies/default.yaml', 'utf8'), rich]) {
      const stored = JSON.parse(JSON.stringify(validatePolicyText(text, 'p.yaml'))) as ReturnType<typeof validatePolicyText>;
      expect(compilePolicy(stored, text, { file: 'p.yaml', builtinFreemail })).toEqual(parsePolicyText(text, { file: 'p.yaml', builtinFreemail }));
    }
  });
});
