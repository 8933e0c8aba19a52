import { describe, expect, it } from 'vitest';
import { evaluatePolicy, parsePolicyText, type PolicyInput } from '../../src/policy/index.js';
import { freemailForTests, message, policyYaml } from './fixtures.js';

/** Does a single rule with this `when` (YAML flow mapping) match the message? */
function matches(when: string, input: PolicyInput): boolean {
  const policy = parsePolicyText(policyYaml(`  - id: r\n    description: d\n    when: ${when}\n    action: { hold: [selfCheck] }`), {
    file: 'test.yaml',
    builtinFreemail: freemailForTests,
  });
  return evaluatePolicy(policy, input).matched.length === 1;
}

const outside = ['x@customer.example.com'];

describe('findings conditions', () => {
  it('matches a category, a prefix, "personal" and "*"', () => {
    const input = message({ findings: [{ category: 'sensitive.medical' }] });
    expect(matches('{ findings: { category: sensitive.medical } }', input)).toBe(true);
    expect(matches("{ findings: { category: 'sensitive.*' } }", input)).toBe(true);
    expect(matches('{ findings: { category: personal } }', input)).toBe(true);
    expect(matches('{ findings: { category: [my_number, credit_card] } }', input)).toBe(false);
    const corporate = message({ findings: [{ category: 'corporate_number' }] });
    expect(matches('{ findings: {} }', corporate)).toBe(false);
    expect(matches("{ findings: { category: '*' } }", corporate)).toBe(true);
  });

  it('needs medium confidence unless told otherwise', () => {
    const low = message({ findings: [{ category: 'my_number', confidence: 'low' }] });
    expect(matches('{ findings: { category: my_number } }', low)).toBe(false);
    expect(matches('{ findings: { category: my_number, minConfidence: low } }', low)).toBe(true);
    const medium = message({ findings: [{ category: 'my_number', confidence: 'medium' }] });
    expect(matches('{ findings: { category: my_number, minConfidence: high } }', medium)).toBe(false);
  });

  it('sums counts for minCount', () => {
    const input = message({ findings: [{ category: 'phone', count: 2 }, { category: 'phone', count: 1, location: 'attachment[1] a.csv' }] });
    expect(matches('{ findings: { category: phone, minCount: 3 } }', input)).toBe(true);
    expect(matches('{ findings: { category: phone, minCount: 4 } }', input)).toBe(false);
  });

  it('checks personCount and recordCount', () => {
    const input = message({ findings: [{ category: 'person_name', count: 9 }], personCount: 9, recordCount: 12 });
    expect(matches('{ findings: { minPersonCount: 10 } }', input)).toBe(false);
    expect(matches('{ findings: { minPersonCount: 9 } }', input)).toBe(true);
    expect(matches('{ findings: { minRecordCount: 12 } }', input)).toBe(true);
    // Person counts need at least one medium+ personal finding behind them.
    expect(matches('{ findings: { minPersonCount: 1 } }', message({ personCount: 5 }))).toBe(false);
  });

  it('filters by location type', () => {
    const input = message({ attachments: ['名簿.xlsx'], findings: [{ category: 'phone', location: 'attachment[1] 名簿.xlsx › Sheet1!C3' }] });
    expect(matches('{ findings: { category: phone, location: attachment } }', input)).toBe(true);
    expect(matches('{ findings: { category: phone, location: [body, subject] } }', input)).toBe(false);
    const subject = message({ findings: [{ category: 'person_name', location: 'subject' }] });
    expect(matches('{ findings: { location: subject } }', subject)).toBe(true);
  });

  it('filters by whom the findings are about (subject), and counts distinct values', () => {
    const input = message({ findings: [
      { category: 'phone', subject: 'business_contact', hashes: ['a', 'b', 'c'], count: 3 },
      { category: 'phone', subject: 'third_person', hashes: ['d'], location: 'body (text/html)' },
    ] });
    expect(matches('{ findings: { category: phone, subject: third_person } }', input)).toBe(true);
    expect(matches('{ findings: { category: phone, subject: third_person, minCount: 2 } }', input)).toBe(false);
    expect(matches('{ findings: { category: phone, subject: [business_contact, participant], minDistinct: 3 } }', input)).toBe(true);
    expect(matches('{ findings: { category: phone, minDistinct: 5 } }', input)).toBe(false);
    // Findings about no one (encrypted, uninspectable) never match a subject filter.
    expect(matches('{ findings: { category: phone, subject: participant } }', input)).toBe(false);
    expect(() => matches('{ findings: { subject: customer } }', input)).toThrow(/POLICY_INVALID .*findings\.subject/);
  });

  it('ignores partner-allowed categories unless partnerAllowances is false', () => {
    const input = message({ to: ['a@payroll.example.jp'], findings: [{ category: 'my_number' }] });
    expect(matches('{ findings: { category: my_number } }', input)).toBe(false);
    expect(matches('{ findings: { category: my_number, partnerAllowances: false } }', input)).toBe(true);
    expect(matches('{ findings: { category: phone } }', message({ to: ['a@payroll.example.jp'], findings: [{ category: 'phone' }] }))).toBe(true);
  });
});

