import type { MessageRecord } from '../store/types.js';
import type { Verdict } from '../policy/types.js';

/** What the inspection of one message produced, stored with the message (masked data only). */
export interface InspectionReport {
  verdict: Verdict;
  /** Findings, summary, attachments and problems as JSON-safe data (no full values). */
  details: Record<string, unknown>;
  durationMs: number;
}

/** Seam between the pipeline and extract → detect → decide. */
export interface Inspector {
  inspect(record: MessageRecord, raw: Buffer): Promise<InspectionReport>;
  close?(): Promise<void>;
}

/** Seam for the hold workflow: called once a message entered a held state. */
export interface HoldHandler {
  onHeld(record: MessageRecord, report: InspectionReport): Promise<void>;
  onRejected(record: MessageRecord, report: InspectionReport): Promise<void>;
  /** Optional: a message entered `delayed` (send delay); tell the sender when the policy says so. */
  onDelayed?(record: MessageRecord, report: InspectionReport): Promise<void>;
}
