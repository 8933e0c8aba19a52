/**
 * What a PPAP hold tells the sender instead: the password travels the same path as the file, so
 * it protects nothing; send the file as a download link (attachment separation) and do not
 * send the password mail. Japanese first.
 */
const ppapCategories = new Set(['ppap_pair', 'ppap_password', 'ppap_notice']);

export function isPpapHold(categories: Iterable<string>): boolean {
  for (const c of categories) if (ppapCategories.has(c)) return true;
  return false;
}

export const ppapAdvice = {
  ja: 'パスワード付きファイルとパスワードを別々のメールで送る方法（PPAP）は、両方が同じ経路で届くため情報を守れません。パスワードのメールは送信せずに取り消し、ファイルはダウンロードリンク（添付ファイルのリンク化）で送ってください。リンクは期限切れや取り消しができます。',
  en: 'Sending an encrypted file and its password in separate mails (PPAP) protects nothing: both travel the same path. Cancel the password mail, and send the file as a download link instead (attachment separation); a link can expire and be revoked.',
} as const;
