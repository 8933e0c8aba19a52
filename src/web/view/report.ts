/**
 * Tolerant reader of what the pipeline stored with a message (MessageRecord.inspection and .hold).
 * The inspector's `details` is free-form JSON; the UI reads these keys when present:
 * `findings: Finding[]`, `summary: DetectionSummary`, `attachments: AttachmentInfo[]`
 * (also under `detection.findings` / `detection.summary` / `extraction.attachments`).
 */
import type { Finding } from '../../detect/types.js';
import type { InspectionReport } from '../../pipeline/types.js';
import type { MatchedRule, RecipientFacts, Verdict } from '../../policy/types.js';
import { rejectReasons, type HoldInfo, type RejectReason } from '../../workflow/types.js';

function obj(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export interface ReportView {
  verdict: Verdict | undefined;
  rules: MatchedRule[];
  recipients: RecipientFacts[];
  findings: Finding[];
  /** category → occurrences. */
  categories: Record<string, number>;
  personCount: number | undefined;
  recordCount: number | undefined;
  attachments: Array<{ filename: string; contentType: string; size: number; encrypted: boolean; inspected: boolean }> | undefined;
  monitorOnly: boolean;
}

export function readReport(inspection: unknown): ReportView {
  const report = obj(inspection) as Partial<InspectionReport> | undefined;
  const verdict = obj(report?.verdict) as Verdict | undefined;
  const details = obj(report?.details) ?? {};
  const detection = obj(details.detection) ?? {};
  const extraction = obj(details.extraction) ?? {};
  const findings: Finding[] = arr(details.findings ?? detection.findings)
    .map(obj)
    .filter((f): f is Record<string, unknown> => !!f && typeof f.category === 'string')
    .map((f) => ({
      category: str(f.category) as Finding['category'],
      confidence: (['high', 'medium', 'low'].includes(str(f.confidence)) ? f.confidence : 'medium') as Finding['confidence'],
      count: num(f.count) ?? 1,
      location: str(f.location),
      sample: str(f.sample),
      hashes: [],
      ...(typeof f.context === 'string' ? { context: f.context } : {}),
      ...(typeof f.reason === 'string' ? { reason: f.reason } : {}),
      ...(f.subject === 'third_person' || f.subject === 'business_contact' || f.subject === 'participant' ? { subject: f.subject } : {}),
      ...(typeof f.subjectReason === 'string' ? { subjectReason: f.subjectReason } : {}),
      ...(Array.isArray(f.cells) ? { cells: f.cells.map((c) => str(c)) } : {}),
    }));
  const summary = obj(details.summary ?? detection.summary);
  let categories: Record<string, number> = {};
  const summaryCategories = obj(summary?.categories);
  if (summaryCategories) {
    for (const [k, v] of Object.entries(summaryCategories)) if (num(v)) categories[k] = num(v)!;
  } else {
    categories = {};
    for (const f of findings) if (f.confidence !== 'low') categories[f.category] = (categories[f.category] ?? 0) + f.count;
  }
  const rawAttachments = details.attachments ?? extraction.attachments;
  const attachments = Array.isArray(rawAttachments)
    ? rawAttachments.map(obj).filter((a): a is Record<string, unknown> => !!a).map((a) => ({
        filename: str(a.filename ?? a.name),
        contentType: str(a.contentType, 'application/octet-stream'),
        size: num(a.size) ?? 0,
        encrypted: a.encrypted === true,
        inspected: a.inspected !== false,
      }))
    : undefined;
  return {
    verdict,
    rules: arr(verdict?.matched).map(obj).filter((m): m is Record<string, unknown> => !!m).map((m) => m as unknown as MatchedRule),
    recipients: arr(verdict?.recipients).map(obj).filter((r): r is Record<string, unknown> => !!r && typeof r.address === 'string').map((r) => r as unknown as RecipientFacts),
    findings,
    categories,
    personCount: num(summary?.personCount),
    recordCount: num(summary?.recordCount),
    attachments,
    monitorOnly: verdict?.monitorOnly === true,
  };
}

export function readHold(hold: unknown): Partial<HoldInfo> {
  const h = obj(hold) ?? {};
  return {
    stages: arr(h.stages).filter((s): s is 'selfCheck' | 'approval' => s === 'selfCheck' || s === 'approval'),
    ...(num(h.heldAt) !== undefined ? { heldAt: num(h.heldAt)! } : {}),
    ...(num(h.deadline) !== undefined ? { deadline: num(h.deadline)! } : {}),
    approvers: arr(h.approvers).map((a) => str(a)),
    delegates: arr(h.delegates).map((a) => str(a)),
    ...(num(h.decidedAt) !== undefined ? { decidedAt: num(h.decidedAt)! } : {}),
    ...(typeof h.decidedBy === 'string' ? { decidedBy: h.decidedBy } : {}),
    ...(typeof h.comment === 'string' ? { comment: h.comment } : {}),
    ...(num(h.selfCheckedAt) !== undefined ? { selfCheckedAt: num(h.selfCheckedAt)! } : {}),
    ...(typeof h.rejectReason === 'string' && (rejectReasons as readonly string[]).includes(h.rejectReason) ? { rejectReason: h.rejectReason as RejectReason } : {}),
    ...(typeof h.department === 'string' ? { department: h.department } : {}),
    ...(typeof h.via === 'string' ? { via: h.via } : {}),
    ...(typeof h.fallback === 'boolean' ? { fallback: h.fallback } : {}),
    ...(num(h.escalatedAt) !== undefined ? { escalatedAt: num(h.escalatedAt)! } : {}),
    ...(num(h.approvalStartedAt) !== undefined ? { approvalStartedAt: num(h.approvalStartedAt)! } : {}),
  };
}
