/**
 * Verdict-level evaluation on ordinary outside business mail (test/eval-business/business.json):
 * each raw message goes through the real extraction, detection (with its envelope) and the shipped
 * default policy, and is counted as held or passed. Benign mail carries nobody's personal data
 * beyond business contacts and participants; risky mail carries what the law and the origin
 * incident are about. Reported per rule (which rules hold benign mail, which catch risky mail)
 * and per kind of mail.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Detector } from '../detect/index.js';
import { extractMessage } from '../extract/index.js';
import { evaluatePolicy } from '../policy/evaluate-policy.js';
import type { LoadedPolicy } from '../policy/loaded-policy.js';
import { fmt } from './metrics.js';

export interface BusinessCase {
  id: string;
  kind: 'benign' | 'risky';
  category: string;
  style: string;
  envelope: { mailFrom: string; rcptTo: string[] };
  raw: string;
}

interface KindTally {
  total: number;
  held: number;
}

export interface BusinessReport {
  cases: number;
  benign: KindTally;
  risky: KindTally;
  /** rule id → messages of each kind the rule held (a hold rule matched). */
  rules: Array<[string, { benign: number; risky: number }]>;
  /** mail category → held/total. */
  categories: Array<[string, { kind: 'benign' | 'risky'; total: number; held: number }]>;
  styles: Array<[string, { total: number; benignHeld: number; riskyMissed: number }]>;
  /** Rules that only miss: for each risky category, messages let through. */
  falseHolds: string[];
  misses: string[];
}

export function loadBusinessCases(file: string): BusinessCase[] | null {
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: BusinessCase[] }).cases;
}

