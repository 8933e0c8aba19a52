/** Contract of the decision stage: findings + recipients + facts in, a verdict that explains itself out. */
import type { DetectionResult } from '../detect/types.js';
import type { ExtractionResult } from '../extract/types.js';

export type HoldStage = 'selfCheck' | 'approval';

export type Action =
  | { kind: 'pass' }
  | { kind: 'hold'; stages: HoldStage[] }
  | { kind: 'reject'; notice: string }
  | DelayAction
  | SeparateAttachmentsAction
  | ModifyAction;

/**
 * 添付ファイルのダウンロードリンク化: on release the attachments are removed and replaced by one
 * download link (src/release/). A modifier, not a verdict: it rides along pass, delay and hold.
 */
export interface SeparateAttachmentsAction {
  kind: 'separateAttachments';
  settings: SeparateAttachmentsSettings;
}

export interface SeparateAttachmentsSettings {
  /** The link works this long after the release (default 7 days). */
  expiryMs: number;
  /** Downloads allowed per file (null: no limit). */
  maxDownloads: number | null;
  /** The recipient proves the address with a one-time code mailed to it. */
  verifyCode: boolean;
  /** Tell the sender when a file was downloaded for the first time. */
  notifySender: boolean;
  /** Mail whose every recipient is one of these partners / domains keeps its attachments. */
  exceptPartners: string[];
  exceptDomains: string[];
  /** Attachments smaller than this stay in the mail (null: none). */
  keepBelowBytes: number | null;
  /** Attachments of these types stay (`.ics`, `text/calendar`, `image/*`). */
  keepTypes: string[];
}

/** Who is added as an envelope-only (Bcc) recipient: the sender's supervisor (approver routing) or a fixed address. */
export type BccTarget = { kind: 'supervisor' } | { kind: 'address'; address: string };

/**
 * Modifying actions (上長Bcc, archive Bcc, subject prefix): they do not change the verdict; on
 * release the message is rewritten once (src/release/), audited per rule, and DKIM-signed when
 * configured. Combined with any verdict (a held message gets them when it is released).
 */
export interface ModifyAction {
  kind: 'modify';
  bcc: BccTarget[];
  /** Prefix of the Subject, e.g. 【社外】 (never doubled). */
  subjectPrefix?: string;
}

/** One enforced modify rule as the verdict carries it (applied on release, audited with the rule id). */
export interface VerdictModification {
  ruleId: string;
  bcc: BccTarget[];
  subjectPrefix?: string;
}

/**
 * Send delay (一時保留): the message leaves after `delayMs` unless the sender cancels it.
 * Weaker than any hold; a held message is delayed again after approval only with `afterHold`.
 */
export interface DelayAction {
  kind: 'delay';
  delayMs: number;
  /** Mail the sender a notice with 「今すぐ送信」 / 「送信を取り消す」 links. */
  notify: boolean;
  /** Also delay after a hold was approved (or self-checked), counting from the release. */
  afterHold: boolean;
}

/** The send delay the verdict carries (longest of the enforced delay rules). */
export interface VerdictDelay {
  delayMs: number;
  notify: boolean;
  afterHold: boolean;
}

export type RecipientClass = 'internal' | 'partner' | 'external' | 'freemail' | 'blocked';

export interface RecipientFacts {
  address: string;
  domain: string;
  class: RecipientClass;
  /** Visible in To/Cc (false: envelope/Bcc only). */
  visible: boolean;
  /** Lookalike of an internal/partner domain (the domain it resembles). */
  lookalikeOf?: string;
  /** First mail from this sender/organisation to this domain. */
  firstTime: boolean;
  /** Partner organisation id when class is partner. */
  partner?: string;
}

export interface MatchedRule {
  id: string;
  description: string;
  action: Action;
  /** Human-readable explanation of why the conditions matched (Japanese first). */
  reason: string;
  monitorOnly: boolean;
  tags: string[];
  notify: string[];
}

export type VerdictKind = 'pass' | 'hold' | 'reject';

export interface Verdict {
  verdict: VerdictKind;
  /** Hold stages in order; empty unless verdict is hold. */
  stages: HoldStage[];
  /** What would have happened without monitor-only mode. */
  wouldBe: { verdict: VerdictKind; stages: HoldStage[] };
  monitorOnly: boolean;
  matched: MatchedRule[];
  recipients: RecipientFacts[];
  tags: string[];
  notify: string[];
  policyVersion: string;
  /**
   * Send delay: on a pass, the message waits this long (state `delayed`) before it is queued;
   * on a hold, only present when a delay rule says `afterHold` (applied after the release).
   */
  delay?: VerdictDelay;
  /** What the delay would have been without monitor-only mode. */
  wouldDelay?: VerdictDelay;
  /** Attachments leave as a download link (after the recipient exceptions; absent on reject). */
  separateAttachments?: SeparateAttachmentsSettings;
  /** Modifying actions of enforced matched rules, in rule order (applied when the message is relayed). */
  modify?: VerdictModification[];
  /** Notice for the sender when verdict is reject (from the first strictest reject rule). */
  notice?: string;
  /** Recipient-level figures the rules saw, for reviewers and the UI. */
  recipientSummary: RecipientSummary;
}

/** Counts over the recipients of one message ("outside" = every class except internal). */
export interface RecipientSummary {
  total: number;
  outside: number;
  /** Outside recipients visible in To/Cc (the forgot-BCC figure). */
  outsideVisible: number;
  /** Distinct outside organisations (registrable domain; partner id; each free-mail address on its own). */
  organisations: number;
}

export interface Envelope {
  mailFrom: string;
  rcptTo: string[];
}

/** Everything the pure evaluation needs; gathered by the caller (history lookups are I/O). */
export interface PolicyInput {
  envelope: Envelope;
  extraction: ExtractionResult;
  detection: DetectionResult;
  /** Recipient domains this sender (or the organisation) has sent to before. */
  knownDomains: ReadonlySet<string>;
  /**
   * The sender as the directory copy knows them (issue 19): their groups (nested included) and
   * department. Absent: no directory, or a sender not in it (directory conditions do not match).
   */
  senderDirectory?: { groups: readonly string[]; department: string | null };
}
