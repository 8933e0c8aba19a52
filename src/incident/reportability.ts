import type { IncidentData, MessageFacts, PersonDecision, ReasonCode, Reportability, ReportabilityReason } from './types.js';

/** 規則 第7条 第4号: more than 1,000 people. */
export const personThreshold = 1000;

/** Card numbers and bank accounts: data whose misuse can cause financial harm (第7条 第2号). */
export const financialCategories = ['credit_card', 'bank_account'] as const;

function sumCategory(messages: readonly MessageFacts[], test: (category: string) => boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of messages) for (const [c, n] of Object.entries(m.categories)) if (n > 0 && test(c)) out[c] = (out[c] ?? 0) + n;
  return out;
}

function describe(counts: Record<string, number>, label: (c: string) => string): string {
  return Object.entries(counts)
    .map(([c, n]) => `${label(c)} ${n}`)
    .join(', ');
}

/** Distinct people over the incident's messages (summed: the same person in two mails counts twice — the cautious reading). */
export function peopleCount(messages: readonly MessageFacts[]): number {
  return messages.reduce((sum, m) => sum + Math.max(0, m.personCount), 0);
}

function reason(code: ReasonCode, applies: boolean, source: 'gateway' | 'person', evidence: { ja: string; en: string }, basis: string, override?: PersonDecision): ReportabilityReason {
  return { code, applies, source, evidence, basis, ...(override ? { override } : {}), effective: override ? override.value : applies };
}

/**
 * Must this incident be reported to the 個人情報保護委員会 (and the people told)? Pure: every
 * ground of 規則 第7条 with the facts behind it; a person may override each gateway finding
 * (recorded with a reason); improper purpose and strong encryption are a person's judgement only.
 * `label` names categories for the evidence text (Japanese).
 */
export function assessReportability(
  data: Pick<IncidentData, 'messages' | 'judgements' | 'overrides'>,
  label: { ja: (c: string) => string; en: (c: string) => string },
): Reportability {
  const { messages, judgements, overrides } = data;
  const sensitive = sumCategory(messages, (c) => c.startsWith('sensitive.'));
  const financial = sumCategory(messages, (c) => (financialCategories as readonly string[]).includes(c));
  const people = peopleCount(messages);
  const encryptedParts = messages.flatMap((m) => m.attachments.filter((a) => a.encrypted).map((a) => a.filename || '(no name)'));
  const anyEncrypted = encryptedParts.length > 0 || messages.some((m) => m.encrypted);
  const reasons: ReportabilityReason[] = [
    reason(
      'sensitive',
      Object.keys(sensitive).length > 0,
      'gateway',
      Object.keys(sensitive).length
        ? { ja: `要配慮個人情報を検出: ${describe(sensitive, label.ja)} 件`, en: `Special-care data found: ${describe(sensitive, label.en)}` }
        : { ja: '要配慮個人情報は検出されませんでした', en: 'No special-care data found' },
      '個人情報保護法施行規則 第7条第1号（要配慮個人情報）',
      overrides.sensitive,
    ),
    reason(
      'financial',
      Object.keys(financial).length > 0,
      'gateway',
      Object.keys(financial).length
        ? { ja: `財産的被害のおそれがあるデータを検出: ${describe(financial, label.ja)} 件`, en: `Data that can cause financial harm found: ${describe(financial, label.en)}` }
        : { ja: 'クレジットカード番号・口座番号は検出されませんでした', en: 'No card or bank account numbers found' },
      '個人情報保護法施行規則 第7条第2号（不正に利用されることにより財産的被害が生じるおそれ）',
      overrides.financial,
    ),
    reason(
      'improper_purpose',
      judgements.improperPurpose?.value ?? false,
      'person',
      judgements.improperPurpose
        ? judgements.improperPurpose.value
          ? { ja: `不正の目的によるおそれあり（判断: ${judgements.improperPurpose.by}）`, en: `Improper purpose suspected (judged by ${judgements.improperPurpose.by})` }
          : { ja: `不正の目的によるおそれなし（判断: ${judgements.improperPurpose.by}）`, en: `No improper purpose (judged by ${judgements.improperPurpose.by})` }
        : { ja: '未判断: 担当者が判断してください（ゲートウェイには判断できません）', en: 'Not judged yet: a person must decide (the gateway cannot)' },
      '個人情報保護法施行規則 第7条第3号（不正の目的をもって行われたおそれ）',
      judgements.improperPurpose,
    ),
    reason(
      'over_1000',
      people > personThreshold,
      'gateway',
      { ja: `本人の数（推定、対象メールの合計）: ${people} 人`, en: `Number of people (estimated, summed over the messages): ${people}` },
      '個人情報保護法施行規則 第7条第4号（1,000人を超える）',
      overrides.over_1000,
    ),
    reason(
      'encryption',
      anyEncrypted,
      'gateway',
      anyEncrypted
        ? {
            ja: `暗号化された添付あり: ${encryptedParts.join(', ') || '（本文または添付の一部）'}。高度な暗号化かどうか（鍵・パスワードが漏えいしていないか）は担当者が確認してください`,
            en: `Encrypted attachment: ${encryptedParts.join(', ') || '(part of the message)'}. A person must confirm whether it is strong encryption with the key/password not leaked`,
          }
        : { ja: '暗号化された添付はありません（平文で送信）', en: 'No encrypted attachment (sent in clear)' },
      '個人情報保護法施行規則 第7条第1号括弧書き（高度な暗号化その他の個人の権利利益を保護するために必要な措置を講じたものを除く）、ガイドライン（通則編）3-5-3-1',
      overrides.encryption,
    ),
  ];
  const grounds = reasons.filter((r) => r.code !== 'encryption' && r.effective);
  // Only a person's confirmation of strong encryption exempts: the gateway sees that a file was
  // encrypted, not how strongly nor whether the password went the same way.
  const exemptByEncryption = judgements.strongEncryption?.value === true && (reasons.find((r) => r.code === 'encryption')!.effective);
  const improper = reasons.find((r) => r.code === 'improper_purpose')!.effective;
  return { reportable: grounds.length > 0 && !exemptByEncryption, longDeadline: improper, exemptByEncryption, reasons };
}
