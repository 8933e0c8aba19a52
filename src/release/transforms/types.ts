/**
 * A modifying transform: raw bytes and envelope in, rewritten bytes and envelope out, with audit
 * notes (masked, no content). Pure apart from what `ctx` gives; the same input gives the same
 * output, so a transform chain can be re-plugged into the released-form pipeline unchanged.
 */
export interface TransformInput {
  raw: Buffer;
  mailFrom: string;
  rcptTo: string[];
}

export interface TransformOutput extends TransformInput {
  /** Audit notes: which action, which address (English, short, for the audit trail). */
  notes: string[];
}

export type Transform<Ctx> = (input: TransformInput, ctx: Ctx) => Promise<TransformOutput>;
