import type { NoticeDocument } from '../workflow/notices/document.js';
import type { Reminder } from './deadlines.js';
import type { IncidentEvaluation } from './evaluate.js';
import type { Incident } from './types.js';

/** Reminder to the admin address: which report is due when, for which incident (no personal data). */
export function reminderNotice(incident: Incident, reminder: Reminder, evaluation: IncidentEvaluation, baseUrl: string): NoticeDocument {
  const ja = reminder.which === 'preliminary' ? '速報' : '確報';
  const en = reminder.which === 'preliminary' ? 'preliminary report (速報)' : 'final report (確報)';
  const link = `${baseUrl}/incidents/${encodeURIComponent(incident.id)}`;
  const grounds = evaluation.reportability.reasons.filter((r) => r.code !== 'encryption' && r.effective);
  return {
    subject: `【期限注意】個人情報保護委員会への${ja}の期限: ${reminder.due.date} / ${en} due ${reminder.due.date} (${incident.id})`,
    ja: [
      { kind: 'para', text: `インシデント ${incident.id} について、個人情報保護委員会への${ja}の期限が近づいています。` },
      { kind: 'list', items: [`期限: ${reminder.due.date}（発覚日を1日目として${reminder.due.day}日目、暦日）${reminder.due.nonBusinessDay ? '※休日のため前営業日までの提出を推奨' : ''}`, `報告対象の理由: ${grounds.map((g) => g.evidence.ja).join(' / ')}`] },
      { kind: 'link', label: 'インシデントを開く', url: link },
    ],
    en: [
      { kind: 'para', text: `The ${en} to the Personal Information Protection Commission for incident ${incident.id} is due soon.` },
      { kind: 'list', items: [`Due: ${reminder.due.date} (day ${reminder.due.day}, calendar days, the day of awareness is day 1)`, `Reportable because: ${grounds.map((g) => g.evidence.en).join(' / ')}`] },
      { kind: 'link', label: 'Open the incident', url: link },
    ],
  };
}
