import type { AuditNote, ReleaseContext, ReleaseTransform } from './types.js';

export interface ChainResult {
  raw: Buffer;
  /** True when at least one step changed the bytes. */
  modified: boolean;
  auditNotes: AuditNote[];
}

/** Run the transforms in order; each sees the output of the one before. */
export async function runReleaseChain(transforms: readonly ReleaseTransform[], original: Buffer, ctx: ReleaseContext): Promise<ChainResult> {
  let raw = original;
  const auditNotes: AuditNote[] = [];
  for (const transform of transforms) {
    if (!transform.appliesTo(ctx)) continue;
    const result = await transform.apply(raw, ctx);
    if (!result) continue;
    raw = result.raw;
    auditNotes.push(...result.auditNotes);
  }
  return { raw, modified: raw !== original && !raw.equals(original), auditNotes };
}

/** Whether any step could change this message (else the original goes upstream as it is). */
export function chainApplies(transforms: readonly ReleaseTransform[], ctx: ReleaseContext): boolean {
  return transforms.some((t) => t.appliesTo(ctx));
}
