import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { randomBytes } from 'node:crypto';
import { renderHtml, renderText, type NoticeDocument } from './document.js';

export interface ComposeInput {
  from: string;
  to: string;
  doc: NoticeDocument;
  now: number;
  hostname: string;
  /** Our queue id of the message this notice is about. */
  aboutId: string;
  /** `held`, `approval_request`, `approved`, … (header X-DLP-Notice). */
  type: string;
}

/** MIME notice: UTF-8, text + HTML alternative, marked auto-generated so nobody auto-replies. */
export async function composeNotice(input: ComposeInput): Promise<Buffer> {
  const composer = new MailComposer({
    from: input.from,
    to: input.to,
    subject: input.doc.subject,
    date: new Date(input.now),
    messageId: `<notice.${input.now.toString(36)}.${randomBytes(6).toString('hex')}@${input.hostname}>`,
    text: renderText(input.doc),
    html: renderHtml(input.doc),
    textEncoding: 'base64',
    headers: {
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      'X-DLP-Notice': input.type,
      'X-DLP-Queue-Id': input.aboutId,
    },
  });
  return composer.compile().build();
}
