/** The pure parts of the incident stage: deadlines, reportability, scope, reminders, statistics. */
import { describe, expect, it } from 'vitest';
import { dueReminders, endOfDayN, incidentDeadlines, jstDate } from '../../src/incident/deadlines.js';
import { assessReportability, peopleCount } from '../../src/incident/reportability.js';
import { scopeCandidates, organisationOf } from '../../src/incident/scope.js';
import { categoryLabels } from '../../src/incident/evaluate.js';
import { incidentStats } from '../../src/incident/stats.js';
import type { Incident, IncidentData, MessageFacts } from '../../src/incident/types.js';

const jp = { holidays: 'jp' as const, extraHolidays: [] };
const at = (iso: string) => Date.parse(iso);

function facts(over: Partial<MessageFacts> = {}): MessageFacts {
  return {
    id: 'M1', mailFrom: 'yamada@example.co.jp', receivedAt: at('2026-11-24T09:00:00+09:00'), state: 'delivered', subject: null,
    recipients: [{ address: 'sato@wrong.example.com', domain: 'wrong.example.com', class: 'external', delivered: true }],
    categories: { person_name: 3, phone: 3 }, personCount: 3, recordCount: 3, findings: [], attachments: [], encrypted: false, uninspectable: false,
    rules: [], held: false, heldAt: null, selfCheckedAt: null, approvedBy: null, approvedAt: null, approvalComment: null, releaseAs: null, leftAt: null, inspectionAvailable: true,
    ...over,
  };
}

const data = (messages: MessageFacts[], more: Partial<IncidentData> = {}) => ({ messages, judgements: {}, overrides: {}, ...more });

describe('deadlines (calendar days, the day of awareness is day 1)', () => {
  it('速報 from day 3 to day 5, 確報 on day 30, at the end of the JST day', () => {
    // Aware on Tuesday 2026-11-24 at 23:30 JST: still day 1.
    const d = incidentDeadlines(at('2026-11-24T23:30:00+09:00'), false, jp);
    expect([d.preliminary.from.date, d.preliminary.due.date, d.final.date]).toEqual(['2026-11-26', '2026-11-28', '2026-12-23']);
    expect(d.final.at).toBe(at('2026-12-24T00:00:00+09:00') - 1);
    // 2026-11-28 is a Saturday: flagged, never moved later.
    expect(d.preliminary.due.nonBusinessDay).toBe(true);
    expect(d.final.nonBusinessDay).toBe(false);
  });
  it('60 days for an improper purpose; weekends and holidays count', () => {
    const d = incidentDeadlines(at('2026-12-28T10:00:00+09:00'), true, jp);
    expect(d.final).toMatchObject({ days: 60, date: '2027-02-25' });
    // Day 5 is 2027-01-01, a national holiday.
    expect(d.preliminary.due).toMatchObject({ date: '2027-01-01', nonBusinessDay: true });
  });
  it('just after midnight JST is a new day 1', () => {
    expect(jstDate(endOfDayN(at('2026-11-25T00:00:01+09:00'), 1))).toBe('2026-11-25');
    expect(jstDate(endOfDayN(at('2026-11-24T23:59:59+09:00'), 1))).toBe('2026-11-24');
  });
  it('reminds the 速報 from day 2 and the 確報 7 days and 1 day before, each once', () => {
    const aware = at('2026-11-24T10:00:00+09:00');
    const d = incidentDeadlines(aware, false, jp);
    const base = { reminders: [] as string[] };
    expect(dueReminders(base, 'draft', d, true, aware, at('2026-11-24T22:00:00+09:00'))).toEqual([]);
    expect(dueReminders(base, 'draft', d, true, aware, at('2026-11-25T00:00:00+09:00')).map((r) => r.key)).toEqual(['preliminary']);
    expect(dueReminders({ reminders: ['preliminary'] }, 'draft', d, true, aware, at('2026-11-25T09:00:00+09:00'))).toEqual([]);
    expect(dueReminders({ reminders: [], preliminarySentAt: 1 }, 'preliminary_sent', d, true, aware, at('2026-12-17T00:00:00+09:00')).map((r) => r.key)).toEqual(['final-7d']);
    expect(dueReminders({ reminders: ['final-7d'], preliminarySentAt: 1 }, 'preliminary_sent', d, true, aware, at('2026-12-23T00:00:00+09:00')).map((r) => r.key)).toEqual(['final-1d']);
    // A first tick after both thresholds: only the later reminder, which covers the earlier.
    expect(dueReminders({ reminders: ['preliminary'] }, 'draft', d, true, aware, at('2026-12-23T00:00:00+09:00')).map((r) => [r.key, r.covers])).toEqual([['final-1d', ['final-7d']]]);
    expect(dueReminders(base, 'draft', d, false, aware, at('2026-12-23T00:00:00+09:00'))).toEqual([]);
    expect(dueReminders(base, 'closed', d, true, aware, at('2026-12-23T00:00:00+09:00'))).toEqual([]);
  });
});

