/**
 * Japanese words for what the engine records in English: detector reason codes, audit detail keys
 * and values, and rule descriptions written as 「日本語 / English」 or `{ja, en}`.
 */
import type { Lang } from './i18n.js';

const reasonPhrases: Array<[RegExp, string]> = [
  [/^check digit only$/, '検査数字が一致'],
  [/^check digit$/, '検査数字が一致'],
  [/^full name \+ honorific$/, '氏名＋敬称'],
  [/^name \+ honorific$/, '名前＋敬称'],
  [/^body table name column$/, '本文の表の氏名列'],
  [/^name column$/, '氏名の列'],
  [/^address column$/, '住所の列'],
  [/^name label$/, '「氏名」などの見出し'],
  [/^name token$/, '氏名の語'],
  [/^dictionary term$/, '辞書の語'],
  [/^format$/, '形式'],
  [/^keyword$/, '関連語'],
  [/^keyword:(.+)$/, '関連語「$1」'],
  [/^column (.*)$/, '列「$1」'],
  [/^signature$/, '署名'],
  [/^signature: (.+)$/, '署名: $1'],
  [/^account context$/, '口座の文脈'],
  [/^birth label$/, '「生年月日」の見出し'],
  [/^passport label$/, '「旅券」の見出し'],
  [/^date$/, '日付'],
  [/^postal code$/, '郵便番号'],
  [/^label$/, '見出し'],
  [/^bank$/, '銀行名'],
  [/^branch$/, '支店'],
  [/^type$/, '種別'],
  [/^number$/, '番号'],
  [/^(.+) label$/, '「$1」の見出し'],
  [/^(.+) context$/, '$1 の文脈'],
];

function phrase(part: string): string {
  const p = part.trim();
  for (const [re, ja] of reasonPhrases) if (re.test(p)) return p.replace(re, ja);
  return p;
}

/** `format + keyword` → 「形式 + 関連語」; unknown words stay as they are. */
export function reasonText(reason: string, lang: Lang): string {
  if (lang === 'en' || !reason) return reason;
  return reason
    .split(/\s\+\s/)
    .map((part) => (part.includes(': ') && !/^signature: /.test(part) ? part.split(': ').map(phrase).join(': ') : phrase(part)))
    .join(' + ');
}

export { describeRule as describe } from '../policy/description.js';

const detailKeys: Record<string, [string, string]> = {
  addedBcc: ['追加したBcc（上長・保管用）', 'Bcc added (supervisor, archive)'],
  notes: ['変更内容', 'changes'],
  bytesChanged: ['本文・ヘッダーを変更', 'bytes changed'],
  ip: ['接続元', 'from'],
  userAgent: ['ブラウザ', 'browser'],
  via: ['経路', 'via'],
  comment: ['コメント', 'comment'],
  reason: ['理由', 'reason'],
  stage: ['段階', 'stage'],
  stages: ['段階', 'stages'],
  approvers: ['承認者', 'approvers'],
  delegates: ['代理承認者', 'delegates'],
  deadline: ['期限', 'deadline'],
  fallback: ['代替', 'fallback'],
  absent: ['不在', 'absent'],
  rules: ['ルール', 'rules'],
  type: ['種類', 'type'],
  to: ['宛先', 'to'],
  notice: ['通知', 'notice'],
  for: ['対象', 'for'],
  rows: ['件数', 'rows'],
  from: ['開始', 'from'],
  bytes: ['バイト数', 'bytes'],
  method: ['方法', 'method'],
  username: ['ユーザー', 'user'],
  roles: ['ロール', 'roles'],
  releaseAs: ['送信方法', 'release as'],
  next: ['次の状態', 'next'],
  sender: ['送信者', 'sender'],
  lockedUntil: ['ロック期限', 'locked until'],
  considered: ['慎重な承認', 'considered approval'],
  risks: ['リスク', 'risks'],
  confirmed: ['確認した内容', 'confirmed'],
  tokenId: ['トークン', 'token'],
  label: ['ラベル', 'label'],
};

const detailValues: Record<string, [string, string]> = {
  web: ['画面', 'web'],
  api: ['API', 'API'],
  password: ['パスワード', 'password'],
  invalid: ['パスワード誤り・不明なユーザー', 'wrong password or unknown user'],
  locked: ['ロック中', 'locked'],
  locked_for_client: ['この接続元はロック中', 'locked for this client'],
  disabled: ['無効なアカウント', 'disabled account'],
  forbidden: ['権限なし', 'not permitted'],
  self_approval: ['自分のメール', 'own message'],
  view_required: ['未閲覧', 'not opened'],
  confirmation_required: ['確認なし', 'not confirmed'],
  reason_required: ['理由なし', 'no reason'],
  bcc: ['宛先を隠して送信', 'recipients hidden'],
  awaiting_approval: ['承認待ち', 'awaiting approval'],
  queued: ['送信待ち', 'queued'],
  approval: ['承認', 'approval'],
  selfCheck: ['送信者の確認', 'self-check'],
  true: ['はい', 'yes'],
  false: ['いいえ', 'no'],
  wrong_recipient: ['宛先が誤っている', 'wrong recipient'],
  wrong_attachment: ['添付ファイルが誤っている', 'wrong attachment'],
  too_much_personal_data: ['必要以上の個人データ', 'too much personal data'],
  no_business_need: ['業務上の必要性なし', 'no business need'],
  send_securely: ['安全な方法で送るべき', 'send securely'],
  other: ['その他', 'other'],
  bulk_personal_data: ['大量の個人データ', 'bulk personal data'],
  sensitive: ['要配慮個人情報', 'special-care data'],
  my_number: ['マイナンバー', 'My Number'],
  uninspectable: ['検査できない添付', 'uninspectable part'],
  lookalike_recipient: ['類似ドメイン', 'lookalike domain'],
};

function valueText(key: string, value: unknown, lang: Lang, formatTime: (ms: number) => string): string {
  const i = lang === 'ja' ? 0 : 1;
  if (value === null || value === undefined) return '—';
  if ((key === 'deadline' || key === 'lockedUntil' || key === 'viewedAt') && typeof value === 'number') return formatTime(value);
  if (typeof value === 'number') return value.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
  if (typeof value === 'boolean' || typeof value === 'string') return detailValues[String(value)]?.[i] ?? String(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v && 'kind' in v ? valueText(key, (v as { kind: string }).kind, lang, formatTime) : valueText(key, v, lang, formatTime))).join('、');
  if (typeof value === 'object') return detailWords(value as Record<string, unknown>, lang, formatTime).map(([k, v]) => `${k}: ${v}`).join(' / ');
  return String(value);
}

/** Audit details as label/value pairs in words (no raw JSON). */
export function detailWords(detail: Record<string, unknown>, lang: Lang, formatTime: (ms: number) => string): Array<[string, string]> {
  const i = lang === 'ja' ? 0 : 1;
  return Object.entries(detail)
    .filter(([k]) => k !== 'userAgent' && k !== 'seen')
    .map(([k, v]) => [detailKeys[k]?.[i] ?? k, valueText(k, v, lang, formatTime)]);
}
