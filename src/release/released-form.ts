import type { Clock } from '../clock.js';
import type { Verdict } from '../policy/types.js';
import type { MessageRecord, Store } from '../store/types.js';
import { chainApplies, runReleaseChain } from './chain.js';
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
 * The bytes to relay for this message. Unmodified mail: the stored original, byte for byte.
 * Modified mail: built once, stored durably (fsync) with an audit event before it is relayed;
 * a retry — on this node or another — finds the stored form and sends exactly the same bytes.
 * The original stays in the store for audit.
 */
export async function releasedFormOf(deps: ReleasedFormDeps, record: MessageRecord): Promise<Buffer> {
  const ctx = releaseContextOf(record, deps.clock.now());
  const applies = record.kind === 'mail' && chainApplies(deps.transforms, ctx);
  if (applies) {
    const stored = await deps.store.getReleasedForm(record.id);
    if (stored) return stored;
  }
  const original = await deps.store.getRaw(record.id);
  if (!original) throw new Error(`content of ${record.id} is missing`);
  if (!applies) return original;
  const result = await runReleaseChain(deps.transforms, original, ctx);
  if (!result.modified) return original;
  return deps.store.saveReleasedForm(record.id, result.raw, {
    at: ctx.now,
    messageId: record.id,
    actor: 'release',
    action: 'released_form_stored',
    detail: { originalBytes: original.length, releasedBytes: result.raw.length, steps: result.auditNotes },
  });
}
