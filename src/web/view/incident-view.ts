import type { DeadlineState } from '../../incident/deadlines.js';
import type { IncidentStatus, ReasonCode } from '../../incident/types.js';
import type { Lang } from '../i18n.js';
import type { IncidentKey, IncidentTranslate } from '../i18n-incidents.js';

const statusKeys: Record<IncidentStatus, IncidentKey> = {
  draft: 'statusDraft',
  preliminary_sent: 'statusPreliminarySent',
  final_sent: 'statusFinalSent',
  closed: 'statusClosed',
};

export function statusLabel(status: IncidentStatus, t: IncidentTranslate): string {
  return t(statusKeys[status]);
}

export function deadlineLabel(state: DeadlineState, t: IncidentTranslate): string {
  switch (state) {
    case 'done':
      return t('dlDone');
    case 'open':
      return t('dlOpen');
    case 'due_soon':
      return t('dlDueSoon');
    case 'overdue':
      return t('dlOverdue');
    case 'not_required':
      return t('dlNotRequired');
    default: {
      const never: never = state;
      return String(never);
    }
  }
}

/** Badge colour of a deadline state (classes of app.css). */
export function deadlineTone(state: DeadlineState): 'danger' | 'warn' | 'info' | 'ok' {
  return state === 'overdue' ? 'danger' : state === 'due_soon' ? 'warn' : state === 'done' ? 'ok' : 'info';
}

const reasonNames: Record<ReasonCode, [string, string]> = {
  sensitive: ['要配慮個人情報', 'Special-care data (要配慮個人情報)'],
  financial: ['財産的被害のおそれ（カード・口座）', 'Financial harm (card, bank)'],
  improper_purpose: ['不正の目的によるおそれ', 'Improper purpose'],
  over_1000: ['1,000人超', 'More than 1,000 people'],
  encryption: ['添付の暗号化（事実）', 'Encryption of the attachment (fact)'],
};

const incidentActions: Record<string, [string, string]> = {
  incident_marked: ['インシデントとして記録', 'recorded as incident'],
  incident_viewed: ['インシデントを閲覧', 'incident viewed'],
  incident_scope_changed: ['対象範囲を変更', 'scope changed'],
  incident_judged: ['担当者が判断', 'judged by a person'],
  incident_overridden: ['判定を変更', 'finding overridden'],
  incident_report_edited: ['報告書を編集', 'report edited'],
  incident_status_changed: ['状態を変更', 'status changed'],
  incident_aware_changed: ['発覚日時を訂正', 'awareness time corrected'],
  incident_reminder_sent: ['期限の督促を送信', 'deadline reminder sent'],
  incident_report_exported: ['報告書を出力', 'report exported'],
  incident_link_sent: ['報告用リンクを送信', 'report link sent'],
};

/** Label of an incident audit action, or undefined for other actions. */
export function incidentActionLabel(action: string, lang: Lang): string | undefined {
  const label = incidentActions[action];
  return label ? label[lang === 'ja' ? 0 : 1] : undefined;
}

export function reasonName(code: ReasonCode, lang: Lang): string {
  return reasonNames[code][lang === 'ja' ? 0 : 1];
}

/** `2026-11-24T10:00` for a datetime-local input, in JST. */
export function jstInputValue(t: number): string {
  return new Date(t + 9 * 3_600_000).toISOString().slice(0, 16);
}

/** A datetime-local value read as JST; undefined when malformed. */
export function parseJstInput(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const t = Date.parse(`${value}:00+09:00`);
  return Number.isFinite(t) ? t : undefined;
}

export const incidentCss = String.raw`
.inc-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.inc-head h1 { margin: 0 8px 0 0; }
.badge.ok { background: var(--ok-bg); color: var(--ok); }
.reasons { width: 100%; border-collapse: collapse; }
.reasons td, .reasons th { vertical-align: top; padding: 8px 6px; border-bottom: 1px solid var(--line); text-align: left; }
.reasons .basis { font-size: 12.5px; color: var(--muted); }
.reasons details summary { cursor: pointer; color: var(--accent); font-size: 13px; }
.reasons form { margin-top: 6px; display: grid; gap: 6px; }
.inc-form { display: grid; gap: 10px; }
.inc-form textarea { width: 100%; min-height: 70px; font: inherit; }
.inc-form input[type=text], .inc-form input[type=datetime-local], .inc-form input[type=number] { font: inherit; padding: 6px; }
.inc-fields label { display: block; font-weight: 600; margin-top: 8px; }
.inc-fields .hint { font-weight: 400; color: var(--muted); font-size: 13px; }
.scope-row { display: grid; grid-template-columns: 24px 1fr; gap: 8px; padding: 6px 0; border-bottom: 1px dashed var(--line); }
.deadline-box { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; }
.inc-links { display: flex; flex-wrap: wrap; gap: 10px; }
.inc-links a { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; background: #fff; text-decoration: none; }
/* Print-ready report (A4, Japanese). */
.report-doc { max-width: 800px; margin: 0 auto; background: #fff; padding: 24px 32px; color: #000; }
.report-doc h1 { font-size: 20px; text-align: center; }
.report-doc table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
.report-doc th, .report-doc td { border: 1px solid #444; padding: 6px 8px; vertical-align: top; text-align: left; font-size: 13.5px; }
.report-doc th { width: 28%; background: #f0f0f0; font-weight: 600; color: #000; }
.report-doc .gw { white-space: pre-wrap; }
.report-doc .person { white-space: pre-wrap; }
.report-doc .gw + .person { margin-top: 6px; border-top: 1px dashed #888; padding-top: 6px; }
.report-doc .must { color: #b42318; font-weight: 700; }
.report-doc .disclaimer { font-size: 12.5px; border: 1px solid #b42318; padding: 8px; }
.report-doc pre.notice { white-space: pre-wrap; font: inherit; }
.print-bar { max-width: 800px; margin: 12px auto; display: flex; gap: 12px; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { background: #fff; }
  .print-bar, .top, .skip { display: none !important; }
  main { padding: 0; max-width: none; }
  .report-doc { padding: 0; max-width: none; }
  .report-doc tr { break-inside: avoid; }
}
`;
