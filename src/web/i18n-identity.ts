/** UI strings of single sign-on (sign-in page buttons, callback and sign-out pages), Japanese first; `en` has every key of `ja`. */
import type { Lang } from './i18n.js';

const ja = {
  ssoHeading: '組織のアカウントでサインイン',
  ssoButton: '{label}でサインイン',
  localHeading: 'ローカルアカウント',
  localAdminsOnly: 'ローカルアカウントでのサインインは、管理者の緊急用アカウントに限られています。',
  localOff: 'ローカルアカウントでのサインインは無効です。組織のアカウントでサインインしてください。',
  unknownProvider: 'このサインイン方法は設定されていません。',
  providerUnavailable: '認証サービスに接続できませんでした。しばらくしてから再度お試しください。',
  ssoFailed: 'サインインできませんでした。もう一度お試しください。',
  ssoExpired: 'サインインの有効期限が切れたか、既に使用されています。もう一度サインインしてください。',
  ssoRefused: 'このアカウントではサインインできません。管理者に連絡してください。',
  ssoCancelled: 'サインインが取り消されました。',
  continue: '続ける',
  redirecting: 'サインインしています…',
  providerSignOut: '組織のアカウントからもサインアウトしています…',
};

type IdentityKey = keyof typeof ja;

const en: Record<IdentityKey, string> = {
  ssoHeading: "Sign in with your organisation's account",
  ssoButton: 'Sign in with {label}',
  localHeading: 'Local account',
  localAdminsOnly: 'Local accounts are limited to the emergency administrator accounts.',
  localOff: "Local accounts are switched off. Sign in with your organisation's account.",
  unknownProvider: 'This sign-in method is not configured.',
  providerUnavailable: 'The sign-in service could not be reached. Please try again later.',
  ssoFailed: 'Sign-in failed. Please try again.',
  ssoExpired: 'This sign-in expired or was already used. Please sign in again.',
  ssoRefused: 'This account may not sign in here. Contact an administrator.',
  ssoCancelled: 'Sign-in was cancelled.',
  continue: 'Continue',
  redirecting: 'Signing you in…',
  providerSignOut: "Signing you out of your organisation's account too…",
};

export type IdentityTranslate = (key: IdentityKey, vars?: Record<string, string | number>) => string;

export function identityText(lang: Lang): IdentityTranslate {
  const table: Record<IdentityKey, string> = lang === 'en' ? en : ja;
  return (key, vars) => {
    let text = table[key];
    if (vars) for (const [k, v] of Object.entries(vars)) text = text.split(`{${k}}`).join(String(v));
    return text;
  };
}
