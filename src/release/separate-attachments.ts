/**
 * 添付ファイルのダウンロードリンク化 as a release step: attachment parts are removed, stored
 * encrypted (vault.ts) behind one download link per message, and a Japanese/English text+HTML
 * part with the link is added. Every other part and the original header fields stay byte for
 * byte; inspection already ran on the original.
 */
import { randomBytes } from 'node:crypto';
import type { SeparateAttachmentsSettings } from '../policy/types.js';
import type { DownloadFile, Store } from '../store/types.js';
import { linkNotice, linkNoticePart } from './link-notice.js';
import { decodeBody, fileNameOf, headerValue, lineEnding, parseMime, serialise, type MimeNode } from './mime-tree.js';
import { separationOf, type ReleaseTransform } from './types.js';
import { linkIdOf, type FileVault } from './vault.js';

export interface SeparateAttachmentsDeps {
  store: Store;
  vault: FileVault;
  /** `download.publicUrl`: where recipients open `/d/<token>`. */
  publicUrl: string;
}

interface Removed {
  name: string;
  contentType: string;
  bytes: Buffer;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

function isAttachment(node: MimeNode, parentType: string | undefined): boolean {
  if (node.contentType.startsWith('multipart/')) return false;
  if (node.contentType === 'message/rfc822') return true;
  if (node.disposition === 'attachment') return true;
  if (!fileNameOf(node)) return false;
  if (node.contentType === 'text/plain' || node.contentType === 'text/html') return false;
  // An image the HTML body shows (cid:) stays with it.
  if (parentType === 'multipart/related' && headerValue(node.header, 'content-id')) return false;
  return true;
}

/** Per-file exceptions of the policy: small files and listed types stay in the mail. */
export function keptByException(settings: SeparateAttachmentsSettings, name: string, contentType: string, size: number): boolean {
  if (settings.keepBelowBytes !== null && size < settings.keepBelowBytes) return true;
  const ext = extensionOf(name);
  return settings.keepTypes.some((t) => (t.startsWith('.') ? t === ext : t.endsWith('/*') ? contentType.startsWith(t.slice(0, -1)) : t === contentType));
}

/** The tree without its attachments (kept nodes are the same objects), collecting what was removed. */
function strip(node: MimeNode, settings: SeparateAttachmentsSettings, removed: Removed[], parentType: string | undefined): MimeNode | null {
  if (node.boundary) {
    const children: MimeNode[] = [];
    let changed = false;
    for (const child of node.children) {
      const kept = strip(child, settings, removed, node.contentType);
      if (kept !== child) changed = true;
      if (kept) children.push(kept);
    }
    if (!changed) return node;
    return { ...node, children };
  }
  if (!isAttachment(node, parentType)) return node;
  const bytes = decodeBody(node);
  const name = fileNameOf(node) ?? (node.contentType === 'message/rfc822' ? `message-${removed.length + 1}.eml` : `attachment-${removed.length + 1}.bin`);
  if (keptByException(settings, name, node.contentType, bytes.length)) return node;
  removed.push({ name, contentType: node.contentType, bytes });
  return null;
}

/** The header block without the named fields (continuation lines included). */
function withoutFields(header: Buffer, names: readonly string[]): string {
  const lines = header.toString('latin1').split(/(?<=\n)/);
  const out: string[] = [];
  let dropping = false;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && line.trim() !== '') {
      if (!dropping) out.push(line);
      continue;
    }
    dropping = names.some((n) => line.toLowerCase().startsWith(`${n}:`) || new RegExp(`^${n}[ \\t]+:`, 'i').test(line));
    if (!dropping) out.push(line);
  }
  return out.join('');
}

/** Only the Content-* fields of a header block (for the part that keeps the old body). */
function contentFields(header: Buffer): string {
  const lines = header.toString('latin1').split(/(?<=\n)/);
  const out: string[] = [];
  let keeping = false;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && line.trim() !== '') {
      if (keeping) out.push(line);
      continue;
    }
    keeping = /^content-/i.test(line);
    if (keeping) out.push(line);
  }
  return out.join('');
}

