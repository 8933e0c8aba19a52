/** What `scan` prints: one JSON object (--json) or a Japanese/English text report. */
import type { Confidence, SubjectKind } from '../../detect/types.js';
import type { ProblemReason } from '../../extract/types.js';
import { categoryLabel } from '../categories.js';
import { recipientClassLabel } from '../reasons.js';
import type { Action, HoldStage, MatchedRule, RecipientFacts, RecipientSummary, Verdict, VerdictKind } from '../types.js';
import type { AnalysedMessage } from './analyse-message.js';

export interface ScanReport {
  file: string;
  verdict: VerdictKind;
  stages: HoldStage[];
  wouldBe: { verdict: VerdictKind; stages: HoldStage[] };
  monitorOnly: boolean;
  notice?: string;
  matched: MatchedRule[];
  findings: { category: string; confidence: Confidence; count: number; location: string; sample: string; subject?: SubjectKind; subjectReason?: string }[];
  summary: { categories: Record<string, number>; personCount: number; recordCount: number };
  uninspectable: { location: string; reason: ProblemReason; detail: string; type?: string }[];
  recipients: Pick<RecipientFacts, 'address' | 'class' | 'visible' | 'firstTime' | 'lookalikeOf' | 'partner'>[];
  recipientSummary: RecipientSummary;
  tags: string[];
  policy: { path: string; version: string };
}

export function buildScanReport(file: string, analysed: AnalysedMessage, verdict: Verdict, policyPath: string): ScanReport {
  const { extraction, detection } = analysed;
  const report: ScanReport = {
    file,
    verdict: verdict.verdict,
    stages: verdict.stages,
    wouldBe: verdict.wouldBe,
    monitorOnly: verdict.monitorOnly,
    matched: verdict.matched,
    findings: detection.findings.map((f) => ({
      category: f.category,
      confidence: f.confidence,
      count: f.count,
      location: f.location,
      sample: f.sample,
      ...(f.subject === undefined ? {} : { subject: f.subject }),
      ...(f.subjectReason === undefined ? {} : { subjectReason: f.subjectReason }),
    })),
    summary: {
      categories: detection.summary.categories,
      personCount: detection.summary.personCount,
      recordCount: detection.summary.recordCount,
    },
    uninspectable: [...extraction.encrypted, ...extraction.uninspectable].map((p) => ({
      location: p.location,
      reason: p.reason,
      detail: p.detail,
      ...(p.type === undefined ? {} : { type: p.type }),
    })),
    recipients: verdict.recipients.map((r) => ({
      address: r.address,
      class: r.class,
      visible: r.visible,
      firstTime: r.firstTime,
      ...(r.lookalikeOf === undefined ? {} : { lookalikeOf: r.lookalikeOf }),
      ...(r.partner === undefined ? {} : { partner: r.partner }),
    })),
    recipientSummary: verdict.recipientSummary,
    tags: verdict.tags,
    policy: { path: policyPath, version: verdict.policyVersion },
  };
  if (verdict.notice !== undefined) report.notice = verdict.notice;
  return report;
}

const subjectLabels: Record<SubjectKind, string> = {
  third_person: '第三者 third person',
  business_contact: '取引先・組織 business contact',
  participant: '宛先・送信者本人 participant',
};
const verdictLabels: Record<VerdictKind, string> = { pass: '送信可 PASS', hold: '保留 HOLD', reject: '拒否 REJECT' };
const stageLabels: Record<HoldStage, string> = { selfCheck: '本人確認 self-check', approval: '上長承認 approval' };

function outcomeText(verdict: VerdictKind, stages: readonly HoldStage[]): string {
  const base = verdictLabels[verdict];
  return stages.length === 0 ? base : `${base} (${stages.map((s) => stageLabels[s]).join(' → ')})`;
}

function actionText(action: Action): string {
  switch (action.kind) {
    case 'pass':
      return 'pass';
    case 'hold':
      return `hold: ${action.stages.join('+')}`;
    case 'reject':
      return 'reject';
    case 'delay':
      return `delay: ${Math.round(action.delayMs / 1000)}s${action.notify ? ' (notify)' : ''}`;
    case 'separateAttachments':
      return `separateAttachments: ${Math.round(action.settings.expiryMs / 86_400_000)}d${action.settings.verifyCode ? ' (code)' : ''}`;
    case 'modify':
      return `modify: ${[...action.bcc.map((b) => (b.kind === 'supervisor' ? 'bcc supervisor' : `bcc ${b.address}`)), ...(action.subjectPrefix ? [`subject prefix ${action.subjectPrefix}`] : [])].join(', ')}`;
  }
}


export function formatScanText(report: ScanReport): string {
  const lines: string[] = [];
  lines.push(`ファイル / File: ${report.file}`);
  lines.push(`判定 / Verdict: ${outcomeText(report.verdict, report.stages)}`);
  if (report.verdict !== report.wouldBe.verdict || report.stages.join() !== report.wouldBe.stages.join()) {
    lines.push(`監視モードでなければ / Without monitor mode: ${outcomeText(report.wouldBe.verdict, report.wouldBe.stages)}`);
  }
  if (report.notice) lines.push(`送信者への通知 / Notice to sender: ${report.notice}`);
  lines.push(`ポリシー / Policy: ${report.policy.path} (${report.policy.version.slice(0, 12)})`);

  lines.push('', '一致したルール / Matched rules:');
  if (report.matched.length === 0) lines.push('  (なし / none)');
  for (const m of report.matched) {
    lines.push(`  - ${m.id} [${actionText(m.action)}${m.monitorOnly ? ', 監視のみ monitor-only' : ''}]: ${m.reason}`);
  }

  lines.push('', '検出 / Findings:');
  if (report.findings.length === 0) lines.push('  (なし / none)');
  for (const f of report.findings) {
    const label = categoryLabel(f.category);
    const about = f.subject === undefined ? '' : ` [${subjectLabels[f.subject]}: ${f.subjectReason ?? ''}]`;
    lines.push(`  - ${label.ja} / ${label.en} (${f.confidence}) x${f.count} @ ${f.location}: ${f.sample}${about}`);
  }
  const categories = Object.entries(report.summary.categories).map(([c, n]) => `${c}=${n}`).join(', ');
  lines.push(
    `  人数 / people: ${report.summary.personCount}, レコード / records: ${report.summary.recordCount}` +
      (categories ? `, 中以上 / medium+: ${categories}` : ''),
  );

  if (report.uninspectable.length > 0) {
    lines.push('', '検査できない部分 / Not inspected:');
    for (const p of report.uninspectable) lines.push(`  - ${p.location}: ${p.reason} (${p.detail})`);
  }

  lines.push('', '宛先 / Recipients:');
  if (report.recipients.length === 0) lines.push('  (なし / none)');
  for (const r of report.recipients) {
    const label = recipientClassLabel(r.class);
    const notes = [
      r.visible ? 'To/Cc' : 'Bcc',
      r.partner ? `partner ${r.partner}` : '',
      r.lookalikeOf ? `類似 lookalike of ${r.lookalikeOf}` : '',
      r.firstTime ? '初回 first-time' : '',
    ].filter((n) => n !== '');
    lines.push(`  - ${r.address}: ${label.ja} ${label.en} (${notes.join(', ')})`);
  }
  const s = report.recipientSummary;
  lines.push(`  社外 / outside: ${s.outside}/${s.total}, To/Cc に表示 / visible: ${s.outsideVisible}, 組織 / organisations: ${s.organisations}`);
  return `${lines.join('\n')}\n`;
}

