import { categoryLabel } from '../../policy/categories.js';
import type { ReportFacts } from '../report-facts.js';
import type { Block, NoticeDocument } from './document.js';
import { isPpapHold, ppapAdvice } from './ppap-advice.js';
import { rejectReasonLabel } from '../reject-reasons.js';
import { describeRule } from '../../policy/description.js';
import type { RejectReason } from '../types.js';

/** What every notice about one held message may show (masked data only). */
export interface MessageSummary {
  id: string;
  sender: string;
  /** Null when withheld (a finding was located in the subject). */
  subject: string | null;
  receivedAt: number;
  facts: ReportFacts;
}

const jstOffsetMs = 9 * 60 * 60_000;

export function formatJst(t: number): string {
  return `${new Date(t + jstOffsetMs).toISOString().slice(0, 16).replace('T', ' ')} JST`;
}

function subjectLine(m: MessageSummary, lang: 'ja' | 'en'): string {
  if (m.subject === null) return lang === 'ja' ? '件名: （検出箇所を含むため表示しません）' : 'Subject: (withheld: it contains a finding)';
  return lang === 'ja' ? `件名: ${m.subject}` : `Subject: ${m.subject}`;
}

function identity(m: MessageSummary, lang: 'ja' | 'en'): Block {
  return lang === 'ja'
    ? { kind: 'list', items: [`受付番号: ${m.id}`, `差出人: ${m.sender}`, subjectLine(m, 'ja'), `受付日時: ${formatJst(m.receivedAt)}`] }
    : { kind: 'list', items: [`Queue ID: ${m.id}`, `Sender: ${m.sender}`, subjectLine(m, 'en'), `Received: ${formatJst(m.receivedAt)}`] };
}

function recipientItems(f: ReportFacts, lang: 'ja' | 'en'): string[] {
  return f.recipients.map((r) => {
    const marks: string[] = [];
    if (r.class !== 'internal' && r.class !== 'unknown') marks.push(lang === 'ja' ? '社外' : 'external');
    if (r.class === 'freemail') marks.push(lang === 'ja' ? 'フリーメール' : 'free mail');
    if (r.firstTime) marks.push(lang === 'ja' ? '初めての宛先' : 'first time');
    if (r.lookalikeOf) marks.push(lang === 'ja' ? `類似ドメイン注意: ${r.lookalikeOf} に似ています` : `LOOKALIKE of ${r.lookalikeOf}`);
    if (!r.visible && r.class !== 'unknown') marks.push(lang === 'ja' ? 'BCC/エンベロープのみ' : 'Bcc/envelope only');
    return marks.length ? `${r.address} 【${marks.join('・')}】` : r.address;
  });
}

/** What was found, why it was held, where it goes, what is attached. */
function findingsBlocks(f: ReportFacts, lang: 'ja' | 'en'): Block[] {
  const ja = lang === 'ja';
  const blocks: Block[] = [];
  if (f.rules.length) {
    blocks.push({ kind: 'heading', text: ja ? '該当したルールと理由' : 'Rules matched and why' });
    blocks.push({ kind: 'list', items: f.rules.map((r) => `${describeRule(r.description, lang) || r.id} — ${describeRule(r.reason, lang)}`) });
  }
  const cats = Object.entries(f.categories).filter(([, n]) => n > 0);
  if (cats.length || f.personCount !== null) {
    blocks.push({ kind: 'heading', text: ja ? '検出された情報の種類と件数' : 'Kinds of data found' });
    const items = cats.map(([c, n]) => `${ja ? categoryLabel(c).ja : categoryLabel(c).en}: ${n}${ja ? '件' : ''}`);
    if (f.personCount !== null) items.push(ja ? `推定人数: ${f.personCount}名` : `Estimated number of people: ${f.personCount}`);
    blocks.push({ kind: 'list', items });
  }
  if (f.findings.length) {
    blocks.push({ kind: 'heading', text: ja ? '検出箇所（値は一部を伏せています）' : 'Where (values are masked)' });
    const shown = f.findings.slice(0, 20).map((x) => `${x.location}: ${ja ? categoryLabel(x.category).ja : categoryLabel(x.category).en} ${x.sample}${x.count > 1 ? ` (×${x.count})` : ''}`);
    if (f.findings.length > 20) shown.push(ja ? `ほか ${f.findings.length - 20} 箇所` : `and ${f.findings.length - 20} more`);
    blocks.push({ kind: 'list', items: shown });
  }
  blocks.push({ kind: 'heading', text: ja ? '宛先' : 'Recipients' });
  blocks.push({ kind: 'list', items: recipientItems(f, lang) });
  if (f.attachments.length) {
    blocks.push({ kind: 'heading', text: ja ? '添付ファイル' : 'Attachments' });
    blocks.push({ kind: 'list', items: f.attachments });
  }
  if (isPpapHold(Object.keys(f.categories).filter((c) => (f.categories[c] ?? 0) > 0))) {
    blocks.push({ kind: 'heading', text: ja ? 'PPAP の代わりにダウンロードリンクを' : 'Use a download link instead of PPAP' });
    blocks.push({ kind: 'para', text: ppapAdvice[lang] });
  }
  return blocks;
}

