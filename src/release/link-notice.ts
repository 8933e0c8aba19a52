/** The part that replaces the attachments: Japanese first, then English; one link per message. */
import { formatJst } from '../workflow/notices/content.js';
import { renderHtml, renderText, type NoticeDocument } from '../workflow/notices/document.js';

export interface LinkNoticeInput {
  url: string;
  expiresAt: number;
  files: Array<{ name: string; size: number }>;
  verifyCode: boolean;
  maxDownloads: number | null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function linkNotice(input: LinkNoticeInput): NoticeDocument {
  const items = input.files.map((f) => `${f.name} (${formatSize(f.size)})`);
  const expires = formatJst(input.expiresAt);
  return {
    subject: '',
    ja: [
      { kind: 'heading', text: '添付ファイルのダウンロードのご案内' },
      { kind: 'para', text: `このメールの添付ファイル（${input.files.length}件）は、誤送信・情報漏えい防止のため、下記のリンクからダウンロードしていただく形でお届けしています。` },
      { kind: 'list', items },
      { kind: 'link', label: 'ダウンロードページを開く', url: input.url },
      {
        kind: 'para',
        text: [
          `有効期限: ${expires}`,
          ...(input.maxDownloads !== null ? [`ダウンロード回数の上限: 各ファイル ${input.maxDownloads} 回`] : []),
          ...(input.verifyCode ? ['ダウンロードの際、このメールを受け取ったメールアドレス宛てに確認コードをお送りします。'] : []),
          '送信者が送信を取り消した場合、リンクは無効になります。',
        ].join('\n'),
      },
    ],
    en: [
      { kind: 'heading', text: 'Attachments available for download' },
      { kind: 'para', text: `The ${input.files.length} attachment(s) of this message are delivered as a download link to prevent mis-sending and data leaks.` },
      { kind: 'list', items },
      { kind: 'link', label: 'Open the download page', url: input.url },
      {
        kind: 'para',
        text: [
          `Available until: ${expires}`,
          ...(input.maxDownloads !== null ? [`Download limit: ${input.maxDownloads} per file`] : []),
          ...(input.verifyCode ? ['A confirmation code is sent to the address that received this message.'] : []),
          'The link stops working if the sender withdraws it.',
        ].join('\n'),
      },
    ],
  };
}

function base64Lines(text: string, eol: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join(eol);
}

/** A multipart/alternative MIME entity (header + body) in the message's own line ending. */
export function linkNoticePart(doc: NoticeDocument, boundary: string, eol: string): Buffer {
  const text = renderText(doc).replace(/\r?\n/g, '\r\n');
  const htmlBody = renderHtml(doc).replace(/\r?\n/g, '\r\n');
  return Buffer.from(
    [
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(text, eol),
      `--${boundary}`,
      'Content-Type: text/html; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(htmlBody, eol),
      `--${boundary}--`,
      '',
    ].join(eol),
    'latin1',
  );
}
