/** The sender's notice for a delayed message: Japanese first, then English (masked data only). */
import type { NoticeDocument } from '../notices/document.js';
import { formatJst, myPageBlocks, type MessageSummary } from '../notices/content.js';

export interface DelayLinks {
  sendNow: string;
  cancel: string;
  /** The sender's own page (/my). */
  myPage?: string;
}

function recipientItems(m: MessageSummary, lang: 'ja' | 'en'): string[] {
  return m.facts.recipients.map((r) => {
    const marks: string[] = [];
    if (r.class !== 'internal' && r.class !== 'unknown') marks.push(lang === 'ja' ? '社外' : 'external');
    if (r.class === 'freemail') marks.push(lang === 'ja' ? 'フリーメール' : 'free mail');
    if (r.firstTime) marks.push(lang === 'ja' ? '初めての宛先' : 'first time');
    if (r.lookalikeOf) marks.push(lang === 'ja' ? `類似ドメイン注意: ${r.lookalikeOf} に似ています` : `LOOKALIKE of ${r.lookalikeOf}`);
    if (!r.visible && r.class !== 'unknown') marks.push(lang === 'ja' ? 'BCC' : 'Bcc');
    return marks.length ? `${r.address} 【${marks.join('・')}】` : r.address;
  });
}

function subjectLine(m: MessageSummary, lang: 'ja' | 'en'): string {
  if (m.subject === null) return lang === 'ja' ? '件名: （表示しません）' : 'Subject: (withheld)';
  return lang === 'ja' ? `件名: ${m.subject}` : `Subject: ${m.subject}`;
}

export function delayedToSender(m: MessageSummary, organisations: readonly string[], dueAt: number, links: DelayLinks): NoticeDocument {
  const orgJa = organisations.length ? organisations.join('、') : '（なし）';
  const orgEn = organisations.length ? organisations.join(', ') : '(none)';
  return {
    subject: `【送信保留中】${formatJst(dueAt)} に送信されます / Your message will be sent at ${formatJst(dueAt)} (${m.id})`,
    ja: [
      { kind: 'para', text: `あなたが送信したメールは、誤送信防止のため一時保留されています。${formatJst(dueAt)} に自動で送信されます。宛先や添付ファイルに誤りがあれば、それまでに取り消してください。` },
      { kind: 'list', items: [`受付番号: ${m.id}`, subjectLine(m, 'ja'), `受付日時: ${formatJst(m.receivedAt)}`, `送信予定: ${formatJst(dueAt)}`] },
      { kind: 'heading', text: `宛先（${m.facts.recipients.length}件）` },
      { kind: 'list', items: recipientItems(m, 'ja') },
      { kind: 'heading', text: '送信先の組織（社外）' },
      { kind: 'para', text: orgJa },
      { kind: 'heading', text: `添付ファイル（${m.facts.attachments.length}件）` },
      m.facts.attachments.length ? { kind: 'list', items: m.facts.attachments } : { kind: 'para', text: '（なし）' },
      { kind: 'link', label: '今すぐ送信', url: links.sendNow },
      { kind: 'link', label: '送信を取り消す（確認画面が開きます）', url: links.cancel },
      { kind: 'para', text: 'リンクはそれぞれ1回限り有効です。取り消したメールは送信されません。このリンクを他人に転送しないでください。' },
      ...myPageBlocks(links.myPage, 'ja'),
    ],
    en: [
      { kind: 'para', text: `The message you sent is briefly held to prevent mis-sending. It will be sent automatically at ${formatJst(dueAt)}. If a recipient or attachment is wrong, cancel it before then.` },
      { kind: 'list', items: [`Queue ID: ${m.id}`, subjectLine(m, 'en'), `Received: ${formatJst(m.receivedAt)}`, `Scheduled: ${formatJst(dueAt)}`] },
      { kind: 'heading', text: `Recipients (${m.facts.recipients.length})` },
      { kind: 'list', items: recipientItems(m, 'en') },
      { kind: 'heading', text: 'Outside organisations' },
      { kind: 'para', text: orgEn },
      { kind: 'heading', text: `Attachments (${m.facts.attachments.length})` },
      m.facts.attachments.length ? { kind: 'list', items: m.facts.attachments } : { kind: 'para', text: '(none)' },
      { kind: 'link', label: 'Send now', url: links.sendNow },
      { kind: 'link', label: 'Cancel sending (opens a confirmation page)', url: links.cancel },
      { kind: 'para', text: 'Each link works once. A cancelled message is never sent. Do not forward these links.' },
      ...myPageBlocks(links.myPage, 'en'),
    ],
  };
}