/** One policy for every case, or one per case (the sender's own domains as internal, see fresh.ts). */
export async function evaluateBusiness(detector: Detector, policy: LoadedPolicy | ((c: BusinessCase) => LoadedPolicy), cases: BusinessCase[]): Promise<BusinessReport> {
  const policyOf = typeof policy === 'function' ? policy : (): LoadedPolicy => policy;
  const benign: KindTally = { total: 0, held: 0 };
  const risky: KindTally = { total: 0, held: 0 };
  const rules = new Map<string, { benign: number; risky: number }>();
  const categories = new Map<string, { kind: 'benign' | 'risky'; total: number; held: number }>();
  const styles = new Map<string, { total: number; benignHeld: number; riskyMissed: number }>();
  const falseHolds: string[] = [];
  const misses: string[] = [];
  for (const c of cases) {
    const extraction = await extractMessage(Buffer.from(c.raw, 'base64'));
    const detection = detector.detect(extraction, { envelope: c.envelope });
    const verdict = evaluatePolicy(policyOf(c), { envelope: c.envelope, extraction, detection, knownDomains: new Set() });
    const decided = verdict.monitorOnly ? verdict.wouldBe.verdict : verdict.verdict;
    const held = decided !== 'pass';
    const tally = c.kind === 'benign' ? benign : risky;
    tally.total++;
    if (held) tally.held++;
    // A send delay is not a hold: the mail leaves by itself.
    const holding = verdict.matched.filter((m) => m.action.kind !== 'pass' && m.action.kind !== 'delay');
    for (const m of holding) {
      const r = rules.get(m.id) ?? { benign: 0, risky: 0 };
      r[c.kind]++;
      rules.set(m.id, r);
    }
    const cat = categories.get(c.category) ?? { kind: c.kind, total: 0, held: 0 };
    cat.total++;
    if (held) cat.held++;
    categories.set(c.category, cat);
    const st = styles.get(c.style) ?? { total: 0, benignHeld: 0, riskyMissed: 0 };
    st.total++;
    if (c.kind === 'benign' && held) st.benignHeld++;
    if (c.kind === 'risky' && !held) st.riskyMissed++;
    styles.set(c.style, st);
    if (c.kind === 'benign' && held) falseHolds.push(`${c.id} ${c.category} (${c.style}): ${holding.map((m) => `${m.id} — ${m.reason}`).join('; ')}`);
    if (c.kind === 'risky' && !held) misses.push(`${c.id} ${c.category} (${c.style})`);
  }
  return {
    cases: cases.length,
    benign,
    risky,
    rules: [...rules].sort(),
    categories: [...categories].sort((a, b) => a[1].kind.localeCompare(b[1].kind) || a[0].localeCompare(b[0])),
    styles: [...styles].sort(),
    falseHolds,
    misses,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

export function renderBusiness(r: BusinessReport | null): string {
  if (!r) return '\n## Ordinary business mail (verdicts of the default policy)\n\nSet not found (test/eval-business/business.json): skipped.\n';
  const rules = r.rules
    .map(([id, t]) => `| ${id} | ${t.benign} (${pct(t.benign, r.benign.total)}) | ${t.risky} (${pct(t.risky, r.risky.total)}) |`)
    .join('\n');
  const cats = r.categories.map(([name, t]) => `| ${t.kind} | ${name} | ${t.total} | ${t.held} (${pct(t.held, t.total)}) |`).join('\n');
  const styles = r.styles.map(([name, t]) => `| ${name} | ${t.total} | ${t.benignHeld} | ${t.riskyMissed} |`).join('\n');
  const list = (xs: string[]): string => (xs.length === 0 ? 'none' : xs.slice(0, 10).map((x) => `\n  - ${x}`).join(''));
  return `
## Ordinary business mail (verdicts of the default policy)

\`test/eval-business/business.json\`: ${r.cases} raw outside messages from \`test/eval-business/generate.ts\`
(fixed seed; synthetic people and companies from @faker-js/faker \`ja\`), written from what business mail
looks like and not from the detector's rules. Real MIME: plain text in quoted-printable or base64,
ISO-2022-JP, multipart/alternative as Outlook (MsoNormal, blockquote) and Gmail (gmail_quote) write
it, HTML-only, text/calendar invitations, attached .eml, CSV and zip attachments.
**Benign** (${r.benign.total}): company profiles, minutes sent to the people named, newsletters with shop and
facility addresses, seminar notices with a public lecturer and hall, reply threads with quoted
signatures (\`>\`, Outlook 「差出人/送信日時」 and "-----Original Message-----", "On … wrote:"), calendar
invitations, orders, invoices with the company's account, delivery notices, recruiting, forwarded
notices, contact changes and successors. **Risky** (${r.risky.total}): rosters (CSV, body, HTML table), My Number,
card numbers, 要配慮 about named people, forwarded customer inquiries, passport/licence/residence card/
insurance/pension numbers, a person's bank account, encrypted zip, forgotten BCC.
Each message is extracted, detected with its envelope and decided by \`policies/default.yaml\`
(every recipient outside; no recipient history, so first-time tags only).

- Benign held: **${r.benign.held} of ${r.benign.total} (${pct(r.benign.held, r.benign.total)})** — target ≤ 3 %.
- Risky held: **${r.risky.held} of ${r.risky.total} (${pct(r.risky.held, r.risky.total)})** — target ≥ 98 %.

### Per rule (messages the rule held)

| rule | benign held | risky held |
|---|---|---|
${rules}

### Per kind of mail

| set | kind | messages | held |
|---|---|---|---|
${cats}

### Per writing style

| style | messages | benign held | risky passed |
|---|---|---|---|
${styles}

- Benign messages held: ${list(r.falseHolds)}
- Risky messages passed: ${list(r.misses)}

This set is generated by the engineer who wrote the subject attribution, so it guards intended
behaviour; the hand-written set below, from a writer who did not read the detector, is the more
honest measure.
`;
}

export function printBusiness(r: BusinessReport | null): void {
  if (!r) {
    console.log('Business mail set not found: skipped');
    return;
  }
  console.log(`Business mail: benign held ${r.benign.held}/${r.benign.total} (${fmt(r.benign.held / Math.max(1, r.benign.total))}), risky held ${r.risky.held}/${r.risky.total} (${fmt(r.risky.held / Math.max(1, r.risky.total))})`);
  for (const [id, t] of r.rules) console.log(`  ${id.padEnd(32)} benign ${t.benign}  risky ${t.risky}`);
  for (const x of r.falseHolds.slice(0, 40)) console.log(`  FALSE HOLD ${x}`);
  for (const x of r.misses) console.log(`  MISS ${x}`);
}