/** Where a sender finds all their held and delayed mail (/my), after signing in. */
export function myPageBlocks(myPage: string | undefined, lang: 'ja' | 'en'): Block[] {
  if (!myPage) return [];
  return lang === 'ja'
    ? [{ kind: 'para', text: '保留中・一時保留中の自分のメールは「自分の送信メール」ページでも確認・操作できます（サインインが必要です）。' }, { kind: 'link', label: '自分の送信メール', url: myPage }]
    : [{ kind: 'para', text: 'You can also see and act on all your held and delayed mail on the "My sent mail" page (sign-in required).' }, { kind: 'link', label: 'My sent mail', url: myPage }];
}

export function heldForSelfCheck(m: MessageSummary, link: string, deadline: number, thenApproval: boolean, myPage?: string): NoticeDocument {
  return {
    subject: `【要確認】送信メールが保留されました / Your message is on hold: please check it (${m.id})`,
    ja: [
      { kind: 'para', text: 'あなたが送信したメールは、情報漏えい防止ポリシーにより送信前に保留されました。内容を確認し、送信するか取り消すかを選んでください。' },
      identity(m, 'ja'),
      ...findingsBlocks(m.facts, 'ja'),
      { kind: 'heading', text: '確認すること（チェックリスト）' },
      { kind: 'list', items: ['宛先: 宛先・CC・BCC は正しいですか。社外・初めての宛先・類似ドメインに注意してください。', '添付: 添付ファイルは正しいものですか。不要な個人データを含んでいませんか。', '本文: 本文に送ってはいけない個人情報が含まれていませんか。'] },
      { kind: 'link', label: '確認ページを開く（1回限り有効）', url: link },
      { kind: 'para', text: `${formatJst(deadline)} までに確認されない場合、このメールは送信されずに期限切れとなります。${thenApproval ? '確認後、上長の承認を経て送信されます。' : '確認するとすぐに送信されます。'}` },
      { kind: 'para', text: 'このリンクを他人に転送しないでください。心当たりがない場合は管理者に連絡してください。' },
      ...myPageBlocks(myPage, 'ja'),
    ],
    en: [
      { kind: 'para', text: 'The message you sent was held by the data-loss-prevention policy. Please check it, then send or cancel it.' },
      identity(m, 'en'),
      ...findingsBlocks(m.facts, 'en'),
      { kind: 'heading', text: 'Checklist' },
      { kind: 'list', items: ['Recipients: are To/Cc/Bcc right? Watch for external, first-time and lookalike domains.', 'Attachments: is it the right file, without personal data that should not go out?', 'Body: does the text contain personal data that must not be sent?'] },
      { kind: 'link', label: 'Open the self-check page (single use)', url: link },
      { kind: 'para', text: `If not checked by ${formatJst(deadline)}, the message expires and is not sent. ${thenApproval ? 'After your check, a supervisor approves it before it is sent.' : 'Once you confirm, it is sent immediately.'}` },
      { kind: 'para', text: 'Do not forward this link. If you did not send this message, contact your administrator.' },
      ...myPageBlocks(myPage, 'en'),
    ],
  };
}

