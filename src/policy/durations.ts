/** Durations in policy actions, parsed alike by the schema and when compiling (no zod here: a prebuilt policy compiles without it). */

/** Send delays from 10 seconds to 24 hours: `30s`, `5m`, `1h`, `90m`. */
export const delayDurationPattern = /^\s*(\d+)\s*(s|m|h)\s*$/;
export const minDelayMs = 10_000;
export const maxDelayMs = 24 * 3_600_000;

export function parseDelayDuration(text: string): number | undefined {
  const m = delayDurationPattern.exec(text);
  if (!m) return undefined;
  const ms = Number(m[1]) * ({ s: 1_000, m: 60_000, h: 3_600_000 } as const)[m[2] as 's' | 'm' | 'h'];
  return ms >= minDelayMs && ms <= maxDelayMs ? ms : undefined;
}

/** Link lifetimes from 1 hour to 90 days: `12h`, `7d`. */
export const linkExpiryPattern = /^\s*(\d+)\s*(h|d)\s*$/;

export function parseLinkExpiry(text: string): number | undefined {
  const m = linkExpiryPattern.exec(text);
  if (!m) return undefined;
  const ms = Number(m[1]) * (m[2] === 'h' ? 3_600_000 : 86_400_000);
  return ms >= 3_600_000 && ms <= 90 * 86_400_000 ? ms : undefined;
}
