/**
 * Evidence without downloading: what is inside each attachment, masked. Archive trees (names,
 * sizes, encrypted flags), each table's header and first rows with personal cells masked.
 * Read from the raw message at view time with the extraction stage's own readers.
 */
import { simpleParser } from 'mailparser';
import { extractMessage } from '../../extract/index.js';
import type { TableSegment } from '../../extract/types.js';
import { openZip } from '../../extract/zip.js';
import { classifyColumn, type ColumnKind } from '../../detect/columns.js';
import type { Hit } from '../../detect/hit.js';
import { sampleFor } from '../../detect/sample.js';
import type { CategoryId, Finding } from '../../detect/types.js';

export interface ArchiveEntryPreview {
  name: string;
  size: number;
  encrypted: boolean;
  directory: boolean;
}

export interface TablePreview {
  location: string;
  header: string[] | null;
  /** First rows, every cell masked where it may hold personal data. */
  rows: string[][];
  totalRows: number;
}

export interface AttachmentPreview {
  index: number;
  filename: string;
  contentType: string;
  size: number;
  archive?: { entries: ArchiveEntryPreview[]; truncated: boolean; error?: string };
  tables: TablePreview[];
}

export interface MessagePreview {
  attachments: AttachmentPreview[];
  /** Tables in the body (html tables, tab-separated text). */
  bodyTables: TablePreview[];
}

const previewRows = 5;
const maxTables = 8;
const maxEntries = 200;

const kindCategory: Partial<Record<ColumnKind, CategoryId>> = {
  person_name: 'person_name',
  address: 'address',
  phone: 'phone',
  email_address: 'email_address',
  birth_date: 'birth_date',
  my_number: 'my_number',
};

function mask(category: string, text: string): string {
  const hit: Hit = { category: category as CategoryId, start: 0, end: text.length, value: text, confidence: 'high', reason: 'preview' };
  return sampleFor(hit, text);
}

/**
 * A cell of a named personal column is masked as its kind; in other columns digit runs, e-mail
 * addresses and any cell a finding points at are masked — and every non-empty cell of a column
 * that a finding points at, since an unlabelled column of names is still names.
 */
function maskCell(kind: ColumnKind, text: string, flagged: boolean): string {
  const t = text.trim();
  if (!t) return '';
  if (kind !== 'other') return mask(kindCategory[kind] ?? 'custom.text', t);
  if (flagged) return mask('custom.text', t);
  return t
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g, (m) => mask('email_address', m))
    .replace(/[0-9０-９][0-9０-９\-‐－ ]{2,}[0-9０-９]/g, (m) => mask('birth_date', m));
}

function columnOf(location: string): string | undefined {
  return /!([A-Z]{1,3})\d+$/.exec(location)?.[1] ?? /› row \d+ col (\d+)$/.exec(location)?.[1];
}

function tablePreview(table: TableSegment, findings: Finding[]): TablePreview {
  const kinds = (table.header ?? []).map((h) => classifyColumn(h));
  // Columns (letters) and cells a finding was located in, for this table.
  const flaggedCells = new Set<string>();
  const flaggedColumns = new Set<string>();
  for (const f of findings) {
    for (const cell of [f.location, ...(f.cells ?? [])]) {
      if (!cell.startsWith(table.location)) continue;
      flaggedCells.add(cell);
      const col = columnOf(cell);
      if (col) flaggedColumns.add(col);
    }
  }
  const rows = table.rows.slice(0, previewRows).map((row) => {
    const width = Math.max(kinds.length, ...row.cells.map((c) => c.column + 1));
    const out = Array.from({ length: width }, () => '');
    for (const cell of row.cells) {
      const col = columnOf(cell.location);
      const flagged = flaggedCells.has(cell.location) || (col !== undefined && flaggedColumns.has(col));
      out[cell.column] = maskCell(kinds[cell.column] ?? 'other', cell.text, flagged);
    }
    return out;
  });
  return { location: table.location, header: table.header, rows, totalRows: table.rows.length };
}

function isZip(filename: string, contentType: string, bytes: Buffer): boolean {
  return bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50 && (/\.zip$/i.test(filename) || /zip/i.test(contentType));
}

async function archiveTree(bytes: Buffer): Promise<NonNullable<AttachmentPreview['archive']>> {
  try {
    const zip = await openZip(bytes, 10_000, 1_000_000);
    try {
      return {
        entries: zip.entries.slice(0, maxEntries).map((e) => ({ name: e.name, size: e.uncompressedSize, encrypted: e.encryption !== undefined, directory: e.isDirectory })),
        truncated: zip.entries.length > maxEntries,
      };
    } finally {
      zip.close();
    }
  } catch (err) {
    return { entries: [], truncated: false, error: (err as Error).message.slice(0, 200) };
  }
}

export async function messagePreview(raw: Buffer, findings: Finding[]): Promise<MessagePreview> {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const extraction = await extractMessage(raw);
  const tables = extraction.tables.slice(0, maxTables);
  const attachments: AttachmentPreview[] = [];
  let index = 0;
  for (const a of parsed.attachments) {
    if (a.related && !a.filename) continue;
    index++;
    const filename = a.filename ?? '';
    const prefix = `attachment[${index}]`;
    attachments.push({
      index,
      filename,
      contentType: a.contentType,
      size: a.size,
      ...(isZip(filename, a.contentType, a.content) ? { archive: await archiveTree(a.content) } : {}),
      tables: tables.filter((t) => t.location === prefix || t.location.startsWith(`${prefix} `)).map((t) => tablePreview(t, findings)),
    });
  }
  const bodyTables = tables.filter((t) => !t.location.startsWith('attachment[')).map((t) => tablePreview(t, findings));
  return { attachments, bodyTables };
}

/** Recipients by organisation (registrable domain: the last two labels, three under co.jp-style). */
export function organisationOf(address: string): string {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  const labels = domain.split('.');
  const secondLevel = /^(co|ne|or|ac|go|ed|lg|gr|ad)$/;
  const take = labels.length >= 3 && labels.at(-1)!.length === 2 && secondLevel.test(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-take).join('.');
}
