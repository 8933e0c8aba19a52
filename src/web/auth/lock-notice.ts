import os from 'node:os';
import { composeNotice } from '../../workflow/notices/compose.js';
import { formatJst } from '../../workflow/notices/content.js';
import type { NoticeDocument } from '../../workflow/notices/document.js';
import { newQueueId } from '../../receive/queue-id.js';
import type { UserRecord } from '../../store/types.js';
import type { WebContext } from '../context.js';

function lockedDoc(user: UserRecord, client: string, until: number): NoticeDocument {
  return {
    subject: `【セキュリティ】サインインの失敗が続いたため一時的にロックしました / Sign-in temporarily locked (${user.username})`,
    ja: [
      { kind: 'para', text: `アカウント ${user.username} へのサインインが、接続元 ${client} から続けて失敗したため、この接続元からのサインインを ${formatJst(until)} まで止めています。他の場所からは通常どおりサインインできます。` },
      { kind: 'para', text: '心当たりがない場合は、パスワードを変更し、管理者に連絡してください。管理者はユーザー管理画面からロックを解除できます。' },
    ],
    en: [
      { kind: 'para', text: `Sign-ins to ${user.username} kept failing from ${client}, so sign-ins from that address are paused until ${formatJst(until)}. Other networks are not affected.` },
      { kind: 'para', text: 'If this was not you, change your password and tell your administrator, who can unlock it on the Users page.' },
    ],
  };
}

/** Tell the account's owner (its own address) that a client was locked out; queued like any notice. */
export async function queueLockNotice(ctx: WebContext, user: UserRecord, client: string, until: number): Promise<void> {
  if (!user.email) return;
  const now = ctx.clock.now();
  const sender = ctx.config.workflow.noticeSender;
  const hostname = ctx.config.smtp.hostname ?? os.hostname();
  const about = `user:${user.username}`;
  const raw = await composeNotice({ from: `"DLP Gateway" <${sender || `mailer-daemon@${hostname}`}>`, to: user.email, doc: lockedDoc(user, client, until), now, hostname, aboutId: about, type: 'sign_in_locked' });
  const id = newQueueId(now);
  await ctx.store.accept(
    { id, kind: 'notice', receivedAt: now, mailFrom: sender, rcptTo: [user.email], raw, client: { generatedFor: about, notice: 'sign_in_locked' }, initialState: 'queued' },
    { at: now, messageId: id, actor: 'web', action: 'notice_queued', detail: { for: about, type: 'sign_in_locked' } },
  );
  ctx.wakeRelay();
}
