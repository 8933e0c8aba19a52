/**
 * 上長Bcc / archive Bcc: extra recipients on the envelope only. The header block is not touched
 * (no Bcc: field is ever written, so the other recipients never learn of the copy), and an
 * address that already is a recipient is not added twice.
 */
import { maskAddress } from '../../log/logger.js';
import type { TransformInput, TransformOutput } from './types.js';

export interface BccAddition {
  address: string;
  /** `supervisor` (from the approver routing) or `archive` (a fixed address in the policy). */
  as: 'supervisor' | 'archive';
  ruleId: string;
}

export async function addBcc(input: TransformInput, additions: readonly BccAddition[]): Promise<TransformOutput> {
  const present = new Set(input.rcptTo.map((r) => r.toLowerCase()));
  const rcptTo = [...input.rcptTo];
  const notes: string[] = [];
  for (const a of additions) {
    const address = a.address.toLowerCase();
    if (present.has(address)) {
      notes.push(`bcc ${a.as} ${maskAddress(address)} (rule ${a.ruleId}) already a recipient; not added`);
      continue;
    }
    present.add(address);
    rcptTo.push(address);
    notes.push(`bcc ${a.as} ${maskAddress(address)} added (rule ${a.ruleId})`);
  }
  return { raw: input.raw, mailFrom: input.mailFrom, rcptTo, notes };
}
