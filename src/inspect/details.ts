import type { Verdict } from '../policy/types.js';
import type { ScanOutcome } from './scan-protocol.js';

/**
 * What is kept with a message about its inspection: masked findings, summaries, parts that
 * could not be read, attachment names. No extracted text and no unmasked values.
 */
export function inspectionDetails(scanned: ScanOutcome, verdict: Verdict): Record<string, unknown> {
  const { extraction, detection } = scanned;
  return {
    inspected: true,
    subject: extraction.headers.subject,
    from: extraction.headers.from,
    to: extraction.headers.to,
    cc: extraction.headers.cc,
    findings: detection.findings,
    summary: detection.summary,
    attachments: extraction.attachments,
    encrypted: extraction.encrypted,
    uninspectable: extraction.uninspectable,
    recipientSummary: verdict.recipientSummary,
    timings: { extractMs: Math.round(scanned.extractMs), detectMs: Math.round(scanned.detectMs) },
  };
}
