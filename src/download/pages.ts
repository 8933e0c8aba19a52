/** The recipient's pages: Japanese first (English via ?lang=en), phone-friendly, no scripts. */
import { html, type SafeHtml } from '../web/html.js';
import { formatJst } from '../workflow/notices/content.js';
import { formatSize } from '../release/link-notice.js';
import type { DownloadLinkRecord } from '../store/types.js';

export type Lang = 'ja' | 'en';

const words = {
  ja: {
    title: 'ファイルのダウンロード',
    intro: 'メールの添付ファイルは、誤送信防止のためこのページからダウンロードする形でお届けしています。',
    expires: '有効期限',
    files: 'ファイル',
    download: 'ダウンロード',
    limit: (n: number) => `各ファイル ${n} 回までダウンロードできます`,
    askAddress: 'このメールを受け取ったメールアドレスを入力してください。確認コードをお送りします。',
    address: 'メールアドレス',
    sendCode: '確認コードを送信',
    codeSent: '入力されたアドレスがこのメールの宛先であれば、確認コードを送信しました。メールをご確認ください（有効期限 10 分）。',
    enterCode: '確認コード（6桁）',
    verify: '確認する',
    wrong: '確認コードが正しくありません。',
    codeExpired: '確認コードの有効期限が切れました。もう一度送信してください。',
    locked: '確認コードの誤入力が続いたため、しばらくロックしています。時間をおいてお試しください。',
    rateLimited: '確認コードの送信回数が上限に達しました。しばらくしてからお試しください。',
    verified: (a: string) => `${a} として確認済みです。`,
    limitReached: 'このファイルはダウンロード回数の上限に達しました。送信者にお問い合わせください。',
    revokedTitle: 'このリンクは取り消されました',
    revoked: '送信者によりファイルの公開が取り消されました。ダウンロードはできません。心当たりのない場合は、このメールを削除してください。',
    expiredTitle: 'ダウンロードの有効期限が切れました',
    expired: 'このリンクの有効期限が過ぎたため、ダウンロードできません。必要な場合は送信者にお問い合わせください。',
    notFoundTitle: 'ページが見つかりません',
    notFound: 'リンクが正しくないか、すでに削除されています。メールのリンクをもう一度ご確認ください。',
    other: 'English',
    footer: 'このページは送信元組織の情報漏えい防止ゲートウェイが提供しています。',
  },
  en: {
    title: 'Download files',
    intro: 'The attachments of the message you received are delivered through this page to prevent mis-sending.',
    expires: 'Available until',
    files: 'Files',
    download: 'Download',
    limit: (n: number) => `Each file can be downloaded ${n} time(s)`,
    askAddress: 'Enter the e-mail address that received the message. We will send a confirmation code to it.',
    address: 'E-mail address',
    sendCode: 'Send code',
    codeSent: 'If the address is a recipient of the message, a confirmation code was sent to it (valid for 10 minutes).',
    enterCode: 'Confirmation code (6 digits)',
    verify: 'Confirm',
    wrong: 'The code is not correct.',
    codeExpired: 'The code has expired. Please request a new one.',
    locked: 'Too many wrong codes: locked for a while. Please try again later.',
    rateLimited: 'Too many codes were requested. Please try again later.',
    verified: (a: string) => `Confirmed as ${a}.`,
    limitReached: 'This file reached its download limit. Please contact the sender.',
    revokedTitle: 'This link was withdrawn',
    revoked: 'The sender withdrew these files; they can no longer be downloaded. If you did not expect this message, please delete it.',
    expiredTitle: 'The download has expired',
    expired: 'This link has expired and the files can no longer be downloaded. Please contact the sender if you still need them.',
    notFoundTitle: 'Page not found',
    notFound: 'The link is not correct or was removed. Please check the link in the message.',
    other: '日本語',
    footer: 'This page is provided by the sending organisation’s data-loss-prevention gateway.',
  },
} as const;

export type Notice = 'code_sent' | 'wrong' | 'code_expired' | 'locked' | 'rate_limited' | 'limit_reached';

