/**
 * The modifying actions of a message, applied once when it is first relayed: hide the visible
 * recipients (an approver's forced BCC), prefix the subject, add 上長/archive Bcc recipients,
 * and — last — DKIM-sign the bytes if the gateway changed them (or always, `dkim.sign: all`).
 * Unmodified mail comes out byte-identical, so the organisation's own signature survives.
 *
 * Until the released-form chain of src/release/ takes these transforms over, the relay stage
 * calls `releasedFormFor`: the first attempt builds the form and stores it durably
 * (Store.saveReleasedForm, audited); every retry — on any node — sends the stored bytes.
 */
import { maskAddress } from '../log/logger.js';
import { convertToBcc } from '../relay/bcc-conversion.js';
import type { BccTarget, VerdictModification } from '../policy/types.js';
import type { MessageRecord, ReleasedForm, Store } from '../store/types.js';
import { addBcc, type BccAddition } from './transforms/add-bcc.js';
import { dkimSign, type DkimKey } from './transforms/dkim-sign.js';
import { prefixSubject } from './transforms/subject-prefix.js';
import type { TransformInput, TransformOutput } from './transforms/types.js';

/** The sender's supervisors' addresses from the approver routing (empty: none routed). */
export type SupervisorLookup = (sender: string, now: number) => string[];

export interface DkimSettings {
  sign: 'off' | 'modified' | 'all';
  keys: DkimKey[];
}

export interface ModifyContext {
  modifications: readonly VerdictModification[];
  /** The approver released the message with the visible recipients hidden (forced BCC). */
  hideRecipients: boolean;
  supervisorOf: SupervisorLookup;
  dkim: DkimSettings;
  now: number;
}

export interface ModifyResult extends TransformOutput {
  /** The Bcc recipients added, for the audit trail. */
  bcc: BccAddition[];
}

function bccAdditions(input: TransformInput, ctx: ModifyContext, notes: string[]): BccAddition[] {
  const out: BccAddition[] = [];
  for (const m of ctx.modifications) {
    for (const target of m.bcc as BccTarget[]) {
      if (target.kind === 'address') {
        out.push({ address: target.address, as: 'archive', ruleId: m.ruleId });
        continue;
      }
      const supervisors = input.mailFrom ? ctx.supervisorOf(input.mailFrom, ctx.now) : [];
      if (supervisors.length === 0) notes.push(`bcc supervisor (rule ${m.ruleId}): no supervisor routed for the sender; nobody added`);
      for (const address of supervisors) out.push({ address, as: 'supervisor', ruleId: m.ruleId });
    }
  }
  return out;
}

/** The chain, in order; pure apart from the supervisor lookup. */
export async function applyModifyingActions(input: TransformInput, ctx: ModifyContext): Promise<ModifyResult> {
  const notes: string[] = [];
  let current: TransformInput = input;
  if (ctx.hideRecipients) {
    const raw = convertToBcc(current.raw);
    if (!raw.equals(current.raw)) notes.push('visible recipients hidden (To: undisclosed-recipients:;) by the approver');
    current = { ...current, raw };
  }
  for (const m of ctx.modifications) {
    if (m.subjectPrefix === undefined) continue;
    const out = await prefixSubject(current, m.subjectPrefix);
    notes.push(...out.notes.map((n) => `${n} (rule ${m.ruleId})`));
    current = out;
  }
  const additions = bccAdditions(current, ctx, notes);
  const withBcc = await addBcc(current, additions);
  notes.push(...withBcc.notes);
  current = withBcc;
  // An envelope-only Bcc leaves the bytes (and an upstream signature) intact: only changed bytes need our signature.
  const bytesChanged = !current.raw.equals(input.raw);
  if (ctx.dkim.sign === 'all' || (ctx.dkim.sign === 'modified' && bytesChanged)) {
    const signed = await dkimSign(current, ctx.dkim.keys);
    notes.push(...signed.notes);
    current = signed;
  }
  const added = new Set(current.rcptTo.slice(input.rcptTo.length));
  return { ...current, notes, bcc: additions.filter((a) => added.has(a.address.toLowerCase())) };
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The verdict's modifications as stored with the inspection (defensive: stored JSON). */
export function storedModifications(record: MessageRecord): VerdictModification[] {
  const list = obj(obj(record.inspection).verdict).modify;
  if (!Array.isArray(list)) return [];
  return list.flatMap((m): VerdictModification[] => {
    const o = obj(m);
    if (typeof o.ruleId !== 'string') return [];
    const bcc = (Array.isArray(o.bcc) ? o.bcc : []).flatMap((b): BccTarget[] => {
      const t = obj(b);
      if (t.kind === 'supervisor') return [{ kind: 'supervisor' }];
      return t.kind === 'address' && typeof t.address === 'string' ? [{ kind: 'address', address: t.address }] : [];
    });
    return [{ ruleId: o.ruleId, bcc, ...(typeof o.subjectPrefix === 'string' ? { subjectPrefix: o.subjectPrefix } : {}) }];
  });
}

export interface ReleaseDeps {
  store: Store;
  supervisorOf: SupervisorLookup;
  dkim: DkimSettings;
}

/**
 * What goes out for this message: the stored released form, else the one built now (stored
 * durably and audited before it is used), else — nothing modified — undefined: the original
 * bytes and envelope, unchanged.
 */
export async function releasedFormFor(deps: ReleaseDeps, record: MessageRecord, stored: Buffer, now: number): Promise<ReleasedForm | undefined> {
  const existing = await deps.store.getReleasedForm(record.id);
  if (existing) return existing;
  const modifications = record.kind === 'mail' ? storedModifications(record) : [];
  const hideRecipients = (record.hold as { releaseAs?: string } | null)?.releaseAs === 'bcc';
  if (modifications.length === 0 && !hideRecipients && deps.dkim.sign !== 'all') return undefined;
  const input = { raw: stored, mailFrom: record.mailFrom, rcptTo: record.rcptTo };
  const out = await applyModifyingActions(input, { modifications, hideRecipients, supervisorOf: deps.supervisorOf, dkim: deps.dkim, now });
  if (out.raw.equals(stored) && out.rcptTo.length === record.rcptTo.length) return undefined;
  return deps.store.saveReleasedForm(
    record.id,
    { raw: out.raw, mailFrom: out.mailFrom, rcptTo: out.rcptTo, notes: out.notes, createdAt: now },
    {
      at: now,
      messageId: record.id,
      actor: 'relay',
      action: 'message_modified',
      detail: {
        rules: modifications.map((m) => m.ruleId),
        notes: out.notes,
        // Which address was added, and by which rule: the audit trail is for administrators.
        addedBcc: out.bcc.map((b) => ({ address: b.address, as: b.as, rule: b.ruleId })),
        bytesChanged: !out.raw.equals(stored),
        size: out.raw.length,
      },
    },
  );
}

/** For logs: the added Bcc recipients, masked. */
export function maskedBcc(form: ReleasedForm, original: readonly string[]): string[] {
  const before = new Set(original.map((a) => a.toLowerCase()));
  return form.rcptTo.filter((a) => !before.has(a.toLowerCase())).map(maskAddress);
}