export function heldForApprovalToSender(m: MessageSummary, deadline: number, myPage?: string): NoticeDocument {
  return {
    subject: `【保留】送信メールは承認待ちです / Your message is waiting for approval (${m.id})`,
    ja: [
      { kind: 'para', text: `あなたが送信したメールは、上長の承認待ちです。承認されると送信されます。${formatJst(deadline)} までに承認されない場合は送信されません。` },
      identity(m, 'ja'),
      ...findingsBlocks(m.facts, 'ja'),
      ...myPageBlocks(myPage, 'ja'),
    ],
    en: [
      { kind: 'para', text: `The message you sent is waiting for a supervisor's approval and is sent once approved. If not approved by ${formatJst(deadline)}, it is not sent.` },
      identity(m, 'en'),
      ...findingsBlocks(m.facts, 'en'),
      ...myPageBlocks(myPage, 'en'),
    ],
  };
}

export function approvalRequest(m: MessageSummary, link: string, deadline: number, opts: { selfCheckedAt?: number; fallback: boolean; escalation?: boolean; reminder?: boolean }): NoticeDocument {
  const prefixJa = opts.escalation ? '【代理承認のお願い】' : opts.reminder ? '【再通知・承認依頼】' : '【承認依頼】';
  const prefixEn = opts.escalation ? 'Escalated: approval needed' : opts.reminder ? 'Reminder: approval needed' : 'Approval needed';
  return {
    subject: `${prefixJa}保留中の送信メール / ${prefixEn} (${m.id})`,
    ja: [
      { kind: 'para', text: `${opts.escalation ? '承認者の対応がないため、代理承認者のあなたにお知らせします。' : ''}次のメールが送信前に保留され、あなたの承認を待っています。内容を確認して承認または却下してください。` },
      identity(m, 'ja'),
      { kind: 'list', items: [opts.selfCheckedAt ? `送信者の確認: 済（${formatJst(opts.selfCheckedAt)}）` : '送信者の確認: 対象外', `期限: ${formatJst(deadline)}（期限を過ぎると送信されません）`, ...(opts.fallback ? ['この送信者には承認者が設定されていないため、代替の承認者グループに送られています。'] : [])] },
      ...findingsBlocks(m.facts, 'ja'),
      { kind: 'link', label: '承認画面を開く', url: link },
      { kind: 'para', text: 'ご自身が送信したメールは承認できません。' },
    ],
    en: [
      { kind: 'para', text: `${opts.escalation ? 'The approvers have not acted, so this comes to you as a delegate. ' : ''}The following message was held before sending and waits for your approval. Please review it, then approve or deny it.` },
      identity(m, 'en'),
      { kind: 'list', items: [opts.selfCheckedAt ? `Sender's self-check: done (${formatJst(opts.selfCheckedAt)})` : "Sender's self-check: not required", `Deadline: ${formatJst(deadline)} (not sent after it)`, ...(opts.fallback ? ['This sender has no approver configured; it was routed to the fallback group.'] : [])] },
      ...findingsBlocks(m.facts, 'en'),
      { kind: 'link', label: 'Open the approval page', url: link },
      { kind: 'para', text: 'Nobody can approve their own message.' },
    ],
  };
}

export type Outcome = 'approved' | 'denied' | 'returned' | 'expired' | 'cancelled';

