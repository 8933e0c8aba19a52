/**
 * Bulk approval is allowed only where one glance is enough. A message is bulk-safe when it waits
 * for approval and carries none of: special-care personal data (要配慮個人情報, `sensitive.*`),
 * My Number (個人番号), an encrypted or uninspectable part, or a lookalike-domain recipient.
 * Everything else must be opened and approved one by one.
 */
export const bulkUnsafeCategories = ['my_number', 'encrypted_attachment', 'uninspectable'] as const;

export interface BulkSafetyInput {
  state: string;
  categories: Array<{ category: string; count: number }>;
  recipients: Array<{ lookalikeOf?: string }>;
  attachments: Array<{ encrypted?: boolean }>;
  report: { findings: Array<{ category: string }> };
}

export function isBulkSafe(m: BulkSafetyInput): boolean {
  if (m.state !== 'awaiting_approval') return false;
  const categories = new Set([...m.categories.map((c) => c.category), ...m.report.findings.map((f) => f.category)]);
  for (const c of categories) {
    if (c.startsWith('sensitive.')) return false;
    if ((bulkUnsafeCategories as readonly string[]).includes(c)) return false;
  }
  if (m.recipients.some((r) => r.lookalikeOf)) return false;
  if (m.attachments.some((a) => a.encrypted)) return false;
  return true;
}