describe('recipient conditions', () => {
  it('external any / all / none (outside = every class but internal)', () => {
    const mixed = message({ to: ['a@example.co.jp', ...outside] });
    expect(matches('{ recipients: { external: any } }', mixed)).toBe(true);
    expect(matches('{ recipients: { external: all } }', mixed)).toBe(false);
    expect(matches('{ recipients: { external: none } }', message({ to: ['a@example.co.jp'] }))).toBe(true);
    expect(matches('{ recipients: { external: any } }', message({ to: ['a@payroll.example.jp'] }))).toBe(true);
  });

  it('anyClass / allClass', () => {
    const input = message({ to: ['a@gmail.com', 'b@example.co.jp'] });
    expect(matches('{ recipients: { anyClass: freemail } }', input)).toBe(true);
    expect(matches('{ recipients: { allClass: [freemail, internal] } }', input)).toBe(true);
    expect(matches('{ recipients: { allClass: freemail } }', input)).toBe(false);
    expect(matches('{ recipients: { anyClass: [partner, blocked] } }', input)).toBe(false);
  });

  it('minExternal, minExternalVisible and minOrganisations', () => {
    const input = message({ to: ['a@x.example.com', 'b@sub.x.example.com'], cc: ['c@y.example.net'], bcc: ['d@z.example.org'] });
    expect(matches('{ recipients: { minExternal: 4 } }', input)).toBe(true);
    expect(matches('{ recipients: { minExternalVisible: 3 } }', input)).toBe(true);
    expect(matches('{ recipients: { minExternalVisible: 4 } }', input)).toBe(false);
    expect(matches('{ recipients: { minOrganisations: 3 } }', input)).toBe(true);
    expect(matches('{ recipients: { minOrganisations: 4 } }', input)).toBe(false);
  });

  it('lookalike and firstTime (true and false)', () => {
    expect(matches('{ recipients: { lookalike: true } }', message({ to: ['a@exarnple.co.jp'] }))).toBe(true);
    // The same name under a suffix only a government or a school can hold is no imitation.
    expect(matches('{ recipients: { lookalike: true } }', message({ to: ['a@example.go.jp'] }))).toBe(false);
    expect(matches('{ recipients: { lookalike: false } }', message({ to: outside }))).toBe(true);
    expect(matches('{ recipients: { firstTime: true } }', message({ to: outside }))).toBe(true);
    expect(matches('{ recipients: { firstTime: true } }', message({ to: outside, knownDomains: ['example.com'] }))).toBe(false);
    expect(matches('{ recipients: { firstTime: true } }', message({ to: ['a@example.co.jp'] }))).toBe(false);
  });

  it('domain (subdomains included)', () => {
    expect(matches('{ recipients: { domain: example.com } }', message({ to: outside }))).toBe(true);
    expect(matches('{ recipients: { domain: other.example.com } }', message({ to: outside }))).toBe(false);
  });
});

