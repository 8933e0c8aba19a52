/**
 * What the recipient's download page may do, as decisions over the stored link. The HTTP
 * handlers (server.ts) only translate; every state change is compare-and-set on the link's
 * version, so two requests (or two nodes) never count one download twice or reuse one code.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.js';
import { maskAddress } from '../log/logger.js';
import type { DownloadFile, DownloadLinkData, DownloadLinkRecord, Store } from '../store/types.js';
import { linkIdOf, type FileVault } from '../release/vault.js';

export interface DownloadSettings {
  codeTtlMs: number;
  maxFailures: number;
  lockMs: number;
  maxRequestsPerHour: number;
  grantMs: number;
}

export interface DownloadServiceDeps {
  store: Store;
  vault: FileVault;
  clock: Clock;
  settings: DownloadSettings;
  /** Mail a notice (the code to a recipient; the first download to the sender). */
  sendNotice(about: DownloadLinkRecord, type: 'download_code' | 'first_download', to: string, input: { code?: string; fileName?: string }): Promise<void>;
}

export type LinkState = 'active' | 'revoked' | 'expired' | 'purged';

/** Pure: what the page shows for this link now (withdrawn wins over expired). */
export function linkState(link: DownloadLinkRecord, now: number): LinkState {
  if (link.revokedAt !== null) return 'revoked';
  if (link.purged) return 'purged';
  if (now >= link.expiresAt) return 'expired';
  return 'active';
}

/** A token can only be one we issued: 32 bytes, base64url. Anything else is not looked up. */
export function isTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export async function findLink(store: Store, token: string): Promise<DownloadLinkRecord | undefined> {
  return isTokenShaped(token) ? store.getDownloadLink(linkIdOf(token)) : undefined;
}

/** Apply `change` to the freshest link data, retrying a few times when another request won the race. */
async function mutate<T>(
  store: Store,
  linkId: string,
  change: (link: DownloadLinkRecord) => { data: DownloadLinkData; result: T; event?: { action: string; detail: Record<string, unknown> } } | { result: T; data?: undefined },
  now: number,
): Promise<T> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const link = await store.getDownloadLink(linkId);
    if (!link) throw new Error('DOWNLOAD_LINK_GONE');
    const outcome = change(link);
    if (!outcome.data) return outcome.result;
    const event = 'event' in outcome && outcome.event ? { at: now, messageId: link.messageId, actor: 'download', action: outcome.event.action, detail: outcome.event.detail } : null;
    if (await store.updateDownloadLink(link.id, link.version, { data: outcome.data }, event)) return outcome.result;
  }
  throw new Error('DOWNLOAD_LINK_BUSY: too many concurrent changes; try again');
}

export type CodeRequestOutcome = 'sent' | 'not_recipient' | 'rate_limited' | 'locked';

/**
 * Mail a one-time code to `address` if the link was issued for it. The page answers the same for
 * 'sent' and 'not_recipient' (nobody learns who the recipients are).
 */
export async function requestCode(deps: DownloadServiceDeps, link: DownloadLinkRecord, address: string): Promise<CodeRequestOutcome> {
  const now = deps.clock.now();
  const addr = address.trim().toLowerCase();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const outcome = await mutate<CodeRequestOutcome>(
    deps.store,
    link.id,
    (l) => {
      if (l.data.lockedUntil > now) return { result: 'locked' };
      const recent = l.data.codeRequests.filter((t) => t > now - 3_600_000);
      if (recent.length >= deps.settings.maxRequestsPerHour) return { result: 'rate_limited' };
      // Not counted against the link's limit: someone holding a forwarded link must not be able
      // to lock the real recipients out. Nothing is mailed, so nothing needs limiting.
      if (!l.data.recipients.includes(addr)) return { result: 'not_recipient' };
      return {
        result: 'sent',
        data: { ...l.data, codeRequests: [...recent, now], code: { hash: deps.vault.mac('code', `${l.id}|${addr}|${code}`), address: addr, expiresAt: now + deps.settings.codeTtlMs } },
        event: { action: 'download_code_sent', detail: { to: maskAddress(addr) } },
      };
    },
    now,
  );
  if (outcome === 'sent') await deps.sendNotice(link, 'download_code', addr, { code });
  if (outcome === 'not_recipient') {
    await deps.store.appendEvent({ at: now, messageId: link.messageId, actor: 'download', action: 'download_code_refused', detail: { reason: 'not a recipient' } });
  }
  return outcome;
}

export type VerifyOutcome = { ok: true; address: string; grant: string; grantExpiresAt: number } | { ok: false; reason: 'wrong' | 'expired' | 'locked' | 'no_code' };

