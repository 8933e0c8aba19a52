import type { MessageState } from '../store/types.js';
import { categoryLabel } from '../policy/categories.js';
import type { Lang, Translate } from './i18n.js';
import { incidentActionLabel } from './view/incident-view.js';

/** Times are shown in Japan time whatever the server's zone is. */
const timeZone = 'Asia/Tokyo';

export function formatDateTime(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(new Date(ms));
}

/** YYYY-MM-DD of a timestamp in Japan time. */
export function jstDay(ms: number): string {
  return new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** Start of a JST day (YYYY-MM-DD) in epoch ms, or undefined for malformed input. */
export function jstDayStart(day: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00+09:00`);
  return Number.isFinite(ms) ? ms : undefined;
}

export function formatDuration(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return t('minutes', { n: minutes });
  const hours = Math.round(minutes / 6) / 10;
  if (hours < 48) return t('hours', { n: hours < 10 ? hours : Math.round(hours) });
  return t('days', { n: Math.round(hours / 24) });
}

export function formatAge(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return t('ageMinutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('ageHours', { n: hours });
  return t('ageDays', { n: Math.floor(hours / 24) });
}

/** Whole numbers with the locale's separators: 4,000 (ja and en alike). */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function stateLabel(state: MessageState, t: Translate, lang: Lang): string {
  switch (state) {
    case 'awaiting_self_check':
      return t('stateAwaitingSelfCheck');
    case 'awaiting_approval':
      return t('stateAwaitingApproval');
    case 'received':
    case 'delayed':
    case 'queued':
    case 'delivered':
    case 'bounced':
    case 'rejected':
    case 'cancelled':
    case 'denied':
    case 'returned':
    case 'expired':
      return lang === 'ja' ? finalStateJa[state] : state;
    default: {
      const never: never = state;
      return String(never);
    }
  }
}

const finalStateJa: Record<Exclude<MessageState, 'awaiting_self_check' | 'awaiting_approval'>, string> = {
  received: '受信済み（検査待ち）',
  delayed: '送信待ち（取消可能な保留中）',
  queued: '送信待ち',
  delivered: '送信済み',
  bounced: '配送失敗',
  rejected: 'ポリシーにより拒否',
  cancelled: '送信者が取消',
  denied: '却下',
  returned: '差し戻し',
  expired: '期限切れ',
};

export function categoryName(category: string, lang: Lang): string {
  return categoryLabel(category)[lang];
}

/** Badge colour class: special-care data and My Number stand out. */
export function categoryTone(category: string): 'danger' | 'warn' | 'info' {
  if (category.startsWith('sensitive.') || category === 'my_number') return 'danger';
  if (['credit_card', 'bank_account', 'passport', 'drivers_license', 'residence_card', 'health_insurance', 'pension_number', 'employment_insurance', 'national_id', 'encrypted_attachment', 'uninspectable'].includes(category)) return 'warn';
  return 'info';
}

const actionLabels: Record<string, [string, string]> = {
  received: ['受信', 'received'],
  accepted: ['受信', 'accepted'],
  passed: ['検査で問題なし', 'passed inspection'],
  held: ['保留', 'held'],
  rejected: ['ポリシーにより拒否', 'rejected by policy'],
  approved: ['承認', 'approved'],
  denied: ['却下', 'rejected by approver'],
  returned: ['差し戻し', 'returned to sender'],
  approve_refused: ['承認を拒否', 'approval refused'],
  approver_fallback: ['代替の承認者へ', 'sent to fallback approvers'],
  bounce_queued: ['不達通知を作成', 'bounce queued'],
  bounce_discarded: ['不達通知を破棄', 'bounce discarded'],
  relay_deferred: ['送信を再試行', 'relay deferred'],
  user_created: ['ユーザーを作成', 'user created'],
  user_replaced: ['ユーザーを再作成', 'user replaced'],
  user_updated: ['ユーザーを変更', 'user updated'],
  user_disabled: ['ユーザーを無効化', 'user disabled'],
  user_enabled: ['ユーザーを有効化', 'user enabled'],
  password_reset: ['パスワードを再設定', 'password reset'],
  sign_in_unlocked: ['ロックを解除', 'sign-in unlocked'],
  api_token_created: ['API トークンを発行', 'API token issued'],
  reject_refused: ['却下を拒否', 'denial refused'],
  return_refused: ['差し戻しを拒否', 'return refused'],
  self_check_confirmed: ['送信者が確認', 'confirmed by sender'],
  self_check_cancelled: ['送信者が取消', 'cancelled by sender'],
  cancelled: ['送信者が取消', 'cancelled by sender'],
  expired: ['期限切れ', 'expired'],
  reminder_sent: ['督促を送信', 'reminder sent'],
  escalated: ['エスカレーション', 'escalated'],
  delivered: ['送信完了', 'delivered'],
  bounced: ['配送失敗', 'bounced'],
  message_viewed: ['詳細を閲覧', 'viewed'],
  content_viewed: ['原文を表示', 'original shown'],
  content_downloaded: ['原文をダウンロード', 'original downloaded'],
  content_purged: ['原文を削除（保存期間）', 'content purged'],
  signed_in: ['サインイン', 'signed in'],
  signed_out: ['サインアウト', 'signed out'],
  sign_in_failed: ['サインイン失敗', 'sign-in failed'],
  sign_in_locked: ['アカウントロック', 'account locked'],
  user_provisioned: ['アカウントを自動作成（シングルサインオン）', 'account created (single sign-on)'],
  user_roles_changed: ['ロールを更新（シングルサインオン）', 'roles updated (single sign-on)'],
  inspection_failed: ['検査失敗', 'inspection failed'],
  token_refused: ['リンクを拒否', 'link refused'],
  notice_queued: ['通知を送信', 'notice queued'],
  hold_routed: ['承認者を割当', 'approvers routed'],
  audit_exported: ['監査ログを出力', 'audit log exported'],
  delayed: ['一時保留', 'send delay'],
  delay_released: ['予定どおり送信', 'released at the due time'],
  delay_sent_now: ['送信者が今すぐ送信', 'sent now by the sender'],
  delay_cancelled: ['送信者が送信を取消', 'cancelled by the sender'],
  sign_in_link_sent: ['サインイン用リンクを送信', 'sign-in link mailed'],
  sign_in_link_refused: ['サインイン用リンクを送らず', 'sign-in link not sent'],
  sender_page_viewed: ['自分の送信メールを閲覧', 'own sent mail viewed'],
  self_check_opened: ['送信者が確認ページを開く', 'self-check opened by the sender'],
  message_modified: ['ポリシーによりメールを変更（Bcc追加・件名・DKIM署名）', 'message modified by policy (Bcc, subject, DKIM)'],
};

export function actionLabel(action: string, lang: Lang): string {
  const label = actionLabels[action];
  return label ? label[lang === 'ja' ? 0 : 1] : (incidentActionLabel(action, lang) ?? action);
}
