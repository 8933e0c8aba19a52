/** Mails of the download flow (one-time code, first download), queued like every other notice. */
import { maskAddress } from '../log/logger.js';
import { newQueueId } from '../receive/queue-id.js';
import type { Clock } from '../clock.js';
import type { DownloadLinkRecord, Store } from '../store/types.js';
import { composeNotice } from '../workflow/notices/compose.js';
import type { NoticeDocument } from '../workflow/notices/document.js';
import { formatJst } from '../workflow/notices/content.js';

export interface DownloadNoticeDeps {
  store: Store;
  clock: Clock;
  hostname: string;
  /** workflow.noticeSender (empty: null envelope sender, From mailer-daemon@hostname). */
  noticeSender: string;
  wakeRelay: () => void;
}

function codeDocument(code: string, ttlMinutes: number): NoticeDocument {
  return {
    subject: `【確認コード】${code} ファイルのダウンロード / Your download code`,
    ja: [
      { kind: 'para', text: `ファイルのダウンロードページで、次の確認コードを入力してください（${ttlMinutes}分間有効）。` },
      { kind: 'heading', text: `確認コード: ${code}` },
      { kind: 'para', text: 'このコードを他人に教えないでください。心当たりのない場合は、このメールを破棄してください。' },
    ],
    en: [
      { kind: 'para', text: `Enter this confirmation code on the download page (valid for ${ttlMinutes} minutes).` },
      { kind: 'heading', text: `Code: ${code}` },
      { kind: 'para', text: 'Do not share this code. If you did not ask for it, please ignore this message.' },
    ],
  };
}

function firstDownloadDocument(link: DownloadLinkRecord, fileName: string, at: number): NoticeDocument {
  return {
    subject: `【ダウンロード通知】添付ファイルがダウンロードされました / Your attachment was downloaded (${link.messageId})`,
    ja: [
      { kind: 'para', text: `あなたが送信したメール（受付番号 ${link.messageId}）の添付ファイルが、${formatJst(at)} に初めてダウンロードされました。` },
      { kind: 'list', items: [`ファイル: ${fileName}`] },
      { kind: 'para', text: '誤送信に気づいた場合は、メッセージの画面からリンクを取り消せます（取り消し後はダウンロードできません）。' },
    ],
    en: [
      { kind: 'para', text: `An attachment of your message (queue ID ${link.messageId}) was downloaded for the first time at ${formatJst(at)}.` },
      { kind: 'list', items: [`File: ${fileName}`] },
      { kind: 'para', text: 'If the message went to the wrong person, withdraw the link on the message page (no further downloads).' },
    ],
  };
}

export function createDownloadNotices(deps: DownloadNoticeDeps, codeTtlMs: number) {
  return async (link: DownloadLinkRecord, type: 'download_code' | 'first_download', to: string, input: { code?: string; fileName?: string }): Promise<void> => {
    const now = deps.clock.now();
    const doc = type === 'download_code' ? codeDocument(input.code ?? '', Math.round(codeTtlMs / 60_000)) : firstDownloadDocument(link, input.fileName ?? '', now);
    const from = deps.noticeSender || `mailer-daemon@${deps.hostname}`;
    const raw = await composeNotice({ from: `"DLP Gateway" <${from}>`, to, doc, now, hostname: deps.hostname, aboutId: link.messageId, type });
    const id = newQueueId(now);
    await deps.store.accept(
      { id, kind: 'notice', receivedAt: now, mailFrom: deps.noticeSender, rcptTo: [to], raw, client: { generatedFor: link.messageId, notice: type }, initialState: 'queued' },
      { at: now, messageId: id, actor: 'download', action: 'notice_queued', detail: { for: link.messageId, type } },
    );
    await deps.store.appendEvent({ at: now, messageId: link.messageId, actor: 'download', action: 'notice_queued', detail: { notice: id, type, to: maskAddress(to) } });
    deps.wakeRelay();
  };
}
