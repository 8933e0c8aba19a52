import type { MessageRecord } from '../store/types.js';
import type { HoldInfo } from './types.js';

/** What a notice or the fatigue hint may say about a held message: masked data only. */
export interface ReportFacts {
  rules: Array<{ id: string; description: string; reason: string }>;
  findings: Array<{ category: string; count: number; location: string; sample: string; confidence: string }>;
  /** category → occurrences */
  categories: Record<string, number>;
  personCount: number | null;
  recipients: Array<{ address: string; class: string; visible: boolean; firstTime: boolean; lookalikeOf?: string }>;
  attachments: string[];
  /** Attachments reported encrypted or not inspected (never "clean"). */
  uninspectableParts: number;
  notice: string | null;
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback;
}
function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Defence in depth: detection already masks samples; any long digit run that still slipped
 * through keeps only its last four digits, so a notice never carries a full number.
 */
export function remask(sample: string): string {
  return sample.replace(/\d{5,}/g, (run) => `${'*'.repeat(run.length - 4)}${run.slice(-4)}`);
}

/**
 * Read the stored InspectionReport (JSON) without trusting its shape: findings may sit in
 * `details.findings` or `details.detection.findings`, attachments in `details.attachments` or
 * `details.extraction.attachments`.
 */
export function reportFacts(record: MessageRecord): ReportFacts {
  const report = obj(record.inspection);
  const verdict = obj(report.verdict);
  const details = obj(report.details);
  const detection = obj(details.detection);
  const findings = arr(details.findings).length ? arr(details.findings) : arr(detection.findings);
  const summary = Object.keys(obj(details.summary)).length ? obj(details.summary) : obj(detection.summary);
  const attachmentList = arr(details.attachments).length ? arr(details.attachments) : arr(obj(details.extraction).attachments);
  const facts: ReportFacts = {
    rules: arr(verdict.matched).filter((m) => obj(obj(m).action).kind !== 'pass').map((m) => ({ id: str(obj(m).id), description: str(obj(m).description), reason: str(obj(m).reason) })),
    findings: findings.map((f) => {
      const o = obj(f);
      return { category: str(o.category, 'unknown'), count: num(o.count) ?? 1, location: str(o.location), sample: remask(str(o.sample)), confidence: str(o.confidence) };
    }),
    categories: {},
    personCount: num(summary.personCount),
    recipients: arr(verdict.recipients).map((r) => {
      const o = obj(r);
      const lookalikeOf = str(o.lookalikeOf) || undefined;
      return { address: str(o.address), class: str(o.class, 'external'), visible: o.visible === true, firstTime: o.firstTime === true, ...(lookalikeOf ? { lookalikeOf } : {}) };
    }),
    attachments: attachmentList.map((a) => (typeof a === 'string' ? a : str(obj(a).filename) || str(obj(a).name))).filter(Boolean),
    uninspectableParts: attachmentList.filter((a) => obj(a).encrypted === true || obj(a).inspected === false).length,
    notice: str(verdict.notice) || null,
  };
  const cats = obj(summary.categories);
  if (Object.keys(cats).length) for (const [k, v] of Object.entries(cats)) facts.categories[k] = num(v) ?? 0;
  else for (const f of facts.findings) facts.categories[f.category] = (facts.categories[f.category] ?? 0) + f.count;
  // Recipients the verdict did not list (e.g. a hold after an inspection failure) still show.
  if (facts.recipients.length === 0) {
    facts.recipients = record.rcptTo.map((address) => ({ address, class: 'unknown', visible: false, firstTime: false }));
  }
  return facts;
}

/** The hold bookkeeping, completed with defaults for holds the workflow has not routed yet. */
export function readHold(record: MessageRecord): HoldInfo & { routed: boolean } {
  const h = obj(record.hold);
  const stages = arr(h.stages).filter((s): s is 'selfCheck' | 'approval' => s === 'selfCheck' || s === 'approval');
  return {
    ...(h as Partial<HoldInfo>),
    stages: stages.length ? stages : record.state === 'awaiting_self_check' ? ['selfCheck'] : ['approval'],
    heldAt: num(h.heldAt) ?? record.updatedAt,
    deadline: num(h.deadline) ?? 0,
    approvers: arr(h.approvers).map((a) => str(a)).filter(Boolean),
    delegates: arr(h.delegates).map((a) => str(a)).filter(Boolean),
    fallback: h.fallback === true,
    routed: num(h.deadline) !== null,
  };
}

/** The message's Subject, unless a finding was located in it (then it is withheld). */
export function safeSubject(raw: Buffer | undefined, facts: ReportFacts): string | null {
  if (!raw) return null;
  if (facts.findings.some((f) => /subject|件名|header/i.test(f.location))) return null;
  const head = raw.subarray(0, Math.min(raw.length, 64 * 1024)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const unfolded = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
  const m = /^subject:[ \t]*(.*)$/im.exec(unfolded);
  if (!m) return null;
  const decoded = decodeWords(m[1]!.trim());
  return decoded.length > 120 ? `${decoded.slice(0, 119)}…` : decoded;
}

/** RFC 2047 encoded words (UTF-8 / B and Q); other charsets are shown as they are. */
function decodeWords(value: string): string {
  const text = value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_all, enc: string, data: string) => {
    const bytes = enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    return bytes.toString('utf8');
  });
  return /[\x80-\xff]/.test(text) && !/=\?/.test(value) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}

/** Addresses in the From: header (for the self-approval check). */
export function headerFromAddresses(raw: Buffer | undefined): string[] {
  if (!raw) return [];
  const head = raw.subarray(0, Math.min(raw.length, 64 * 1024)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const unfolded = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
  const out: string[] = [];
  for (const m of unfolded.matchAll(/^(?:from|sender):(.*)$/gim)) {
    for (const a of m[1]!.matchAll(/[^\s<>"(),;:]+@[^\s<>"(),;:]+/g)) out.push(a[0].toLowerCase());
  }
  return out;
}
