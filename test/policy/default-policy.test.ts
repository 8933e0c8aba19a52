import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePolicy, loadPolicy, type LoadedPolicy } from '../../src/policy/index.js';
import { message } from './fixtures.js';

let policy: LoadedPolicy;
beforeAll(async () => {
  policy = await loadPolicy('policies/default.yaml');
});

const customer = (n: number, domain = 'customer.example.com') => Array.from({ length: n }, (_, i) => `user${i}@${domain}`);
const ids = (input: ReturnType<typeof message>) => evaluatePolicy(policy, input).matched.map((m) => m.id);

describe('default policy', () => {
  it('passes internal-only mail even with My Number', () => {
    const v = evaluatePolicy(policy, message({ to: ['hanako@example.co.jp', 'a@sales.example.co.jp'], findings: [{ category: 'my_number' }] }));
    expect(v.verdict).toBe('pass');
    expect(v.matched).toEqual([]);
  });

  it('holds My Number to outside recipients for self-check and approval, with a bilingual reason', () => {
    const v = evaluatePolicy(
      policy,
      message({ to: customer(3), knownDomains: ['customer.example.com'], findings: [{ category: 'my_number', confidence: 'high' }] }),
    );
    expect(v.verdict).toBe('hold');
    expect(v.stages).toEqual(['selfCheck', 'approval']);
    const rule = v.matched.find((m) => m.id === 'external-my-number');
    expect(rule?.reason).toBe('外部宛先 3件に個人番号(高)を含む / My Number (high) to 3 external recipients');
    expect(v.tags).toContain('my-number');
  });

  it.each([
    ['sensitive.medical', 'external-sensitive'],
    ['credit_card', 'external-card-number'],
  ])('holds %s for both stages', (category, rule) => {
    const v = evaluatePolicy(policy, message({ to: ['x@customer.example.com'], findings: [{ category: category as 'credit_card', confidence: 'medium', subject: 'third_person' }] }));
    expect(v.stages).toEqual(['selfCheck', 'approval']);
    expect(v.matched.map((m) => m.id)).toContain(rule);
  });

  it('holds identity numbers of a third person, but not the addressee’s own sent back to them', () => {
    for (const category of ['my_number', 'passport', 'credit_card'] as const) {
      expect(ids(message({ to: ['x@customer.example.com'], findings: [{ category, confidence: 'high' }] })), category).not.toEqual([]);
      const own = message({ to: ['x@customer.example.com'], findings: [{ category, confidence: 'high', subject: 'participant' }] });
      expect(evaluatePolicy(policy, own).verdict, category).toBe('pass');
    }
  });

  it('holds sensitive data about a business contact, but not about the addressee it is sent back to', () => {
    const colleague = message({ to: ['x@customer.example.com'], findings: [{ category: 'sensitive.medical', confidence: 'high', subject: 'business_contact' }] });
    expect(ids(colleague)).toContain('external-sensitive');
    expect(evaluatePolicy(policy, colleague).matched.find((m) => m.id === 'external-sensitive')?.reason).toBe('外部宛先 1件に病歴(要配慮)(高)を含む / medical history (sensitive) (high) to 1 external recipient');
    const ownForm = message({ to: ['x@customer.example.com'], findings: [{ category: 'sensitive.medical', confidence: 'high', subject: 'participant' }] });
    expect(ids(ownForm)).not.toContain('external-sensitive');
  });

  it('holds personal data of several third persons (5+ people or records) for both stages', () => {
    const byPeople = message({ to: ['x@customer.example.com'], findings: [{ category: 'person_name', count: 6, subject: 'third_person' }, { category: 'birth_date', count: 5, subject: 'third_person' }], personCount: 5 });
    const byRecords = message({ to: ['x@customer.example.com'], findings: [{ category: 'phone', count: 5, subject: 'third_person' }], recordCount: 5, personCount: 3 });
    for (const input of [byPeople, byRecords]) {
      const v = evaluatePolicy(policy, input);
      expect(v.stages).toEqual(['selfCheck', 'approval']);
      expect(v.matched.map((m) => m.id)).toContain('external-bulk-personal');
    }
    const four = message({ to: ['x@customer.example.com'], findings: [{ category: 'person_name', count: 4, subject: 'third_person' }, { category: 'phone', subject: 'third_person' }], personCount: 4 });
    expect(ids(four)).not.toContain('external-bulk-personal');
    // Names alone (an attendee list) are not records of people.
    const namesOnly = message({ to: ['x@customer.example.com'], findings: [{ category: 'person_name', count: 8, subject: 'third_person' }], personCount: 8 });
    expect(ids(namesOnly)).not.toContain('external-bulk-personal');
  });

  it('counts five distinct third-person phone numbers as a list, once however often each is repeated', () => {
    const phones = (n: number, copies = 1) =>
      message({ to: ['x@customer.example.com'], findings: Array.from({ length: copies }, (_, c) => ({ category: 'phone' as const, subject: 'third_person' as const, location: `body[${c}]`, count: n, hashes: Array.from({ length: n }, (_, i) => `h${i}`) })) });
    expect(ids(phones(5))).toContain('external-bulk-personal');
    expect(ids(phones(3, 2))).not.toContain('external-bulk-personal');
  });

  it('holds a third person’s name with their contact details for self-check; a name alone passes', () => {
    const withPhone = message({ to: ['x@customer.example.com'], findings: [{ category: 'person_name', confidence: 'medium', subject: 'third_person' }, { category: 'phone', confidence: 'high', subject: 'third_person' }], personCount: 1 });
    const v = evaluatePolicy(policy, withPhone);
    expect(v.verdict).toBe('hold');
    expect(v.stages).toEqual(['selfCheck']);
    expect(v.matched.find((m) => m.id === 'external-third-person-contact')?.reason).toContain('第三者の');
    const nameOnly = message({ to: ['x@customer.example.com'], knownDomains: ['customer.example.com'], findings: [{ category: 'person_name', confidence: 'high', subject: 'third_person' }], personCount: 1 });
    expect(evaluatePolicy(policy, nameOnly).verdict).toBe('pass');
  });

  it('lets business contacts and participants pass, tagged', () => {
    const v = evaluatePolicy(policy, message({
      to: ['x@customer.example.com'],
      knownDomains: ['customer.example.com'],
      findings: [
        { category: 'person_name', confidence: 'high', subject: 'business_contact', subjectReason: 'organisation label 「代表者」' },
        { category: 'address', confidence: 'high', subject: 'business_contact', subjectReason: 'organisation label 「本社所在地」' },
        { category: 'phone', confidence: 'high', subject: 'participant', subjectReason: 'a participant’s own number' },
        { category: 'bank_account', confidence: 'high', subject: 'business_contact', subjectReason: 'account held by an organisation' },
      ],
    }));
    expect(v.verdict).toBe('pass');
    expect(v.tags).toEqual(['business-contact']);
  });

  it('holds a person’s bank account for self-check and identity documents for both stages', () => {
    const bank = evaluatePolicy(policy, message({ to: ['x@customer.example.com'], findings: [{ category: 'bank_account', confidence: 'high', subject: 'third_person' }] }));
    expect(bank.stages).toEqual(['selfCheck']);
    expect(bank.matched.map((m) => m.id)).toContain('external-personal-bank-account');
    for (const category of ['passport', 'drivers_license', 'residence_card', 'health_insurance', 'pension_number'] as const) {
      const v = evaluatePolicy(policy, message({ to: ['x@customer.example.com'], findings: [{ category, confidence: 'medium', subject: 'third_person' }] }));
      expect(v.stages).toEqual(['selfCheck', 'approval']);
      expect(v.matched.map((m) => m.id)).toContain('external-identity-document');
    }
  });

  it('never holds on low-confidence findings or corporate numbers alone', () => {
    const low = message({ to: ['x@customer.example.com'], knownDomains: ['customer.example.com'], findings: [{ category: 'my_number', confidence: 'low' }, { category: 'person_name', confidence: 'low', count: 30 }], personCount: 0 });
    const corporate = message({ to: ['x@customer.example.com'], knownDomains: ['customer.example.com'], findings: [{ category: 'corporate_number', confidence: 'high', count: 20 }] });
    expect(evaluatePolicy(policy, low).verdict).toBe('pass');
    expect(evaluatePolicy(policy, corporate).verdict).toBe('pass');
    // Only the send delay for outside mail (a pass that waits 5 minutes) matches.
    expect(evaluatePolicy(policy, corporate).matched.map((m) => m.id)).toEqual(['outside-send-delay']);
  });

  it('holds encrypted attachments to outside recipients for self-check', () => {
    const v = evaluatePolicy(policy, message({ to: ['x@customer.example.com'], encrypted: [{ location: 'attachment[1] 見積書.zip' }] }));
    expect(v.stages).toEqual(['selfCheck']);
    expect(v.matched.map((m) => m.id)).toContain('external-encrypted-attachment');
  });

  it('holds PPAP (password announced as separate) to outside recipients for self-check only; a password mail alone only when paired', () => {
    const notice = evaluatePolicy(policy, message({ to: ['x@customer.example.com'], findings: [{ category: 'ppap_notice', confidence: 'high', count: 1 }] }));
    expect(notice.stages).toEqual(['selfCheck']);
    expect(notice.matched.map((m) => m.id)).toContain('external-ppap');
    // The password mail alone carries no personal data; right after an encrypted file to the same
    // recipients (the pair) it is held.
    expect(ids(message({ to: ['x@customer.example.com'], findings: [{ category: 'ppap_password', confidence: 'high', count: 1 }] })).filter((id) => id !== 'outside-send-delay' && id !== 'first-time-domain')).toEqual([]);
    expect(ids(message({ to: ['x@customer.example.com'], findings: [{ category: 'ppap_password', confidence: 'high', count: 1 }, { category: 'ppap_pair', confidence: 'high', count: 1 }] }))).toContain('ppap-pair');
    // Not personal data: a PPAP notice alone never triggers the personal-data rules.
    expect(ids(message({ to: ['x@customer.example.com'], findings: [{ category: 'ppap_notice', confidence: 'high', count: 1 }] }))).not.toContain('external-personal-data');
  });

  it('holds uninspectable parts except images', () => {
    expect(ids(message({ to: ['x@customer.example.com'], uninspectable: [{ reason: 'corrupt', type: 'application/pdf' }] }))).toContain('external-uninspectable');
    expect(ids(message({ to: ['x@customer.example.com'], uninspectable: [{ reason: 'unsupported_format', type: 'image/png' }] }))).not.toContain('external-uninspectable');
    expect(ids(message({ to: ['x@customer.example.com'], uninspectable: [{ reason: 'no_text', type: 'image/png' }] }))).not.toContain('external-uninspectable');
    // A scanned PDF has no text either, but it is a document: held so a person looks.
    expect(ids(message({ to: ['x@customer.example.com'], uninspectable: [{ reason: 'no_text', type: 'application/pdf' }] }))).toContain('external-uninspectable');
  });

  it('holds more than ten visible outside recipients', () => {
    const eleven = [...customer(4), ...customer(4, 'other.example.net'), ...customer(3, 'third.example.org')];
    expect(ids(message({ to: eleven }))).toContain('many-visible-recipients');
    expect(ids(message({ to: customer(11) }))).toContain('many-visible-recipients');
    expect(ids(message({ to: eleven.slice(0, 6), cc: eleven.slice(6) }))).toContain('many-visible-recipients');
    // A successor's introduction to five partners of four organisations, minutes to ten: ordinary work.
    const five = [...customer(2), ...customer(1, 'other.example.net'), ...customer(1, 'third.example.org'), ...customer(1, 'fourth.example.jp')];
    expect(ids(message({ to: five }))).not.toContain('many-visible-recipients');
    expect(ids(message({ to: customer(10) }))).not.toContain('many-visible-recipients');
    expect(ids(message({ to: ['me@example.co.jp'], bcc: eleven }))).not.toContain('many-visible-recipients');
  });

  it('rejects blocked domains with a notice', () => {
    const v = evaluatePolicy(policy, message({ to: ['x@mail.blocked.example.org'], findings: [{ category: 'my_number' }] }));
    expect(v.verdict).toBe('reject');
    expect(v.stages).toEqual([]);
    expect(v.notice).toMatch(/送信禁止/);
  });

  it('holds lookalike domains of internal or partner domains for self-check', () => {
    const v = evaluatePolicy(policy, message({ to: ['hanako@examp1e.co.jp'] }));
    expect(v.stages).toEqual(['selfCheck']);
    expect(v.recipients[0]?.lookalikeOf).toBe('example.co.jp');
    expect(v.matched.find((m) => m.id === 'lookalike-domain')?.reason).toContain('examp1e.co.jp');
  });

  it('lets the payroll partner receive allowed categories, but not others', () => {
    const allowed = message({ to: ['kyuyo@payroll.example.jp'], cc: ['jinji@example.co.jp'], knownDomains: ['payroll.example.jp'], findings: [{ category: 'my_number' }, { category: 'person_name', count: 40 }, { category: 'address', count: 40 }], personCount: 40, recordCount: 40 });
    expect(evaluatePolicy(policy, allowed).verdict).toBe('pass');
    const medical = message({ to: ['kyuyo@payroll.example.jp'], findings: [{ category: 'my_number' }, { category: 'sensitive.medical', subject: 'third_person' }] });
    const v = evaluatePolicy(policy, medical);
    expect(v.matched.map((m) => m.id)).toEqual(expect.arrayContaining(['external-sensitive']));
    expect(v.matched.map((m) => m.id)).not.toContain('external-my-number');
    const alsoCustomer = message({ to: ['kyuyo@payroll.example.jp', 'x@customer.example.com'], findings: [{ category: 'my_number' }] });
    expect(ids(alsoCustomer)).toContain('external-my-number');
  });

  it('tags first-time and free-mail recipients without holding', () => {
    const v = evaluatePolicy(policy, message({ to: ['someone@gmail.com'] }));
    expect(v.verdict).toBe('pass');
    expect(v.tags).toEqual(['first-time-domain', 'freemail']);
    expect(evaluatePolicy(policy, message({ to: ['someone@gmail.com'], knownDomains: ['gmail.com'] })).tags).toEqual(['freemail']);
  });
});
