/**
 * The released form: what goes upstream when a policy action (or an approver) modifies a
 * message. An ordered chain of transforms, each `(raw, context) → {raw, auditNotes}`, runs once
 * on release; the result is stored durably before it is relayed, so every retry sends the same
 * bytes. A transform that does not apply returns null and the bytes stay as they were; when no
 * transform applies, the original bytes go upstream untouched.
 */
import type { SeparateAttachmentsSettings, Verdict } from '../policy/types.js';

/** What a transform may know about the message (read-only; no store handles). */
export interface ReleaseContext {
  /** Our queue id. */
  id: string;
  mailFrom: string;
  /** Envelope recipients (RCPT TO), as accepted. */
  recipients: readonly string[];
  /** The verdict the inspection reached on the original (null: not inspected, e.g. a notice). */
  verdict: Verdict | null;
  /** The approver's release choice (`bcc`: hide recipients from each other). */
  releaseAs: 'bcc' | null;
  /** Release time (epoch ms; the gateway's clock). */
  now: number;
}

/** One line of the audit trail per step: what was changed, without personal data. */
export interface AuditNote {
  step: string;
  detail: Record<string, unknown>;
}

export interface TransformResult {
  raw: Buffer;
  auditNotes: AuditNote[];
  /** Envelope-only recipients this step adds (上長/archive Bcc); the header block is not touched. */
  addRecipients?: string[];
}

/** What the chain has done so far, for steps that depend on it (the DKIM signer). */
export interface ChainProgress {
  /** The accepted bytes, before any step. */
  original: Buffer;
  /** Envelope recipients added by earlier steps (lower case). */
  addedRecipients: readonly string[];
}

export interface ReleaseTransform {
  /** Stable name (audit trail, ordering in docs): `forced-bcc`, `separate-attachments`, `dkim-sign`. */
  readonly name: string;
  /**
   * A step that only follows others (DKIM with `sign: modified`): it never makes the chain apply
   * on its own and runs only when an earlier step changed the bytes.
   */
  readonly onlyAfterChange?: boolean;
  /** Cheap and pure: could this transform change the message? (false: skipped, nothing stored). */
  appliesTo(ctx: ReleaseContext): boolean;
  /** The changed bytes, or null when there was nothing to change after all. */
  apply(raw: Buffer, ctx: ReleaseContext, progress?: ChainProgress): Promise<TransformResult | null> | TransformResult | null;
}

/** The settings of the verdict's separation (present only when a rule asked for it). */
export function separationOf(ctx: ReleaseContext): SeparateAttachmentsSettings | undefined {
  return ctx.verdict?.verdict === 'reject' ? undefined : ctx.verdict?.separateAttachments;
}
