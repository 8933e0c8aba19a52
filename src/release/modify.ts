/**
 * The modifying actions of issue 18 as steps of the release chain (src/release/default-chain.ts):
 * subject prefix and 上長/archive Bcc after separate-attachments, DKIM signing last — so whatever
 * an earlier step rewrote (hidden recipients, attachments as a link, a prefixed subject) leaves
 * with the gateway's signature. Unmodified mail comes out byte-identical, so the organisation's
 * own signature survives. The pure transforms live in src/release/transforms/.
 */
import type { BccTarget, VerdictModification } from '../policy/types.js';
import { addBcc, type BccAddition } from './transforms/add-bcc.js';
import { dkimSign, type DkimKey } from './transforms/dkim-sign.js';
import { prefixSubject } from './transforms/subject-prefix.js';
import type { ReleaseContext, ReleaseTransform } from './types.js';

/** The sender's supervisors' addresses from the approver routing (empty: none routed). */
export type SupervisorLookup = (sender: string, now: number) => string[];

export interface DkimSettings {
  sign: 'off' | 'modified' | 'all';
  keys: DkimKey[];
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The verdict's modifications (defensive: the verdict is stored JSON; none on reject). */
export function modificationsOf(ctx: ReleaseContext): VerdictModification[] {
  if (ctx.verdict?.verdict === 'reject') return [];
  const list = obj(ctx.verdict).modify;
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

/** 件名の接頭辞 (e.g. 【社外】), per modify rule in rule order; never doubled. */
export const subjectPrefixStep: ReleaseTransform = {
  name: 'subject-prefix',
  appliesTo: (ctx) => modificationsOf(ctx).some((m) => m.subjectPrefix !== undefined),
  async apply(raw, ctx) {
    let current = { raw, mailFrom: ctx.mailFrom, rcptTo: [...ctx.recipients] };
    const notes: string[] = [];
    const rules: string[] = [];
    for (const m of modificationsOf(ctx)) {
      if (m.subjectPrefix === undefined) continue;
      const out = await prefixSubject(current, m.subjectPrefix);
      notes.push(...out.notes.map((n) => `${n} (rule ${m.ruleId})`));
      rules.push(m.ruleId);
      current = out;
    }
    return { raw: current.raw, auditNotes: [{ step: 'subject-prefix', detail: { rules, notes } }] };
  },
};

/** 上長Bcc / archive Bcc: envelope-only recipients (no header is written). */
export function createAddBccStep(supervisorOf: SupervisorLookup): ReleaseTransform {
  return {
    name: 'add-bcc',
    appliesTo: (ctx) => modificationsOf(ctx).some((m) => m.bcc.length > 0),
    async apply(raw, ctx, progress) {
      const notes: string[] = [];
      const additions: BccAddition[] = [];
      for (const m of modificationsOf(ctx)) {
        for (const target of m.bcc) {
          if (target.kind === 'address') {
            additions.push({ address: target.address, as: 'archive', ruleId: m.ruleId });
            continue;
          }
          const supervisors = ctx.mailFrom ? supervisorOf(ctx.mailFrom, ctx.now) : [];
          if (supervisors.length === 0) notes.push(`bcc supervisor (rule ${m.ruleId}): no supervisor routed for the sender; nobody added`);
          for (const address of supervisors) additions.push({ address, as: 'supervisor', ruleId: m.ruleId });
        }
      }
      const before = [...ctx.recipients, ...(progress?.addedRecipients ?? [])];
      const out = await addBcc({ raw, mailFrom: ctx.mailFrom, rcptTo: before }, additions);
      notes.push(...out.notes);
      const added = out.rcptTo.slice(before.length);
      const addedSet = new Set(added);
      // Which address was added, and by which rule: the audit trail is for administrators.
      const addedBcc = additions.filter((a) => addedSet.delete(a.address.toLowerCase())).map((a) => ({ address: a.address.toLowerCase(), as: a.as, rule: a.ruleId }));
      return { raw, addRecipients: added, auditNotes: [{ step: 'add-bcc', detail: { rules: [...new Set(additions.map((a) => a.ruleId))], notes, addedBcc } }] };
    },
  };
}

/**
 * DKIM signing with the key of the From domain, the very last step: `modified` signs only bytes
 * an earlier step changed (an envelope-only Bcc leaves an upstream signature valid), `all` signs
 * every relayed mail message, `off` never. No key for the domain: unchanged, with a note.
 */
export function createDkimStep(settings: DkimSettings): ReleaseTransform {
  return {
    name: 'dkim-sign',
    onlyAfterChange: settings.sign === 'modified',
    appliesTo: () => settings.sign !== 'off' && settings.keys.length > 0,
    async apply(raw, ctx) {
      const out = await dkimSign({ raw, mailFrom: ctx.mailFrom, rcptTo: [...ctx.recipients] }, settings.keys);
      return { raw: out.raw, auditNotes: [{ step: 'dkim-sign', detail: { notes: out.notes } }] };
    },
  };
}
