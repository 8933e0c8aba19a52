import type { Inspector, InspectionReport } from './types.js';

/**
 * Inspector used when inspection is switched off (tests of the relay core, `--no-inspect`):
 * every message passes, and the report says plainly that nothing was inspected.
 */
export const passThroughInspector: Inspector = {
  async inspect(record): Promise<InspectionReport> {
    return {
      verdict: {
        verdict: 'pass',
        stages: [],
        wouldBe: { verdict: 'pass', stages: [] },
        monitorOnly: false,
        matched: [],
        recipients: record.rcptTo.map((address) => ({
          address,
          domain: address.slice(address.lastIndexOf('@') + 1).toLowerCase(),
          class: 'external',
          visible: false,
          firstTime: false,
        })),
        tags: ['not-inspected'],
        notify: [],
        policyVersion: 'none',
        recipientSummary: { total: record.rcptTo.length, outside: record.rcptTo.length, outsideVisible: 0, organisations: 0 },
      },
      details: { inspected: false },
      durationMs: 0,
    };
  },
};