export function outcomeToSender(m: MessageSummary, outcome: Outcome, by: string | null, comment: string | undefined, reason?: RejectReason): NoticeDocument {
  const ja: Record<Outcome, [string, string]> = {
    approved: ['【承認】送信メールが承認されました', 'メールは承認され、送信されます。'],
    denied: ['【却下】送信メールは却下されました', 'メールは承認者により却下され、送信されません。必要であれば内容を見直して送り直してください。'],
    returned: ['【差し戻し】送信メールが差し戻されました', 'メールは承認者により差し戻され、送信されません。下のコメントに従って内容を直し、新しいメールとして送り直してください。'],
    expired: ['【期限切れ】送信メールは送信されませんでした', '期限までに確認・承認されなかったため、メールは送信されませんでした。必要であれば送り直してください。'],
    cancelled: ['【取消】送信メールを取り消しました', 'ご自身の操作により、メールの送信を取り消しました。メールは送信されません。'],
  };
  const en: Record<Outcome, [string, string]> = {
    approved: ['Approved: your message is being sent', 'Your message was approved and is being sent.'],
    denied: ['Denied: your message was not sent', 'A supervisor denied your message; it is not sent. Review it and send it again if needed.'],
    returned: ['Returned: please fix your message and send it again', 'A supervisor returned your message; it is not sent. Fix it as the comment below says and send it again as a new message.'],
    expired: ['Expired: your message was not sent', 'Nobody confirmed or approved it before the deadline, so it was not sent. Send it again if needed.'],
    cancelled: ['Cancelled: your message was not sent', 'You cancelled the message; it is not sent.'],
  };
  const extraJa = [...(by ? [`対応者: ${by}`] : []), ...(reason ? [`理由: ${rejectReasonLabel(reason, 'ja')}`] : []), ...(comment ? [`コメント: ${comment}`] : [])];
  const extraEn = [...(by ? [`By: ${by}`] : []), ...(reason ? [`Reason: ${rejectReasonLabel(reason, 'en')}`] : []), ...(comment ? [`Comment: ${comment}`] : [])];
  return {
    subject: `${ja[outcome][0]} / ${en[outcome][0]} (${m.id})`,
    ja: [{ kind: 'para', text: ja[outcome][1] }, identity(m, 'ja'), ...(extraJa.length ? [{ kind: 'list', items: extraJa } as Block] : [])],
    en: [{ kind: 'para', text: en[outcome][1] }, identity(m, 'en'), ...(extraEn.length ? [{ kind: 'list', items: extraEn } as Block] : [])],
  };
}

export function rejectedByPolicy(m: MessageSummary): NoticeDocument {
  const notice = m.facts.notice ?? m.facts.rules[0]?.reason ?? '';
  return {
    subject: `【送信不可】送信メールはポリシーにより拒否されました / Your message was refused by policy (${m.id})`,
    ja: [
      { kind: 'para', text: 'あなたが送信したメールは、情報漏えい防止ポリシーにより送信できません。メールは送信されていません。' },
      ...(notice ? [{ kind: 'para', text: notice } as Block] : []),
      identity(m, 'ja'),
      ...findingsBlocks(m.facts, 'ja'),
    ],
    en: [
      { kind: 'para', text: 'The message you sent cannot be sent under the data-loss-prevention policy. It was not sent.' },
      ...(notice ? [{ kind: 'para', text: notice } as Block] : []),
      identity(m, 'en'),
      ...findingsBlocks(m.facts, 'en'),
    ],
  };
}

export function reminderToSender(m: MessageSummary, link: string, deadline: number): NoticeDocument {
  const doc = heldForSelfCheck(m, link, deadline, false);
  return {
    subject: `【再通知・要確認】保留中の送信メール / Reminder: your message is still on hold (${m.id})`,
    ja: [{ kind: 'para', text: `まもなく期限（${formatJst(deadline)}）です。確認されない場合、メールは送信されません。` }, ...doc.ja.slice(1)],
    en: [{ kind: 'para', text: `The deadline (${formatJst(deadline)}) is near. Unless checked, the message is not sent.` }, ...doc.en.slice(1)],
  };
}

export function noApproverToAdmin(m: MessageSummary, via: string, approvers: string[]): NoticeDocument {
  return {
    subject: `【設定確認】承認者が設定されていない送信者 / Sender without an approver (${m.id})`,
    ja: [
      { kind: 'para', text: `送信者 ${m.sender} に承認者が設定されていないため、保留メールを代替の承認者グループ（${approvers.join(', ') || '管理者'}）に回しました。policies/approvers.yaml に経路を追加してください。` },
      { kind: 'list', items: [`受付番号: ${m.id}`, `経路: ${via}`] },
    ],
    en: [
      { kind: 'para', text: `Sender ${m.sender} has no approver, so the held message went to the fallback group (${approvers.join(', ') || 'administrators'}). Add a route in policies/approvers.yaml.` },
      { kind: 'list', items: [`Queue ID: ${m.id}`, `Routing: ${via}`] },
    ],
  };
}
