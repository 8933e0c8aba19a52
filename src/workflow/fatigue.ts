import { categoryLabel } from '../policy/categories.js';
import type { MessageRecord, Store } from '../store/types.js';
import { readHold, reportFacts } from './report-facts.js';
import type { FatigueHint } from './types.js';

/** Approvals this many times alike suggest a partner rule instead of habit approvals. */
export const fatigueThreshold = 3;

function outsideDomains(record: MessageRecord): string[] {
  return [...new Set(reportFacts(record).recipients.filter((r) => r.class !== 'internal').map((r) => r.address.slice(r.address.lastIndexOf('@') + 1).toLowerCase()))];
}

function kindsOf(record: MessageRecord): string[] {
  return Object.entries(reportFacts(record).categories).filter(([, n]) => n > 0).map(([c]) => c).sort();
}

/** Approved by a person (not released by the sender's self-check alone). */
function wasApproved(record: MessageRecord): boolean {
  const hold = readHold(record);
  return ['delayed', 'queued', 'delivered', 'bounced'].includes(record.state) && record.hold !== null && hold.stages.includes('approval') && !!hold.decidedBy && hold.decidedBy !== 'system';
}

/**
 * "Same sender, same recipient domain, same kind of finding, approved N times": a pure count
 * over past records (purged records have no inspection and do not count).
 */
export function computeFatigue(record: MessageRecord, past: readonly MessageRecord[]): FatigueHint {
  const domains = outsideDomains(record);
  const categories = kindsOf(record);
  const key = categories.join(',');
  const sender = record.mailFrom.toLowerCase();
  const perDomain: Record<string, number> = Object.fromEntries(domains.map((d) => [d, 0]));
  let approvedCount = 0;
  let lastApprovedAt: number | null = null;
  for (const p of past) {
    if (p.id === record.id || p.mailFrom.toLowerCase() !== sender || !wasApproved(p) || p.inspection === null) continue;
    if (kindsOf(p).join(',') !== key) continue;
    const shared = outsideDomains(p).filter((d) => d in perDomain);
    if (!shared.length) continue;
    approvedCount++;
    for (const d of shared) perDomain[d] = (perDomain[d] ?? 0) + 1;
    const at = readHold(p).decidedAt ?? p.updatedAt;
    lastApprovedAt = Math.max(lastApprovedAt ?? 0, at);
  }
  let text: string | null = null;
  if (approvedCount > 0) {
    const where = domains.filter((d) => (perDomain[d] ?? 0) > 0).join(', ');
    const ja = categories.map((c) => categoryLabel(c).ja).join('・') || '検出なし';
    const en = categories.map((c) => categoryLabel(c).en).join(', ') || 'no findings';
    text = `同じ送信者から ${where} 宛ての同種のメール（${ja}）は過去 ${approvedCount} 回承認されています。` +
      (approvedCount >= fatigueThreshold ? '習慣的な承認になっていないか確認し、定常的な送信なら委託先ルールの設定を検討してください。' : '') +
      ` / Similar mail (${en}) from this sender to ${where} was approved ${approvedCount} time(s) before.` +
      (approvedCount >= fatigueThreshold ? ' Make sure this is not a habit approval; for routine transfers consider a partner rule.' : '');
  }
  return { approvedCount, lastApprovedAt, domains: perDomain, categories, text };
}

/** Look back `lookbackMs` (default 180 days) in the store. */
export async function fatigueHint(store: Store, record: MessageRecord, now: number, lookbackMs = 180 * 24 * 60 * 60_000): Promise<FatigueHint> {
  const past = await store.list({ states: ['delayed', 'queued', 'delivered', 'bounced'], kind: 'mail', since: now - lookbackMs, limit: 5000 });
  return computeFatigue(record, past);
}