const css = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",Meiryo,sans-serif;background:#f4f6f8;color:#1d2733;line-height:1.6}
main{max-width:640px;margin:0 auto;padding:20px 16px}h1{font-size:1.35rem;margin:.2em 0 .6em}
.card{background:#fff;border-radius:10px;padding:18px;box-shadow:0 1px 3px rgba(0,0,0,.12);margin-bottom:16px}
.lang{float:right;font-size:.9rem}ul.files{list-style:none;padding:0;margin:0}ul.files li{display:flex;flex-wrap:wrap;gap:8px;align-items:center;justify-content:space-between;padding:10px 0;border-top:1px solid #e3e7eb}
ul.files li:first-child{border-top:0}.name{font-weight:600;word-break:break-all}.size{color:#5b6775;font-size:.9rem}
.btn,button{display:inline-block;background:#1a5fb4;color:#fff;border:0;border-radius:8px;padding:10px 18px;font-size:1rem;text-decoration:none;cursor:pointer;min-height:44px}
input{width:100%;font-size:1.05rem;padding:10px;border:1px solid #9aa5b1;border-radius:8px;margin:6px 0 12px}
.note{background:#eef5ff;border-left:4px solid #1a5fb4;padding:10px 12px;border-radius:6px}.warn{background:#fff4e5;border-left:4px solid #c46a00;padding:10px 12px;border-radius:6px}
.meta{color:#5b6775;font-size:.92rem}footer{color:#6b7785;font-size:.8rem;text-align:center;margin-top:24px}`;

function layout(lang: Lang, title: string, langHref: string, body: SafeHtml): string {
  const w = words[lang];
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex,nofollow"><meta name="referrer" content="no-referrer"><title>${title}</title><style>${css}</style></head><body><main><a class="lang" href="${langHref}">${w.other}</a>${body}<footer>${w.footer}</footer></main></body></html>`.toString();
}

export function statusPage(lang: Lang, kind: 'revoked' | 'expired' | 'not_found', langHref: string): string {
  const w = words[lang];
  const [title, text] = kind === 'revoked' ? [w.revokedTitle, w.revoked] : kind === 'expired' ? [w.expiredTitle, w.expired] : [w.notFoundTitle, w.notFound];
  return layout(lang, title, langHref, html`<h1>${title}</h1><div class="card"><p class="warn">${text}</p></div>`);
}

export function linkPage(input: {
  lang: Lang;
  base: string;
  link: DownloadLinkRecord;
  verified: string | undefined;
  notice?: Notice | undefined;
  codeRequested: boolean;
}): string {
  const { lang, base, link, verified } = input;
  const w = words[lang];
  const q = lang === 'en' ? '?lang=en' : '';
  const canDownload = !link.data.verifyCode || verified !== undefined;
  const noticeText = input.notice ? { code_sent: w.codeSent, wrong: w.wrong, code_expired: w.codeExpired, locked: w.locked, rate_limited: w.rateLimited, limit_reached: w.limitReached }[input.notice] : undefined;
  const files = link.data.files.map(
    (f, i) =>
      html`<li><span><span class="name">${f.name}</span><br><span class="size">${formatSize(f.size)}</span></span>${canDownload ? html`<a class="btn" href="${base}/f/${i}${q}" download>${w.download}</a>` : ''}</li>`,
  );
  const verify = canDownload
    ? verified
      ? html`<p class="meta">${w.verified(verified)}</p>`
      : ''
    : html`<div class="card"><form method="post" action="${base}/code${q}"><label>${w.askAddress}<input type="email" name="address" autocomplete="email" required inputmode="email"></label><button type="submit">${w.sendCode}</button></form>
${input.codeRequested ? html`<form method="post" action="${base}/verify${q}" style="margin-top:18px"><label>${w.enterCode}<input name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required></label><button type="submit">${w.verify}</button></form>` : ''}</div>`;
  const body = html`<h1>${w.title}</h1>
<div class="card"><p>${w.intro}</p><p class="meta">${w.expires}: ${formatJst(link.expiresAt)}${link.data.maxDownloads !== null ? html`<br>${w.limit(link.data.maxDownloads)}` : ''}</p></div>
${noticeText ? html`<p class="${input.notice === 'code_sent' ? 'note' : 'warn'}">${noticeText}</p>` : ''}
${verify}
<div class="card"><h2 style="font-size:1.05rem;margin:0 0 6px">${w.files}</h2><ul class="files">${files}</ul></div>`;
  return layout(lang, w.title, lang === 'en' ? base : `${base}?lang=en`, body);
}
