import type { RejectReason } from './types.js';

/** The short list offered when denying (却下), in the words the sender reads in the notice. */
const labels: Record<RejectReason, [ja: string, en: string]> = {
  wrong_recipient: ['宛先が誤っている', 'Wrong recipient'],
  wrong_attachment: ['添付ファイルが誤っている', 'Wrong attachment'],
  too_much_personal_data: ['必要以上の個人データを含む', 'More personal data than needed'],
  no_business_need: ['業務上の必要性が確認できない', 'No business need shown'],
  send_securely: ['安全な方法（共有リンク・暗号化等）で送るべき', 'Must be sent by a secure channel'],
  other: ['その他', 'Other'],
};

export function rejectReasonLabel(reason: RejectReason, lang: 'ja' | 'en'): string {
  return labels[reason][lang === 'ja' ? 0 : 1];
}
