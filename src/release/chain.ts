import type { AuditNote, ReleaseContext, ReleaseTransform } from './types.js';

export interface ChainResult {
  raw: Buffer;
  /** True when at least one step changed the bytes. */
  modified: boolean;
  /** Envelope-only recipients the steps added (lower case, none already a recipient). */
  addedRecipients: string[];
  auditNotes: AuditNote[];
}

/** Run the transforms in order; each sees the output of the one before. */
export async function runReleaseChain(transforms: readonly ReleaseTransform[], original: Buffer, ctx: ReleaseContext): Promise<ChainResult> {
  let raw = original;
  const auditNotes: AuditNote[] = [];
  const present = new Set(ctx.recipients.map((r) => r.toLowerCase()));
  const addedRecipients: string[] = [];
  for (const transform of transforms) {
    if (!transform.appliesTo(ctx)) continue;
    if (transform.onlyAfterChange && (raw === original || raw.equals(original))) continue;
    const result = await transform.apply(raw, ctx, { original, addedRecipients });
    if (!result) continue;
    raw = result.raw;
    auditNotes.push(...result.auditNotes);
    for (const address of result.addRecipients ?? []) {
      const lower = address.toLowerCase();
      if (present.has(lower)) continue;
      present.add(lower);
      addedRecipients.push(lower);
    }
  }
  return { raw, modified: raw !== original && !raw.equals(original), addedRecipients, auditNotes };
}

/** Whether any step could change this message (else the original goes upstream as it is). */
export function chainApplies(transforms: readonly ReleaseTransform[], ctx: ReleaseContext): boolean {
  return transforms.some((t) => !t.onlyAfterChange && t.appliesTo(ctx));
}
