/**
 * Contract of the incident stage: a message that left and should not have (mis-sent or
 * otherwise leaked), the facts the gateway kept about it (never its content), whether it must
 * be reported to the 個人情報保護委員会, the draft report and its deadlines.
 */

/** Life of an incident record. Every change is audited. */
export type IncidentStatus = 'draft' | 'preliminary_sent' | 'final_sent' | 'closed';
export const incidentStatuses: readonly IncidentStatus[] = ['draft', 'preliminary_sent', 'final_sent', 'closed'];

export type IncidentKind = 'mis_sent' | 'other_leak';

/** What the gateway knew about one message, kept after its content was purged. No content, no samples. */
export interface MessageFacts {
  id: string;
  mailFrom: string;
  receivedAt: number;
  /** State when the facts were taken (delivered, queued …). */
  state: string;
  /** Subject unless a finding was located in it (then null). */
  subject: string | null;
  recipients: Array<{ address: string; domain: string; class: string; delivered: boolean }>;
  /** category id → occurrences (medium and high confidence). */
  categories: Record<string, number>;
  /** Estimated distinct people whose data the message carried. */
  personCount: number;
  recordCount: number | null;
  /** Where each kind of data was found: category, count, location — never the value. */
  findings: Array<{ category: string; count: number; location: string; confidence: string }>;
  attachments: Array<{ filename: string; size: number | null; encrypted: boolean; inspected: boolean }>;
  /** Some part was encrypted (password zip, protected Office/PDF): the gateway could not look inside. */
  encrypted: boolean;
  /** Some part could not be inspected for another reason. */
  uninspectable: boolean;
  /** Policy rules that matched (id, description). */
  rules: Array<{ id: string; description: string }>;
  /** Held for a control before it left. */
  held: boolean;
  heldAt: number | null;
  selfCheckedAt: number | null;
  /** Who released it after approval, and when (null when it passed without a hold). */
  approvedBy: string | null;
  approvedAt: number | null;
  approvalComment: string | null;
  releaseAs: 'original' | 'bcc' | null;
  /** When it left (delivery of the last recipient; updatedAt of a delivered record). */
  leftAt: number | null;
  /** False after the retention purge took the inspection details (facts came from the retained copy). */
  inspectionAvailable: boolean;
}

/** A person's recorded decision (judgement or override) with who, when and why. */
export interface PersonDecision {
  value: boolean;
  reason: string;
  by: string;
  at: number;
}

/** Grounds of 個人情報保護法施行規則 第7条 and the encryption exemption. */
export type ReasonCode = 'sensitive' | 'financial' | 'improper_purpose' | 'over_1000' | 'encryption';

export interface ReportabilityReason {
  code: ReasonCode;
  /** What the gateway found (or that a person must judge). */
  applies: boolean;
  /** Decided from the findings, or only a person can say. */
  source: 'gateway' | 'person';
  /** Facts behind it (Japanese and English). */
  evidence: { ja: string; en: string };
  /** The legal ground. */
  basis: string;
  /** A person's override of the gateway's value, with the reason. */
  override?: PersonDecision;
  /** Final value after the override. */
  effective: boolean;
}

export interface Reportability {
  reportable: boolean;
  /** 確報 within 60 days instead of 30 (improper purpose). */
  longDeadline: boolean;
  /** Strong encryption confirmed by a person: exempt although a ground applies. */
  exemptByEncryption: boolean;
  reasons: ReportabilityReason[];
}

/** Fields of the report only a person can write (keys follow 規則 第8条 第1項). */
export const personFields = ['summary', 'cause', 'secondaryHarm', 'responseToPeople', 'publication', 'prevention', 'other', 'items'] as const;
export type PersonField = (typeof personFields)[number];

/** The incident as stored (JSON in the store; the store knows only id, status, awareAt, version). */
export interface IncidentData {
  kind: IncidentKind;
  anchorMessageId: string;
  markedBy: { id: string; via: 'session' | 'link' | 'api'; role: string };
  markedAt: number;
  /** When the organisation became aware (起算点 of the deadlines). */
  awareAt: number;
  description: string;
  /** Recipients the mail should not have gone to (addresses, lower case). */
  wrongRecipients: string[];
  /** ± window for scope candidates, in days. */
  scopeWindowDays: number;
  /** Facts of every message in scope (the anchor first). */
  messages: MessageFacts[];
  /** Candidates a person excluded, with why. */
  excluded: Array<{ id: string; reason: string; by: string; at: number }>;
  /** Judgements only a person can make. */
  judgements: { improperPurpose?: PersonDecision; strongEncryption?: PersonDecision };
  overrides: Partial<Record<Exclude<ReasonCode, 'improper_purpose'>, PersonDecision>>;
  /** Person-written fields of the report. */
  fields: Partial<Record<PersonField, string>>;
  preliminarySentAt?: number;
  finalSentAt?: number;
  closedAt?: number;
  /** Reminder keys already sent (`preliminary`, `final-7d`, `final-1d` …). */
  reminders: string[];
}

export interface Incident {
  id: string;
  status: IncidentStatus;
  version: number;
  createdAt: number;
  updatedAt: number;
  data: IncidentData;
}
