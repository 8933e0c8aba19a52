import { categoryLabel, isPersonalCategory } from '../policy/categories.js';
import type { IncidentDeadlines } from './deadlines.js';
import { peopleCount } from './reportability.js';
import type { Incident, MessageFacts, PersonField, Reportability } from './types.js';

const jstOffsetMs = 9 * 60 * 60_000;

/** `2026-11-24 10:05` (JST). */
export function jstDateTime(t: number): string {
  return new Date(t + jstOffsetMs).toISOString().slice(0, 16).replace('T', ' ');
}

/** One item of the report, in the order and wording of the regulator's form (規則 第8条第1項各号). */
export interface ReportSection {
  /** 第8条第1項 第n号 */
  no: number;
  key: 'summary' | 'items' | 'people' | 'cause' | 'secondaryHarm' | 'responseToPeople' | 'publication' | 'prevention' | 'other';
  title: string;
  /** What the gateway knows, one fact per line (Japanese). */
  gateway: string[];
  /** What a person wrote (null: nothing yet). */
  person: string | null;
  /** The field a person must write for this item (null: the gateway's facts are enough for a 速報). */
  personField: PersonField | null;
  /** A person must still write something here. */
  needsPerson: boolean;
  /** What the person should write (shown next to the field). */
  hint: string;
}

export interface DraftReport {
  incidentId: string;
  /** 速報 while no 速報 was sent, then 確報. */
  stage: '速報' | '確報';
  status: string;
  generatedAt: number;
  awareAt: number;
  reportable: boolean;
  /** 報告対象事態 (規則 第7条) that apply. */
  grounds: string[];
  deadlines: { preliminaryFrom: string; preliminaryDue: string; finalDue: string; finalDays: 30 | 60 };
  sections: ReportSection[];
  messages: Array<Pick<MessageFacts, 'id' | 'receivedAt' | 'leftAt' | 'subject' | 'personCount' | 'approvedBy' | 'approvedAt'> & { recipients: string[]; wrongRecipients: string[]; categories: Record<string, number>; encrypted: boolean }>;
}

const groundLabels: Record<string, string> = {
  sensitive: '要配慮個人情報が含まれる個人データの漏えい等（第7条第1号）',
  financial: '不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等（第7条第2号）',
  improper_purpose: '不正の目的をもって行われたおそれがある個人データの漏えい等（第7条第3号）',
  over_1000: '個人データに係る本人の数が1,000人を超える漏えい等（第7条第4号）',
};

function minutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  return m < 120 ? `${m}分` : `${Math.round(m / 60)}時間`;
}

function items(messages: readonly MessageFacts[]): string[] {
  const total: Record<string, number> = {};
  for (const m of messages) for (const [c, n] of Object.entries(m.categories)) if (n > 0 && isPersonalCategory(c)) total[c] = (total[c] ?? 0) + n;
  return Object.entries(total)
    .sort((a, b) => (a[0].startsWith('sensitive.') ? 0 : 1) - (b[0].startsWith('sensitive.') ? 0 : 1) || b[1] - a[1])
    .map(([c, n]) => `${categoryLabel(c).ja}${c.startsWith('sensitive.') && !categoryLabel(c).ja.includes('要配慮') ? '（要配慮個人情報）' : ''}: ${n}件`);
}

/**
 * The draft report, prefilled from what the gateway knows and marked where a person must write.
 * Pure: the incident, its reportability and deadlines in; the report model out (rendered as a
 * print page, JSON and CSV).
 */
