import type { Clock } from '../clock.js';
import type { Verdict } from '../policy/types.js';
import type { MessageRecord, ReleasedForm, Store } from '../store/types.js';
import { chainApplies, runReleaseChain, type ChainResult } from './chain.js';
import type { ReleaseContext, ReleaseTransform } from './types.js';

export interface ReleasedFormDeps {
  store: Store;
  clock: Clock;
  /** The ordered release chain (src/release/default-chain.ts). */
  transforms: readonly ReleaseTransform[];
}

export function releaseContextOf(record: MessageRecord, now: number): ReleaseContext {
  const inspection = record.inspection as { verdict?: Verdict } | null;
  const hold = record.hold as { releaseAs?: string } | null;
  return {
    id: record.id,
    mailFrom: record.mailFrom,
    recipients: record.rcptTo,
    verdict: inspection?.verdict ?? null,
    releaseAs: hold?.releaseAs === 'bcc' ? 'bcc' : null,
    now,
  };
}

/**
 * What to relay for this message: the bytes, and envelope-only recipients added by policy
 * (上長/archive Bcc). Unmodified mail: the stored original, byte for byte, no one added.
 * Modified mail: built once, stored durably (fsync) with one audit event `message_modified`
 * naming the steps, rules and added Bcc before it is relayed; a retry — on this node or
 * another — finds the stored form and sends exactly the same bytes to the same envelope.
 * The original stays in the store for audit.
 */
export async function releasedFormOf(deps: ReleasedFormDeps, record: MessageRecord): Promise<ReleasedForm> {
  const ctx = releaseContextOf(record, deps.clock.now());
  // Notices and bounces carry no verdict and no release choice: only `dkim.sign: all` applies to them.
  const applies = chainApplies(deps.transforms, ctx);
  if (applies) {
    const stored = await deps.store.getReleasedForm(record.id);
    if (stored) return stored;
  }
  const original = await deps.store.getRaw(record.id);
  if (!original) throw new Error(`content of ${record.id} is missing`);
  if (!applies) return { raw: original, addedRecipients: [] };
  const result = await runReleaseChain(deps.transforms, original, ctx);
  if (!result.modified && result.addedRecipients.length === 0) return { raw: original, addedRecipients: [] };
  return deps.store.saveReleasedForm(record.id, { raw: result.raw, addedRecipients: result.addedRecipients }, {
    at: ctx.now,
    messageId: record.id,
    actor: 'release',
    action: 'message_modified',
    detail: modifiedDetail(original, result),
  });
}

/** The audit detail: which steps and rules changed what (addresses only for added Bcc: the trail is for administrators). */
function modifiedDetail(original: Buffer, result: ChainResult): Record<string, unknown> {
  const rules = new Set<string>();
  const notes: string[] = [];
  const addedBcc: unknown[] = [];
  for (const { step, detail } of result.auditNotes) {
    if (Array.isArray(detail.rules)) for (const r of detail.rules) rules.add(String(r));
    if (Array.isArray(detail.notes)) notes.push(...detail.notes.map(String));
    else notes.push(`${step}${Object.keys(detail).length ? ` ${JSON.stringify(detail)}` : ''}`);
    if (Array.isArray(detail.addedBcc)) addedBcc.push(...detail.addedBcc);
  }
  return {
    steps: result.auditNotes,
    rules: [...rules],
    notes,
    addedBcc,
    bytesChanged: result.modified,
    originalBytes: original.length,
    releasedBytes: result.raw.length,
  };
}
