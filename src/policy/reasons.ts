/** Human reasons for matched rules, Japanese first then English: `外部宛先 3件に個人番号(高)を含む / My Number (high) to 3 external recipients`. */
import type { RecipientClass } from './types.js';

export interface ReasonPart {
  /** content: what the message carries; recipients: where it goes; message: sender, subject, names, size. */
  kind: 'content' | 'recipients' | 'message';
  ja: string;
  en: string;
}

export function composeReason(parts: readonly ReasonPart[], fallback: string): string {
  const pick = (kind: ReasonPart['kind']) => dedupe(parts.filter((p) => p.kind === kind));
  const content = pick('content');
  const recipients = pick('recipients');
  const message = pick('message');
  const c = join(content);
  const r = join(recipients);
  const m = join(message);

  let ja: string;
  let en: string;
  if (content.length > 0 && recipients.length > 0) {
    ja = `${r.ja}に${c.ja}を含む`;
    en = `${c.en} to ${r.en}`;
  } else if (content.length > 0) {
    ja = `${c.ja}を含む`;
    en = `contains ${c.en}`;
  } else if (recipients.length > 0) {
    ja = r.ja;
    en = r.en;
  } else if (message.length > 0) {
    return `${m.ja} / ${m.en}`;
  } else {
    return fallback;
  }
  if (message.length > 0) {
    ja += `（${m.ja}）`;
    en += ` (${m.en})`;
  }
  return `${ja} / ${en}`;
}

function dedupe(parts: readonly ReasonPart[]): ReasonPart[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = `${p.ja}\u0000${p.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function join(parts: readonly ReasonPart[]): { ja: string; en: string } {
  return { ja: parts.map((p) => p.ja).join('、'), en: parts.map((p) => p.en).join(', ') };
}

const classLabels: Record<RecipientClass, [ja: string, en: string]> = {
  internal: ['社内', 'internal'],
  partner: ['委託先', 'partner'],
  external: ['社外', 'external'],
  freemail: ['フリーメール', 'free-mail'],
  blocked: ['送信禁止ドメイン', 'blocked-domain'],
};

export function recipientClassLabel(recipientClass: RecipientClass): { ja: string; en: string } {
  const [ja, en] = classLabels[recipientClass];
  return { ja, en };
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** First few items, then "…他N件 / …and N more". */
export function listSome(items: readonly string[], max = 3): { ja: string; en: string } {
  const ja = items.slice(0, max).join('、');
  const en = items.slice(0, max).join(', ');
  const rest = items.length - max;
  if (rest <= 0) return { ja, en };
  return { ja: `${ja} 他${rest}件`, en: `${en} and ${rest} more` };
}