export function draftReport(incident: Incident, reportability: Reportability, deadlines: IncidentDeadlines, now: number): DraftReport {
  const d = incident.data;
  const wrong = new Set(d.wrongRecipients);
  const msgs = d.messages;
  const people = peopleCount(msgs);
  const first = msgs.reduce((min, m) => Math.min(min, m.leftAt ?? m.receivedAt), Number.POSITIVE_INFINITY);
  const wrongList = [...wrong];
  const attachments = [...new Set(msgs.flatMap((m) => m.attachments.map((a) => `${a.filename || '(名前なし)'}${a.encrypted ? '（暗号化あり）' : '（暗号化なし）'}`)))];
  const approvals = msgs.filter((m) => m.approvedBy);
  const field = (k: PersonField) => d.fields[k]?.trim() || null;
  const section = (no: number, key: ReportSection['key'], title: string, gateway: string[], personField: PersonField | null, hint: string, required: boolean): ReportSection => ({
    no,
    key,
    title,
    gateway,
    person: personField ? field(personField) : null,
    personField,
    needsPerson: required && personField !== null && !field(personField),
    hint,
  });
  const sections: ReportSection[] = [
    section(1, 'summary', '概要', [
      `発生日時: ${Number.isFinite(first) ? `${jstDateTime(first)}（メール送信）` : '不明'}`,
      `発覚日時: ${jstDateTime(d.awareAt)}`,
      `事案: 個人データを含む電子メール ${msgs.length} 通を${d.kind === 'mis_sent' ? '誤った宛先に送信（誤送信）' : '外部へ送信（漏えい等）'}`,
      `誤送信先: ${wrongList.join(', ') || '（担当者が記入）'}`,
      ...msgs.map((m) => `受付番号 ${m.id}: 送信 ${jstDateTime(m.leftAt ?? m.receivedAt)}${m.subject ? ` 件名「${m.subject}」` : ''}`),
      ...(d.description ? [`記録時の説明: ${d.description}`] : []),
    ], 'summary', '経緯（いつ、誰が、何を、どのように）と発覚の経緯を記入してください。', true),
    section(2, 'items', '漏えい等が発生し又は発生したおそれがある個人データの項目', [
      ...(items(msgs).length ? items(msgs) : ['（検出された個人データの項目なし）']),
      `媒体: 電子メール${attachments.length ? `（添付: ${attachments.join(', ')}）` : '（本文）'}`,
    ], 'items', 'ゲートウェイが検出した項目を確認し、検出されなかった項目（例: 社員番号、購入履歴）があれば追記してください。', false),
    section(3, 'people', '漏えい等が発生し又は発生したおそれがある個人データに係る本人の数', [
      `${people}人（推定。ゲートウェイの検出による、対象メールの合計）`,
      ...(msgs.length > 1 ? msgs.map((m) => `受付番号 ${m.id}: ${m.personCount}人`) : []),
    ], null, '推定値です。名簿の原本で本人の数を確認してください。', false),
    section(4, 'cause', '原因', [
      ...msgs.map((m) => {
        const rec = m.recipients.filter((r) => wrong.has(r.address)).map((r) => `${r.address}（${r.class === 'internal' ? '社内' : r.class === 'partner' ? '取引先' : r.class === 'freemail' ? 'フリーメール' : '社外'}）`);
        const control = m.approvedBy
          ? `保留後、${m.approvedBy} が承認（保留から ${minutes((m.approvedAt ?? 0) - (m.heldAt ?? m.receivedAt))}後${m.releaseAs === 'bcc' ? '、BCC 化して送信' : ''}）`
          : m.held
            ? '保留後に送信'
            : '保留されずに送信（該当ルールなし）';
        return `受付番号 ${m.id}: 宛先 ${rec.join(', ') || '—'}; ${control}${m.rules.length ? `; 該当ルール: ${m.rules.map((r) => r.description || r.id).join(', ')}` : ''}`;
      }),
    ], 'cause', '誤送信に至った原因（宛先の選択誤り、添付ファイルの取り違え等）と、承認等の管理策が機能しなかった理由を記入してください。', true),
    section(5, 'secondaryHarm', '二次被害又はそのおそれの有無及びその内容', [
      reportability.reasons.find((r) => r.code === 'financial')!.effective
        ? 'クレジットカード番号・口座番号が含まれており、不正利用による財産的被害のおそれがあります。'
        : 'ゲートウェイの検出では、財産的被害に直結するデータ（カード番号・口座番号）は含まれていません。',
    ], 'secondaryHarm', '誤送信先への削除依頼・削除確認の結果、二次被害の有無を記入してください。', true),
    section(6, 'responseToPeople', '本人への対応の実施状況', [
      '本人への通知文案をゲートウェイが作成しています（「本人への通知文案」）。',
    ], 'responseToPeople', '本人への通知の実施日・方法・件数、問い合わせ窓口を記入してください。', true),
    section(7, 'publication', '公表の実施状況', [], 'publication', '公表の有無と、公表した場合はその日時・方法を記入してください。', true),
    section(8, 'prevention', '再発防止のための措置', [
      ...(approvals.length ? [`参考: 承認を経て送信されたメールがあります（承認者: ${[...new Set(approvals.map((m) => m.approvedBy))].join(', ')}）。承認手順の見直しを検討してください。`] : []),
    ], 'prevention', '実施済み・実施予定の再発防止策を記入してください。', true),
    section(9, 'other', 'その他参考となる事項', [
      ...reportability.reasons.map((r) => `${r.effective ? '■' : '□'} ${r.evidence.ja}${r.override ? `（${r.override.by} が変更: ${r.override.reason}）` : ''}`),
      `速報の目安: ${deadlines.preliminary.from.date} 〜 ${deadlines.preliminary.due.date}（発覚日を1日目とする暦日）`,
      `確報の期限: ${deadlines.final.date}（${deadlines.final.days}日目）`,
    ], 'other', '委託元・委託先の関係など、その他参考となる事項があれば記入してください。', false),
  ];
  return {
    incidentId: incident.id,
    stage: d.preliminarySentAt === undefined ? '速報' : '確報',
    status: incident.status,
    generatedAt: now,
    awareAt: d.awareAt,
    reportable: reportability.reportable,
    grounds: reportability.reasons.filter((r) => r.code !== 'encryption' && r.effective).map((r) => groundLabels[r.code]!),
    deadlines: { preliminaryFrom: deadlines.preliminary.from.date, preliminaryDue: deadlines.preliminary.due.date, finalDue: deadlines.final.date, finalDays: deadlines.final.days },
    sections,
    messages: msgs.map((m) => ({
      id: m.id,
      receivedAt: m.receivedAt,
      leftAt: m.leftAt,
      subject: m.subject,
      personCount: m.personCount,
      approvedBy: m.approvedBy,
      approvedAt: m.approvedAt,
      recipients: m.recipients.map((r) => r.address),
      wrongRecipients: m.recipients.filter((r) => wrong.has(r.address)).map((r) => r.address),
      categories: m.categories,
      encrypted: m.encrypted,
    })),
  };
}

function csvCell(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  // Leading =,+,-,@ would be formulas in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV (UTF-8 with BOM so Excel reads Japanese): one row per item, then one per message. */
export function reportCsv(report: DraftReport): string {
  const rows: Array<Array<string | number | null>> = [
    ['号', '項目', 'ゲートウェイの記載', '担当者の記載', '要記入'],
    ...report.sections.map((s) => [s.no, s.title, s.gateway.join('\n'), s.person, s.needsPerson ? '要記入' : '']),
    [],
    ['受付番号', '送信日時', '件名', '宛先', '誤送信先', '本人の数', '検出項目', '暗号化', '承認者', '承認日時'],
    ...report.messages.map((m) => [
      m.id,
      jstDateTime(m.leftAt ?? m.receivedAt),
      m.subject,
      m.recipients.join(' '),
      m.wrongRecipients.join(' '),
      m.personCount,
      Object.entries(m.categories).map(([c, n]) => `${categoryLabel(c).ja}:${n}`).join(' '),
      m.encrypted ? 'あり' : 'なし',
      m.approvedBy,
      m.approvedAt ? jstDateTime(m.approvedAt) : null,
    ]),
  ];
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