describe('reportability (規則 第7条)', () => {
  const assess = (d: ReturnType<typeof data>) => assessReportability(d, categoryLabels);
  const effective = (d: ReturnType<typeof data>) => assess(d).reasons.filter((r) => r.effective).map((r) => r.code);

  it('ordinary personal data of a few people is not reportable, with every reason shown', () => {
    const r = assess(data([facts()]));
    expect(r.reportable).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(['sensitive', 'financial', 'improper_purpose', 'over_1000', 'encryption']);
    expect(r.reasons.find((x) => x.code === 'improper_purpose')!.evidence.ja).toContain('未判断');
  });
  it('one 要配慮 item, or one card number, is enough', () => {
    expect(effective(data([facts({ categories: { 'sensitive.medical': 1 } })]))).toEqual(['sensitive']);
    expect(effective(data([facts({ categories: { credit_card: 1 } })]))).toEqual(['financial']);
    expect(effective(data([facts({ categories: { bank_account: 2 } })]))).toEqual(['financial']);
  });
  it('more than 1,000 people summed over the messages (1,000 exactly is not more)', () => {
    expect(effective(data([facts({ personCount: 1000 })]))).toEqual([]);
    expect(effective(data([facts({ personCount: 600 }), facts({ id: 'M2', personCount: 401 })]))).toEqual(['over_1000']);
    expect(peopleCount([facts({ personCount: 600 }), facts({ id: 'M2', personCount: 401 })])).toBe(1001);
  });
  it('improper purpose is a person’s judgement and lengthens the 確報 to 60 days', () => {
    const r = assess(data([facts()], { judgements: { improperPurpose: { value: true, reason: '持ち出し', by: 'admin', at: 1 } } }));
    expect(r).toMatchObject({ reportable: true, longDeadline: true });
  });
  it('encryption is reported as a fact; only a person confirming strong encryption exempts', () => {
    const encrypted = facts({ categories: { 'sensitive.medical': 1 }, encrypted: true, attachments: [{ filename: '健診.zip', size: 10, encrypted: true, inspected: false }] });
    const fact = assess(data([encrypted]));
    expect(fact.reportable).toBe(true);
    expect(fact.reasons.find((x) => x.code === 'encryption')).toMatchObject({ applies: true, effective: true });
    expect(fact.reasons.find((x) => x.code === 'encryption')!.evidence.ja).toContain('健診.zip');
    const confirmed = assess(data([encrypted], { judgements: { strongEncryption: { value: true, reason: 'AES-256、パスワードは電話で伝達', by: 'admin', at: 1 } } }));
    expect(confirmed).toMatchObject({ reportable: false, exemptByEncryption: true });
    // A "strong encryption" judgement on a message that was not encrypted exempts nothing.
    expect(assess(data([facts({ categories: { 'sensitive.medical': 1 } })], { judgements: { strongEncryption: { value: true, reason: 'x', by: 'a', at: 1 } } })).reportable).toBe(true);
  });
  it('a person overrides a finding with a recorded reason', () => {
    const d = data([facts({ categories: { 'sensitive.medical': 1 } })], { overrides: { sensitive: { value: false, reason: '架空の事例（研修資料）', by: 'admin', at: 5 } } });
    const r = assess(d);
    expect(r.reportable).toBe(false);
    expect(r.reasons[0]).toMatchObject({ applies: true, effective: false, override: { reason: '架空の事例（研修資料）', by: 'admin' } });
  });
});

