/**
 * Contract of the hold workflow (self-check → approval → release). The web UI and REST API call
 * these; the pipeline calls HoldHandler.onHeld/onRejected (src/pipeline/types.ts).
 */
import type { MessageRecord, Role } from '../store/types.js';
import type { HoldHandler } from '../pipeline/types.js';
import type { ConsideredApproval } from './considered.js';
import type { NamedPrincipal } from './approvers/principals.js';
import type { DelayLinkPurpose } from './tokens.js';

/** Who does something, for permissions and the audit trail. */
export interface Actor {
  /** Username for accounts; `sender:<address>` for self-check link holders; `system`. */
  id: string;
  roles: Role[];
  email?: string;
  department?: string | null;
  /** Client address and user agent, recorded in the audit trail. */
  ip?: string;
  userAgent?: string;
}

export type WorkflowError =
  | 'not_found'
  | 'wrong_state'
  | 'forbidden'
  | 'self_approval'
  | 'token_invalid'
  | 'token_expired'
  | 'token_used'
  /** A high-risk hold: the approver must open it first (a recorded view). */
  | 'view_required'
  /** A high-risk hold: the approver must confirm what is leaving (ConsideredApproval.statement). */
  | 'confirmation_required'
  /** 却下 without a reason (when the policy requires one) or 差し戻し without a comment. */
  | 'reason_required';

export type WorkflowResult = { ok: true; record: MessageRecord } | { ok: false; error: WorkflowError; message: string };

export interface ApproveOptions {
  releaseAs?: 'original' | 'bcc';
  /** For a high-risk hold: the confirmation statement, typed or ticked (see considered.ts). */
  confirm?: string;
}

/** Why a message is denied: a listed reason, free text, or both. */
export const rejectReasons = ['wrong_recipient', 'wrong_attachment', 'too_much_personal_data', 'no_business_need', 'send_securely', 'other'] as const;
export type RejectReason = (typeof rejectReasons)[number];

export interface RejectOptions {
  reason?: RejectReason;
}

/** Hold bookkeeping stored in MessageRecord.hold (JSON). */
export interface HoldInfo {
  stages: Array<'selfCheck' | 'approval'>;
  heldAt: number;
  /** When the hold expires (mail is then not sent). */
  deadline: number;
  /** Usernames or e-mail addresses allowed to approve, in order of routing. */
  approvers: string[];
  /** Delegates (代理承認) who may approve too, and to whom escalation goes. */
  delegates: string[];
  /** True when the sender had no routed approver and a fallback group was used. */
  fallback: boolean;
  reminderSentAt?: number;
  escalatedAt?: number;
  selfCheckedAt?: number;
  decidedAt?: number;
  /** How the approved message leaves: unchanged (default) or with recipients hidden (forced BCC). */
  releaseAs?: 'original' | 'bcc';
  decidedBy?: string;
  comment?: string;
  /** Listed reason of a denial. */
  rejectReason?: RejectReason;
  /** Sender's department from routing (department approvers may see the message). */
  department?: string | null;
  /** How the approvers were routed (`routes[0]`, `department:sales`, `fallback`). */
  via?: string;
  /** When the message entered awaiting_approval (escalation counts from here). */
  approvalStartedAt?: number;
  /** Stage whose notice was queued; a held message without it is notified again by tick(). */
  notifiedFor?: 'selfCheck' | 'approval';
  /** Why it was held when not by a policy rule (e.g. `inspection_failed`). */
  reason?: string;
}

/** "Same sender, same recipient domain, same kind of finding, approved N times" for the UI. */
export interface FatigueHint {
  /** Past approved messages like this one (same sender, a shared outside domain, same categories). */
  approvedCount: number;
  lastApprovedAt: number | null;
  /** Outside recipient domains of this message → how many similar approvals each had. */
  domains: Record<string, number>;
  categories: string[];
  /** Short bilingual sentence for the approver, or null when there is nothing to say. */
  text: string | null;
}

export interface Workflow extends HoldHandler {
  /**
   * Verify a signed self-check token (no side effects: the token is not consumed) and return the
   * message it is for, in whatever state it is now (the page shows "already confirmed",
   * "cancelled", "expired" …). Confirm/cancel consume the token and answer `token_used` on replay.
   */
  openSelfCheck(token: string, actor: Actor): Promise<WorkflowResult>;
  confirmSelfCheck(token: string, actor: Actor): Promise<WorkflowResult>;
  cancelSelfCheck(token: string, actor: Actor): Promise<WorkflowResult>;
  /** `releaseAs: 'bcc'` releases with To/Cc replaced by undisclosed-recipients (src/relay/bcc-conversion.ts). */
  approve(id: string, actor: Actor, comment?: string, options?: ApproveOptions): Promise<WorkflowResult>;
  reject(id: string, actor: Actor, comment?: string, options?: RejectOptions): Promise<WorkflowResult>;
  /** 差し戻し: back to the sender with a required comment; terminal (the sender fixes and sends anew). */
  returnToSender?(id: string, actor: Actor, comment: string): Promise<WorkflowResult>;
  /** Does approving this hold need a recorded view and a confirmation, and of what? */
  consideredApproval?(record: MessageRecord): ConsideredApproval;
  /** Approvers and delegates the routing file names (for the admin's "no account" warning). */
  namedPrincipals?(): NamedPrincipal[];
  /** May this actor see this held message (role, routing, department)? */
  canView(actor: Actor, record: MessageRecord): boolean;
  /** Deadlines: reminders, escalation, expiry; retention purge. Called periodically. */
  tick(now: number): Promise<void>;
  /** May this actor approve or reject this message (routing, role)? Self-approval is checked separately. */
  canDecide?(actor: Actor, record: MessageRecord): boolean;
  /** Approval-fatigue hint for the approval page. */
  fatigueHint?(record: MessageRecord): Promise<FatigueHint>;
  /** Send delay links (src/workflow/delay/): verify without side effects, like openSelfCheck. */
  openDelayed?(token: string, purpose: DelayLinkPurpose, actor: Actor): Promise<WorkflowResult>;
  /** 「今すぐ送信」: delayed → queued now (consumes the link). */
  sendDelayedNow?(token: string, actor: Actor): Promise<WorkflowResult>;
  /** 「送信を取り消す」: delayed → cancelled (consumes the link); the mail is never delivered. */
  cancelDelayed?(token: string, actor: Actor): Promise<WorkflowResult>;
  /** A signed-in sender's own mail (src/workflow/sender-mail.ts). */
  senderMail?: SenderMail;
}

/** What a signed-in sender (role `sender`) may see and do: only their own mail. */
export interface SenderMail {
  /** Own held, delayed and recent mail, newest first. */
  list(actor: Actor, limit?: number): Promise<MessageRecord[]>;
  /** The message when it is the actor's own; `not_found` otherwise (same answer as no message). */
  load(id: string, actor: Actor): Promise<{ ok: true; record: MessageRecord; raw: Buffer | undefined } | { ok: false; error: 'not_found'; message: string }>;
  sendNow(id: string, actor: Actor): Promise<WorkflowResult>;
  cancel(id: string, actor: Actor): Promise<WorkflowResult>;
  /** A fresh single-use self-check link (path) for a message waiting for the sender's check. */
  selfCheckPath(id: string, actor: Actor): Promise<{ ok: true; path: string } | Extract<WorkflowResult, { ok: false }>>;
}
