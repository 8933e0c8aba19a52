/**
 * Contract of the extraction stage: raw message bytes in, text with locations out.
 * Detection and policy read only these types; they never see MIME or file formats.
 */

/** A parsed mailbox from a header (display name may be empty). */
export interface MailAddress {
  name: string;
  address: string;
}

/** The headers that matter for detection and policy. Subject is content too. */
export interface MessageHeaders {
  from: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  replyTo: MailAddress[];
  subject: string;
  messageId?: string;
  date?: string;
}

/** Where a segment comes from, coarse enough for policy conditions ("location type"). */
export type SourceKind = 'subject' | 'header' | 'body' | 'attachment';

/** A run of text with a human-followable location, e.g. `body (text/plain)`,
 * `attachment[1] 申込書.pdf › page 3`. */
export interface TextSegment {
  location: string;
  source: SourceKind;
  /** Name of the top-level attachment this came from (for policy on attachment names). */
  attachment?: string;
  text: string;
}

export interface TableCell {
  /** Zero-based column index. */
  column: number;
  /** Full location of the cell, e.g. `attachment[2] 名簿.zip › 一覧.xlsx › Sheet1!C17`. */
  location: string;
  text: string;
}

export interface TableRow {
  /** Location of the row, e.g. `… › Sheet1!17` or `… › row 17`. */
  location: string;
  cells: TableCell[];
}

/** Tabular data (xlsx sheet, csv/tsv, docx/html table, pdf rows when recognisable). */
export interface TableSegment {
  location: string;
  source: SourceKind;
  attachment?: string;
  /** Header row if one was recognised (cell texts by column), else null. */
  header: string[] | null;
  /** Data rows (the header row excluded). */
  rows: TableRow[];
}

/** Why a part could not be read. Stable codes; `detail` is for humans. */
export type ProblemReason =
  | 'encrypted'
  | 'unsupported_format'
  /** Images and image-only (scanned) PDFs: there is no text to read (no OCR). */
  | 'no_text'
  | 'corrupt'
  | 'limit_depth'
  | 'limit_entries'
  | 'limit_size'
  | 'limit_ratio'
  | 'limit_time'
  | 'charset'
  | 'internal_error';

export interface ExtractionProblem {
  location: string;
  reason: ProblemReason;
  detail: string;
  /** MIME type or file kind when known (e.g. `application/vnd.ms-excel`, `image/png`). */
  type?: string;
}

export interface AttachmentInfo {
  /** 1-based index among the top-level attachments, as in `attachment[2]`. */
  index: number;
  filename: string;
  contentType: string;
  size: number;
  location: string;
  encrypted: boolean;
  /** False when some part of it could not be read (see problems). */
  inspected: boolean;
}

export interface ExtractionResult {
  headers: MessageHeaders;
  /** Total size of the raw message in bytes. */
  size: number;
  segments: TextSegment[];
  tables: TableSegment[];
  attachments: AttachmentInfo[];
  /** Encrypted parts (password zip entries, protected PDF/Office). */
  encrypted: ExtractionProblem[];
  /** Parts we could not inspect for any other reason (limits, corrupt, unsupported). */
  uninspectable: ExtractionProblem[];
}

export interface ExtractionLimits {
  maxDepth: number;
  maxEntriesPerArchive: number;
  maxTotalUncompressedBytes: number;
  maxCompressionRatio: number;
  maxPartBytes: number;
  partTimeMs: number;
  messageTimeMs: number;
}

export const defaultExtractionLimits: ExtractionLimits = {
  maxDepth: 5,
  maxEntriesPerArchive: 10_000,
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxPartBytes: 50 * 1024 * 1024,
  partTimeMs: 10_000,
  messageTimeMs: 30_000,
};
