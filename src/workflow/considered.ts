/**
 * Considered approval (慎重な承認): a hold that carries bulk personal data, 要配慮個人情報, My Number,
 * an encrypted or uninspectable part, or a lookalike-domain recipient is approved only by someone
 * who opened it (a recorded view) and confirmed in words what is leaving. Pure: facts in, rule out.
 */
import type { ReportFacts } from './report-facts.js';

export type RiskReason =
  | { kind: 'bulk_personal_data'; persons: number; threshold: number }
  | { kind: 'sensitive'; categories: string[] }
  | { kind: 'my_number' }
  | { kind: 'uninspectable'; parts: number }
  | { kind: 'lookalike_recipient'; domains: string[] };

export interface ConsideredApproval {
  required: boolean;
  reasons: RiskReason[];
  /** What the approver confirms, e.g. 「4,000人分の個人データを社外 8 宛先へ送信する」. */
  statement: { ja: string; en: string };
  /** Numbers the statement was built from (recorded with the approval). */
  seen: { persons: number | null; recipients: number; outsideRecipients: number; outsideDomains: string[]; categories: string[]; attachments: string[] };
}

const uninspectableCategories = new Set(['encrypted_attachment', 'uninspectable']);

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

export function consideredApproval(facts: ReportFacts, personThreshold: number): ConsideredApproval {
  const categories = Object.entries(facts.categories).filter(([, n]) => n > 0).map(([c]) => c);
  for (const f of facts.findings) if (!categories.includes(f.category)) categories.push(f.category);
  const reasons: RiskReason[] = [];
  if (facts.personCount !== null && facts.personCount >= personThreshold) reasons.push({ kind: 'bulk_personal_data', persons: facts.personCount, threshold: personThreshold });
  const sensitive = categories.filter((c) => c.startsWith('sensitive.'));
  if (sensitive.length) reasons.push({ kind: 'sensitive', categories: sensitive.sort() });
  if (categories.includes('my_number')) reasons.push({ kind: 'my_number' });
  const uninspectable = facts.findings.filter((f) => uninspectableCategories.has(f.category)).length + facts.uninspectableParts;
  if (uninspectable > 0 || categories.some((c) => uninspectableCategories.has(c))) reasons.push({ kind: 'uninspectable', parts: Math.max(1, uninspectable) });
  const lookalikes = [...new Set(facts.recipients.filter((r) => r.lookalikeOf).map((r) => domainOf(r.address)))];
  if (lookalikes.length) reasons.push({ kind: 'lookalike_recipient', domains: lookalikes.sort() });

  const outside = facts.recipients.filter((r) => r.class !== 'internal');
  const seen = {
    persons: facts.personCount,
    recipients: facts.recipients.length,
    outsideRecipients: outside.length,
    outsideDomains: [...new Set(outside.map((r) => domainOf(r.address)))].sort(),
    categories: categories.sort(),
    attachments: facts.attachments,
  };
  return { required: reasons.length > 0, reasons, statement: statementOf(reasons, seen), seen };
}

function statementOf(reasons: RiskReason[], seen: ConsideredApproval['seen']): { ja: string; en: string } {
  const ja: string[] = [];
  const en: string[] = [];
  for (const r of reasons) {
    switch (r.kind) {
      case 'bulk_personal_data':
        break; // said by the head of the sentence
      case 'sensitive':
        ja.push('要配慮個人情報');
        en.push('special-care data');
        break;
      case 'my_number':
        ja.push('マイナンバー');
        en.push('My Number');
        break;
      case 'uninspectable':
        ja.push('検査できない添付');
        en.push('parts that could not be inspected');
        break;
      case 'lookalike_recipient':
        ja.push(`類似ドメインの宛先（${r.domains.join(', ')}）`);
        en.push(`lookalike recipients (${r.domains.join(', ')})`);
        break;
      default: {
        const never: never = r;
        throw new Error(`unknown risk ${String(never)}`);
      }
    }
  }
  const persons = seen.persons !== null && seen.persons > 0 ? seen.persons : null;
  const whoJa = persons !== null ? `${persons.toLocaleString('ja-JP')}人分の個人データ` : '個人データ';
  const whoEn = persons !== null ? `personal data of ${persons.toLocaleString('en-US')} people` : 'personal data';
  const whereJa = seen.outsideRecipients > 0 ? `社外 ${seen.outsideRecipients} 宛先` : `${seen.recipients} 宛先`;
  const whereEn = seen.outsideRecipients > 0 ? `${seen.outsideRecipients} outside recipient${seen.outsideRecipients === 1 ? '' : 's'}` : `${seen.recipients} recipient${seen.recipients === 1 ? '' : 's'}`;
  return {
    ja: `${ja.length ? `${ja.join('・')}を含む` : ''}${whoJa}を${whereJa}へ送信する`,
    en: `Send ${whoEn}${en.length ? `, including ${en.join(', ')},` : ''} to ${whereEn}`,
  };
}

/** Typed or ticked: compared without spaces and width differences (全角/半角). */
export function confirms(given: unknown, approval: ConsideredApproval): boolean {
  if (typeof given !== 'string') return false;
  const norm = (s: string) => s.normalize('NFKC').replace(/[\s　、,]/g, '').toLowerCase();
  const g = norm(given);
  return g !== '' && (g === norm(approval.statement.ja) || g === norm(approval.statement.en));
}