describe('scope', () => {
  const anchor = facts({ id: 'A', recipients: [{ address: 'sato@wrong-corp.com', domain: 'wrong-corp.com', class: 'external', delivered: true }] });
  const day = 86_400_000;
  it('same sender, same wrong recipient or organisation, within the window', () => {
    const others = [
      facts({ id: 'same-address', receivedAt: anchor.receivedAt - 2 * day, recipients: [{ address: 'sato@wrong-corp.com', domain: 'wrong-corp.com', class: 'external', delivered: true }] }),
      facts({ id: 'same-org', receivedAt: anchor.receivedAt + day, recipients: [{ address: 'ito@mail.wrong-corp.com', domain: 'mail.wrong-corp.com', class: 'external', delivered: true }] }),
      facts({ id: 'other-org', receivedAt: anchor.receivedAt + day, recipients: [{ address: 'x@right-corp.com', domain: 'right-corp.com', class: 'external', delivered: true }] }),
      facts({ id: 'too-old', receivedAt: anchor.receivedAt - 8 * day, recipients: anchor.recipients }),
      facts({ id: 'other-sender', mailFrom: 'suzuki@example.co.jp', recipients: anchor.recipients }),
      anchor,
    ];
    const found = scopeCandidates(anchor, ['sato@wrong-corp.com'], others, 7);
    expect(found.map((c) => [c.facts.id, c.match])).toEqual([['same-address', 'same_recipient'], ['same-org', 'same_organisation']]);
  });
  it('free-mail providers are not one organisation; .co.jp names keep three labels', () => {
    const a = facts({ id: 'A', recipients: [{ address: 'taro@gmail.com', domain: 'gmail.com', class: 'freemail', delivered: true }] });
    const b = facts({ id: 'B', recipients: [{ address: 'hanako@gmail.com', domain: 'gmail.com', class: 'freemail', delivered: true }] });
    expect(scopeCandidates(a, ['taro@gmail.com'], [b], 7)).toEqual([]);
    expect(organisationOf('mail.sample.co.jp')).toBe('sample.co.jp');
    expect(organisationOf('a.b.example.com')).toBe('example.com');
  });
});

describe('statistics', () => {
  it('incidents per month and the approvals they passed', () => {
    const incident = (id: string, aware: string, messages: MessageFacts[]): Incident => ({
      id, status: 'draft', version: 1, createdAt: 0, updatedAt: 0,
      data: { kind: 'mis_sent', anchorMessageId: messages[0]!.id, markedBy: { id: 'admin', via: 'session', role: 'admin' }, markedAt: 0, awareAt: at(aware), description: '', wrongRecipients: [], scopeWindowDays: 7, messages, excluded: [], judgements: {}, overrides: {}, fields: {}, reminders: [] },
    });
    const s = incidentStats(
      [
        incident('I1', '2026-10-05T10:00:00+09:00', [facts({ id: 'a', held: true, heldAt: 0, approvedBy: 'boss', approvedAt: 90_000, rules: [{ id: 'personal-data-external', description: '' }] })]),
        incident('I2', '2026-11-20T10:00:00+09:00', [facts({ id: 'b', categories: { 'sensitive.medical': 1 } })]),
        incident('I3', '2026-11-21T10:00:00+09:00', [facts({ id: 'c', held: true, heldAt: 0, approvedBy: 'boss', approvedAt: 60_000 })]),
      ],
      jp,
      at('2026-11-29T10:00:00+09:00'),
      3,
    );
    expect(s.perMonth).toEqual([{ month: '2026-09', count: 0, reportable: 0 }, { month: '2026-10', count: 1, reportable: 0 }, { month: '2026-11', count: 2, reportable: 1 }]);
    expect(s.bypassed.map((b) => [b.incidentId, b.approvedBy, b.waitMs])).toEqual([['I1', 'boss', 90_000], ['I3', 'boss', 60_000]]);
    expect(s.byApprover).toEqual([{ approver: 'boss', count: 2 }]);
    expect(s.notHeld).toBe(1);
  });
});