export function createSeparateAttachments(deps: SeparateAttachmentsDeps): ReleaseTransform {
  return {
    name: 'separate-attachments',
    appliesTo: (ctx) => separationOf(ctx) !== undefined,
    async apply(raw, ctx) {
      const settings = separationOf(ctx);
      if (!settings) return null;
      const eol = lineEnding(raw);
      const tree = parseMime(raw);
      const removed: Removed[] = [];
      const stripped = strip(tree, settings, removed, undefined);
      if (removed.length === 0) return null;

      // The link: same token for the same message (a retried release reissues the same link).
      const token = deps.vault.linkToken(ctx.id);
      const linkId = linkIdOf(token);
      const files: DownloadFile[] = removed.map((r, i) => ({ id: `${linkId.slice(0, 32)}-${i}`, name: r.name, contentType: r.contentType, size: r.bytes.length, downloads: 0 }));
      for (const [i, file] of files.entries()) await deps.store.putDownloadBlob(file.id, deps.vault.encrypt(file.id, removed[i]!.bytes));
      const expiresAt = ctx.now + settings.expiryMs;
      const link = await deps.store.createDownloadLink(
        {
          id: linkId,
          messageId: ctx.id,
          createdAt: ctx.now,
          expiresAt,
          version: 1,
          revokedAt: null,
          revokedBy: null,
          purged: false,
          data: {
            sender: ctx.mailFrom.toLowerCase(),
            recipients: [...new Set(ctx.recipients.map((r) => r.toLowerCase()))],
            files,
            maxDownloads: settings.maxDownloads,
            verifyCode: settings.verifyCode,
            notifySender: settings.notifySender,
            code: null,
            failures: 0,
            lockedUntil: 0,
            codeRequests: [],
            firstDownloadAt: null,
          },
        },
        { at: ctx.now, messageId: ctx.id, actor: 'release', action: 'download_link_created', detail: { files: files.length, bytes: files.reduce((n, f) => n + f.size, 0), expiresAt, verifyCode: settings.verifyCode, maxDownloads: settings.maxDownloads } },
      );
      const url = `${deps.publicUrl.replace(/\/+$/, '')}/d/${token}`;
      const doc = linkNotice({ url, expiresAt: link.expiresAt, files: link.data.files, verifyCode: link.data.verifyCode, maxDownloads: link.data.maxDownloads });
      const notice = parseMime(linkNoticePart(doc, `dlp-link-${randomBytes(12).toString('hex')}`, eol));
      notice.boundary = undefined; // a finished entity: serialised as built

      let out: Buffer;
      if (stripped && stripped.boundary && tree.contentType === 'multipart/mixed') {
        out = serialise({ ...stripped, children: [...stripped.children, notice] }, eol);
      } else {
        // Not multipart/mixed (or the whole message was the attachment): wrap what is left in a new
        // multipart/mixed; the original header fields stay, only Content-* move to the inner part.
        const boundary = `dlp-mixed-${randomBytes(12).toString('hex')}`;
        const top = withoutFields(tree.header, ['content-type', 'content-transfer-encoding', 'content-disposition']).replace(/\r?\n$/, '');
        const hasMimeVersion = headerValue(tree.header, 'mime-version') !== undefined;
        const inner = stripped ? Buffer.concat([Buffer.from(`${contentFields(tree.header)}${eol}`, 'latin1'), stripped.boundary ? serialise(stripped, eol).subarray(stripped.header.length) : stripped.body]) : undefined;
        out = Buffer.concat([
          Buffer.from(`${top}${hasMimeVersion ? '' : `MIME-Version: 1.0${eol}`}Content-Type: multipart/mixed; boundary="${boundary}"${eol}${eol}`, 'latin1'),
          ...(inner ? [Buffer.from(`--${boundary}${eol}`, 'latin1'), inner, Buffer.from(eol, 'latin1')] : []),
          Buffer.from(`--${boundary}${eol}`, 'latin1'),
          serialise(notice, eol),
          Buffer.from(`${eol}--${boundary}--${eol}`, 'latin1'),
        ]);
      }
      return {
        raw: out,
        auditNotes: [{ step: 'separate-attachments', detail: { files: files.length, bytes: files.reduce((n, f) => n + f.size, 0), types: [...new Set(files.map((f) => f.contentType))], expiresAt: link.expiresAt } }],
      };
    },
  };
}