export async function verifyCode(deps: DownloadServiceDeps, link: DownloadLinkRecord, code: string): Promise<VerifyOutcome> {
  const now = deps.clock.now();
  return mutate<VerifyOutcome>(
    deps.store,
    link.id,
    (l) => {
      if (l.data.lockedUntil > now) return { result: { ok: false, reason: 'locked' } };
      const pending = l.data.code;
      if (!pending) return { result: { ok: false, reason: 'no_code' } };
      if (pending.expiresAt <= now) return { result: { ok: false, reason: 'expired' }, data: { ...l.data, code: null } };
      const given = Buffer.from(deps.vault.mac('code', `${l.id}|${pending.address}|${code.trim()}`));
      const expected = Buffer.from(pending.hash);
      if (given.length === expected.length && timingSafeEqual(given, expected)) {
        const grantExpiresAt = now + deps.settings.grantMs;
        return {
          result: { ok: true, address: pending.address, grantExpiresAt, grant: grantFor(deps.vault, l.id, pending.address, grantExpiresAt) },
          data: { ...l.data, code: null, failures: 0 },
          event: { action: 'download_code_verified', detail: { recipient: maskAddress(pending.address) } },
        };
      }
      const failures = l.data.failures + 1;
      if (failures >= deps.settings.maxFailures) {
        return {
          result: { ok: false, reason: 'locked' },
          data: { ...l.data, failures: 0, code: null, lockedUntil: now + deps.settings.lockMs },
          event: { action: 'download_locked', detail: { failures, lockedUntil: now + deps.settings.lockMs } },
        };
      }
      return { result: { ok: false, reason: 'wrong' }, data: { ...l.data, failures }, event: { action: 'download_code_failed', detail: { failures } } };
    },
    now,
  );
}

/** Cookie value proving a verified address for a while: `<expiresAt>.<address b64url>.<mac>`. */
export function grantFor(vault: FileVault, linkId: string, address: string, expiresAt: number): string {
  return `${expiresAt}.${Buffer.from(address).toString('base64url')}.${vault.mac('grant', `${linkId}|${address}|${expiresAt}`)}`;
}

/** The verified address of a grant cookie, or undefined (absent, forged, other link, expired). */
export function checkGrant(vault: FileVault, linkId: string, cookie: string | undefined, now: number): string | undefined {
  const m = /^(\d{1,16})\.([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/.exec(cookie ?? '');
  if (!m) return undefined;
  const expiresAt = Number(m[1]);
  const address = Buffer.from(m[2]!, 'base64url').toString('utf8');
  const expected = Buffer.from(vault.mac('grant', `${linkId}|${address}|${expiresAt}`));
  const given = Buffer.from(m[3]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || expiresAt <= now) return undefined;
  return address;
}

export type DownloadOutcome =
  | { ok: true; file: DownloadFile; bytes: Buffer }
  | { ok: false; reason: 'no_such_file' | 'limit_reached' | 'not_available' };

/** Count the download (within the limit), log it, decrypt the file; notify the sender the first time. */
export async function downloadFile(
  deps: DownloadServiceDeps,
  link: DownloadLinkRecord,
  index: number,
  who: { recipient: string | null; clientAddress: string; userAgent: string },
): Promise<DownloadOutcome> {
  const now = deps.clock.now();
  const counted = await mutate<{ file: DownloadFile; first: boolean } | 'no_such_file' | 'limit_reached' | 'not_available'>(
    deps.store,
    link.id,
    (l) => {
      if (linkState(l, now) !== 'active') return { result: 'not_available' };
      const file = l.data.files[index];
      if (!file) return { result: 'no_such_file' };
      if (l.data.maxDownloads !== null && file.downloads >= l.data.maxDownloads) return { result: 'limit_reached' };
      const files = l.data.files.map((f, i) => (i === index ? { ...f, downloads: f.downloads + 1 } : f));
      const first = l.data.firstDownloadAt === null;
      return {
        result: { file, first },
        data: { ...l.data, files, firstDownloadAt: l.data.firstDownloadAt ?? now },
        event: { action: 'downloaded', detail: { file: index, recipient: who.recipient ? maskAddress(who.recipient) : null, count: file.downloads + 1 } },
      };
    },
    now,
  );
  if (typeof counted === 'string') return { ok: false, reason: counted };
  const blob = await deps.store.getDownloadBlob(counted.file.id);
  if (!blob) return { ok: false, reason: 'not_available' };
  const bytes = deps.vault.decrypt(counted.file.id, blob);
  await deps.store.appendDownloadLog({ at: now, messageId: link.messageId, linkId: link.id, fileId: counted.file.id, fileName: counted.file.name, recipient: who.recipient, clientAddress: who.clientAddress, userAgent: who.userAgent.slice(0, 300) });
  if (counted.first && link.data.notifySender && link.data.sender) await deps.sendNotice(link, 'first_download', link.data.sender, { fileName: counted.file.name });
  return { ok: true, file: counted.file, bytes };
}

/** Withdraw a link (sender, approver or admin after spotting a mis-send); audited. False if already withdrawn. */
export async function revokeLink(store: Store, link: DownloadLinkRecord, by: string, now: number): Promise<boolean> {
  if (link.revokedAt !== null) return false;
  return store.updateDownloadLink(link.id, link.version, { revokedAt: now, revokedBy: by }, { at: now, messageId: link.messageId, actor: by, action: 'download_link_revoked', detail: { files: link.data.files.length } });
}

/** RFC 6266 / RFC 5987: an ASCII fallback plus the UTF-8 name (Japanese names intact). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'download';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
