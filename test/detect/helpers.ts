/** Builders of ExtractionResult objects for detection tests (synthetic data only). */
import type { ExtractionResult, MailAddress, TableSegment } from '../../src/extract/types.js';
import { createDetector, type Detector } from '../../src/detect/index.js';
import type { Finding } from '../../src/detect/types.js';

let shared: Promise<Detector> | undefined;
/** One detector per test file: kuromoji takes about a second to load. */
export function detector(): Promise<Detector> {
  shared ??= createDetector({ hashKey: 'test-key' });
  return shared;
}

export function mail(body: string, opts: { from?: MailAddress[]; to?: MailAddress[]; source?: 'body' | 'attachment' } = {}): ExtractionResult {
  return {
    headers: { from: opts.from ?? [], to: opts.to ?? [], cc: [], bcc: [], replyTo: [], subject: '' },
    size: body.length,
    segments: [{ location: 'body (text/plain)', source: opts.source ?? 'body', text: body }],
    tables: [],
    attachments: [],
    encrypted: [],
    uninspectable: [],
  };
}

export function table(header: string[] | null, rows: string[][], location = 'attachment[1] 名簿.xlsx › Sheet1'): TableSegment {
  return {
    location,
    source: 'attachment',
    attachment: '名簿.xlsx',
    header,
    rows: rows.map((cells, r) => ({
      location: `${location}!${r + 2}`,
      cells: cells.map((text, c) => ({ column: c, location: `${location}!${String.fromCharCode(65 + c)}${r + 2}`, text })),
    })),
  };
}

export function withTables(...tables: TableSegment[]): ExtractionResult {
  return { ...mail(''), segments: [], tables };
}

export function of(findings: Finding[], category: string): Finding[] {
  return findings.filter((f) => f.category === category);
}

/** Highest confidence found for a category, or 'none'. */
export function best(findings: Finding[], category: string): 'high' | 'medium' | 'low' | 'none' {
  const cs = of(findings, category).map((f) => f.confidence);
  return cs.includes('high') ? 'high' : cs.includes('medium') ? 'medium' : cs.includes('low') ? 'low' : 'none';
}
