/** UI strings of the directory page (src/web/pages/directory.ts), Japanese first; `en` has every key of `ja`. */
import type { Lang } from './i18n.js';

const ja = {
  nav: 'ディレクトリ',
  title: 'ディレクトリ連携（LDAP / Active Directory）',
  notConfigured: 'ディレクトリ連携は設定されていません（directory.ldap）。承認者は policies/approvers.yaml だけで割り当てられます。',
  statusOk: '同期は正常です。',
  statusFailed: '最後の同期に失敗しました。承認者の割り当てには、最後に成功した時点のデータを使っています。',
  statusNever: 'まだ一度も同期に成功していません。',
  lastSuccess: '最終同期（成功）',
  lastFailure: '最終失敗',
  reason: '理由',
  people: '人数',
  groups: 'グループ数',
  disabled: '無効化されている人',
  server: 'サーバー',
  interval: '自動同期の間隔',
  intervalOff: 'なし（手動のみ）',
  minutes: '{n} 分',
  syncNow: '今すぐ同期',
  syncDone: '同期しました: {people} 人、{groups} グループ（追加 {added}、削除 {removed}、変更 {changed}）。無効化したアカウント: {accounts}。',
  syncFailed: '同期に失敗しました（{code}）。最後に成功したデータを引き続き使います: {reason}',
  never: '—',
};

type DirectoryKey = keyof typeof ja;

const en: Record<DirectoryKey, string> = {
  nav: 'Directory',
  title: 'Directory sync (LDAP / Active Directory)',
  notConfigured: 'No directory is configured (directory.ldap). Approvers are routed by policies/approvers.yaml alone.',
  statusOk: 'The sync is working.',
  statusFailed: 'The last sync failed. Approver routing uses the last good copy.',
  statusNever: 'No sync has succeeded yet.',
  lastSuccess: 'Last successful sync',
  lastFailure: 'Last failure',
  reason: 'Reason',
  people: 'People',
  groups: 'Groups',
  disabled: 'Disabled people',
  server: 'Server',
  interval: 'Automatic sync every',
  intervalOff: 'never (on demand only)',
  minutes: '{n} min',
  syncNow: 'Sync now',
  syncDone: 'Synced: {people} people, {groups} groups (added {added}, removed {removed}, changed {changed}). Accounts disabled: {accounts}.',
  syncFailed: 'The sync failed ({code}). The last good copy stays in use: {reason}',
  never: '—',
};

export type DirectoryTranslate = (key: DirectoryKey, vars?: Record<string, string | number>) => string;

export function directoryText(lang: Lang): DirectoryTranslate {
  const table = lang === 'en' ? en : ja;
  return (key, vars = {}) => table[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? `{${name}}`));
}