describe('sender, subject, attachment name, size and problems', () => {
  it('sender address glob, domain and group', () => {
    const hr = message({ from: 'sato@hr.example.co.jp' });
    expect(matches("{ sender: { address: '*@hr.example.co.jp' } }", hr)).toBe(true);
    expect(matches('{ sender: { domain: example.co.jp } }', hr)).toBe(true);
    expect(matches('{ sender: { group: hr } }', hr)).toBe(true);
    expect(matches('{ sender: { group: hr } }', message({ from: 'jinji@example.co.jp' }))).toBe(true);
    expect(matches('{ sender: { group: hr } }', message({ from: 'sales@example.co.jp' }))).toBe(false);
  });

  it('subject and attachment-name regular expressions (case-insensitive)', () => {
    const input = message({ subject: '【社外秘】給与明細の送付', attachments: ['Meibo_2025.XLSX'] });
    expect(matches("{ subject: '給与|salary' }", input)).toBe(true);
    expect(matches("{ subject: '^Re:' }", input)).toBe(false);
    expect(matches("{ attachmentName: '\\.xlsx$' }", input)).toBe(true);
    expect(matches("{ attachmentName: '\\.pdf$' }", input)).toBe(false);
  });

  it('message size with units', () => {
    const big = message({ size: 12 * 1024 * 1024 });
    expect(matches("{ messageSize: { min: '10MB' } }", big)).toBe(true);
    expect(matches("{ messageSize: { max: '10MB' } }", big)).toBe(false);
    expect(matches('{ messageSize: { max: 5000 } }', message({ size: 4096 }))).toBe(true);
  });

  it('encrypted and uninspectable, with reasons and exceptTypes', () => {
    const zip = message({ encrypted: [{ location: 'attachment[1] a.zip' }] });
    expect(matches('{ encrypted: true }', zip)).toBe(true);
    expect(matches('{ encrypted: false }', zip)).toBe(false);
    expect(matches('{ encrypted: false }', message())).toBe(true);
    const image = message({ uninspectable: [{ reason: 'unsupported_format', type: 'image/jpeg' }] });
    expect(matches('{ uninspectable: true }', image)).toBe(true);
    expect(matches("{ uninspectable: { exceptTypes: 'image/*' } }", image)).toBe(false);
    expect(matches('{ uninspectable: { reasons: [limit_size, corrupt] } }', image)).toBe(false);
    // Detectors may report the same thing as a condition finding.
    expect(matches('{ encrypted: true }', message({ findings: [{ category: 'encrypted_attachment', location: 'attachment[2] b.pdf' }] }))).toBe(true);
  });
});

describe('combinators', () => {
  const input = message({ to: outside, findings: [{ category: 'phone' }] });
  it('all / any / not and several keys in one node (and)', () => {
    expect(matches('{ all: [{ findings: { category: phone } }, { recipients: { external: any } }] }', input)).toBe(true);
    expect(matches('{ all: [{ findings: { category: phone } }, { recipients: { external: none } }] }', input)).toBe(false);
    expect(matches('{ any: [{ findings: { category: my_number } }, { recipients: { external: any } }] }', input)).toBe(true);
    expect(matches('{ not: { findings: { category: phone } } }', input)).toBe(false);
    expect(matches('{ not: { findings: { category: my_number } } }', input)).toBe(true);
    expect(matches('{ findings: { category: phone }, recipients: { external: none } }', input)).toBe(false);
  });

  it('a rule without `when` always matches', () => {
    const policy = parsePolicyText(policyYaml('  - id: all\n    description: every message\n    action: pass\n    tag: seen'), { file: 't', builtinFreemail: [] });
    expect(evaluatePolicy(policy, message()).tags).toEqual(['seen']);
  });
});
