/**
 * Store contract of the release stage (src/release/) and the download listener (src/download/):
 * the released form of a modified message, download links, their encrypted files and their log.
 * Implemented by both stores (SQLite: files in the data directory; PostgreSQL: BYTEA rows).
 */
import type { NewAuditEvent } from './types.js';

/** A file behind a download link (the bytes are an encrypted blob under `id`). */
export interface DownloadFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  /** Completed downloads of this file (counted against the link's limit). */
  downloads: number;
}

/** The pending one-time code of a link (only its keyed hash is kept). */
export interface PendingCode {
  hash: string;
  /** The recipient address it was mailed to (lower case). */
  address: string;
  expiresAt: number;
}

/** Mutable state of a link; changed compare-and-set on the record's version. */
export interface DownloadLinkData {
  sender: string;
  /** Addresses the link was issued for (the message's recipients, lower case). */
  recipients: string[];
  files: DownloadFile[];
  maxDownloads: number | null;
  verifyCode: boolean;
  notifySender: boolean;
  code: PendingCode | null;
  /** Wrong codes since the last success or lock. */
  failures: number;
  lockedUntil: number;
  /** When codes were requested (the last hour only): requests are rate limited. */
  codeRequests: number[];
  firstDownloadAt: number | null;
}

export interface DownloadLinkRecord {
  /** SHA-256 of the token in the link (hex): the store never holds a usable link. */
  id: string;
  messageId: string;
  createdAt: number;
  expiresAt: number;
  version: number;
  revokedAt: number | null;
  revokedBy: string | null;
  /** Files removed after expiry + retention; the record and the log stay. */
  purged: boolean;
  data: DownloadLinkData;
}

export interface DownloadLogEntry {
  at: number;
  messageId: string;
  linkId: string;
  fileId: string;
  fileName: string;
  /** Address verified by a one-time code; null when the link needs no code. */
  recipient: string | null;
  clientAddress: string;
  userAgent: string;
}

/**
 * The form in which a modified message leaves: the rewritten bytes and the envelope-only
 * recipients policy added (上長/archive Bcc). Built once, stored before the first attempt.
 */
export interface ReleasedForm {
  raw: Buffer;
  /** Added to the message's envelope recipients (lower case); none already a recipient. */
  addedRecipients: string[];
}

export interface ReleaseStore {
  /**
   * Keep the released (modified) form of a message durably; the first stored form wins and is
   * returned, so a retried release relays the same bytes to the same envelope — also when two
   * nodes race. The event is appended with it. Purged with the content.
   */
  saveReleasedForm(id: string, form: ReleasedForm, event: NewAuditEvent): Promise<ReleasedForm>;
  getReleasedForm(id: string): Promise<ReleasedForm | undefined>;
  /** Insert the link unless one with its id exists; returns the stored one. */
  createDownloadLink(link: DownloadLinkRecord, event: NewAuditEvent): Promise<DownloadLinkRecord>;
  getDownloadLink(id: string): Promise<DownloadLinkRecord | undefined>;
  downloadLinksForMessage(messageId: string): Promise<DownloadLinkRecord[]>;
  /** Compare-and-set on `version` (bumped); false when someone changed the link meanwhile. */
  updateDownloadLink(id: string, version: number, change: { data?: DownloadLinkData; revokedAt?: number; revokedBy?: string }, event: NewAuditEvent | null): Promise<boolean>;
  appendDownloadLog(entry: DownloadLogEntry): Promise<void>;
  downloadLog(messageId: string): Promise<DownloadLogEntry[]>;
  /** Durable (fsync) write of an encrypted file; overwrites a blob of the same id. */
  putDownloadBlob(id: string, bytes: Buffer): Promise<void>;
  getDownloadBlob(id: string): Promise<Buffer | undefined>;
  /** Remove the files of links that expired before `before`; audited per link. Returns how many links. */
  purgeDownloads(before: number, now: number): Promise<number>;
}

/** Blob ids are ours (hex and dashes), never a path or anything a request supplies unchecked. */
export function checkBlobId(id: string): string {
  if (!/^[a-f0-9-]{16,128}$/.test(id)) throw new Error(`DOWNLOAD_BLOB_ID_INVALID: ${JSON.stringify(id.slice(0, 40))}`);
  return id;
}
