/** Test helpers: fixtures and messages composed by nodemailer (a real MIME writer). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';

export const samplesDir = fileURLToPath(new URL('../../samples/extract/', import.meta.url));

export function sample(name: string): Buffer {
  return readFileSync(samplesDir + name);
}

export interface ComposeAttachment {
  filename: string;
  content: Buffer | string;
  contentType?: string;
}

/** Builds a raw message with the given attachments (base64, RFC 2231 names as nodemailer writes them). */
export function compose(options: { subject?: string; text?: string; html?: string; attachments?: ComposeAttachment[] } = {}): Promise<Buffer> {
  const mail: Mail.Options = {
    from: '山田太郎 <taro@example.jp>',
    to: 'partner@example.com',
    cc: '佐藤花子 <hanako@example.jp>',
    subject: options.subject ?? 'テスト',
    text: options.text ?? '添付をご確認ください。',
    attachments: (options.attachments ?? []).map((a) => ({ ...a })),
  };
  if (options.html !== undefined) mail.html = options.html;
  return new MailComposer(mail).compile().build();
}

/** Attaches one fixture file to a fresh message. */
export function mailWith(name: string, filename = name, contentType?: string): Promise<Buffer> {
  return compose({ attachments: [{ filename, content: sample(name), ...(contentType ? { contentType } : {}) }] });
}
