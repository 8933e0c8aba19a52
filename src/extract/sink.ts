import type { ExtractionProblem, ProblemReason, TableSegment, TextSegment } from './types.js';

/** Collects what the extractors find; one per message, shared by nested parts. */
export class ExtractionSink {
  readonly segments: TextSegment[] = [];
  readonly tables: TableSegment[] = [];
  readonly encrypted: ExtractionProblem[] = [];
  readonly uninspectable: ExtractionProblem[] = [];

  addText(segment: TextSegment): void {
    if (segment.text.trim().length === 0) return;
    this.segments.push(segment);
  }

  addTable(table: TableSegment): void {
    if (table.rows.length === 0 && (table.header === null || table.header.length === 0)) return;
    this.tables.push(table);
  }

  problem(location: string, reason: ProblemReason, detail: string, type?: string): void {
    const problem: ExtractionProblem = type ? { location, reason, detail, type } : { location, reason, detail };
    if (reason === 'encrypted') this.encrypted.push(problem);
    else this.uninspectable.push(problem);
  }

  /** Problem counts so a caller can tell whether a part added any. */
  mark(): { encrypted: number; uninspectable: number } {
    return { encrypted: this.encrypted.length, uninspectable: this.uninspectable.length };
  }
}
