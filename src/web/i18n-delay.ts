/** UI strings of the send-delay pages (src/web/pages/delay.ts), Japanese first; `en` has every key of `ja`. */
import type { Lang } from './i18n.js';

const ja = {
  title: '送信保留中のメール',
  sendNowIntro: 'このメールは誤送信防止のため一時保留されています。内容を確認し、問題がなければ今すぐ送信できます。',
  cancelIntro: 'このメールの送信を取り消しますか？ 取り消したメールは送信されず、元に戻せません。',
  cancelConfirmQuestion: '宛先・添付ファイルを確認し、送信を取り消す場合は下のボタンを押してください。',
  queueId: '受付番号',
  subject: '件名',
  subjectWithheld: '（表示しません）',
  dueAt: '送信予定',
  recipients: '宛先',
  external: '社外',
  organisations: '送信先の組織（社外）',
  attachments: '添付ファイル',
  none: '（なし）',
  sendNowButton: '今すぐ送信',
  cancelButton: '送信を取り消す',
  keepWaiting: '取り消さずに予定どおり送信する場合は、このページを閉じてください。',
  sentNow: 'メールを送信しました。',
  cancelled: '送信を取り消しました。このメールは送信されません。',
  alreadySent: 'このメールは既に送信されました（または送信処理中です）。取り消すことはできません。',
  alreadyCancelled: 'このメールの送信は既に取り消されています。',
  notDelayed: 'このメールは送信保留中ではありません（現在の状態: {state}）。',
  tokenInvalid: 'このリンクは無効です。',
  tokenExpired: 'このリンクは期限切れです。',
  tokenUsed: 'このリンクは使用済みです。',
  csrf: 'フォームの有効期限が切れたか、不正な送信元です。リンクを開き直してやり直してください。',
  statsTitle: '一時保留（送信の取り消し）',
  statsDelayed: '一時保留したメール',
  statsCancelled: '保留中に取り消されたメール（誤送信の防止）',
  statsSentNow: '「今すぐ送信」で送信',
  statsReleased: '保留時間の経過後に送信',
  statsCancelRate: '取消率',
  selfCheckNextDelayed: 'メールは一時保留され、{at} に送信されます（送信者に取り消し用のリンクを通知します）。',
};

type DelayKey = keyof typeof ja;

const en: Record<DelayKey, string> = {
  title: 'Message waiting to be sent',
  sendNowIntro: 'This message is briefly held to prevent mis-sending. Check it; if it is right you can send it now.',
  cancelIntro: 'Cancel sending this message? A cancelled message is not sent, and this cannot be undone.',
  cancelConfirmQuestion: 'Check the recipients and attachments; to cancel sending, press the button below.',
  queueId: 'Queue ID',
  subject: 'Subject',
  subjectWithheld: '(withheld)',
  dueAt: 'Scheduled',
  recipients: 'Recipients',
  external: 'external',
  organisations: 'Outside organisations',
  attachments: 'Attachments',
  none: '(none)',
  sendNowButton: 'Send now',
  cancelButton: 'Cancel sending',
  keepWaiting: 'To let it go as scheduled, just close this page.',
  sentNow: 'The message was sent.',
  cancelled: 'Sending was cancelled. The message will not be sent.',
  alreadySent: 'The message was already sent (or is being sent). It can no longer be cancelled.',
  alreadyCancelled: 'Sending of this message was already cancelled.',
  notDelayed: 'The message is not waiting to be sent (state: {state}).',
  tokenInvalid: 'This link is not valid.',
  tokenExpired: 'This link has expired.',
  tokenUsed: 'This link was already used.',
  csrf: 'The form expired or came from another site. Open the link again and retry.',
  statsTitle: 'Send delay (cancelled sends)',
  statsDelayed: 'Messages delayed',
  statsCancelled: 'Cancelled within the delay (mis-sends caught)',
  statsSentNow: 'Sent early ("send now")',
  statsReleased: 'Sent when the delay ended',
  statsCancelRate: 'Cancel rate',
  selfCheckNextDelayed: 'The message waits and is sent at {at} (the sender gets a link to cancel it).',
};

export type DelayTranslate = (key: DelayKey, vars?: Record<string, string | number>) => string;

export function delayText(lang: Lang): DelayTranslate {
  const table: Record<DelayKey, string> = lang === 'en' ? en : ja;
  return (key, vars) => {
    let text = table[key];
    if (vars) for (const [k, v] of Object.entries(vars)) text = text.split(`{${k}}`).join(String(v));
    return text;
  };
}
