/** Evaluate one rule's `when` tree against the message facts; every matched leaf explains itself. */
import type { Confidence, SubjectKind } from '../detect/types.js';
import type { ExtractionProblem } from '../extract/types.js';
import { categoryLabel, categoryMatchesAny, confidenceAtLeast, confidenceLabel, higherConfidence } from './categories.js';
import { globToRegExp, isSameOrSubdomain } from './domains.js';
import type { Condition, FindingsCondition, ProblemCondition, RecipientsCondition, SenderCondition } from './loaded-policy.js';
import type { MessageFacts } from './message-facts.js';
import { listSome, plural, recipientClassLabel, type ReasonPart } from './reasons.js';
import type { RecipientFacts } from './types.js';

export interface ConditionResult {
  matched: boolean;
  parts: ReasonPart[];
}

const noMatch: ConditionResult = { matched: false, parts: [] };

export function evaluateCondition(condition: Condition, facts: MessageFacts): ConditionResult {
  switch (condition.kind) {
    case 'all': {
      const parts: ReasonPart[] = [];
      for (const child of condition.of) {
        const result = evaluateCondition(child, facts);
        if (!result.matched) return noMatch;
        parts.push(...result.parts);
      }
      return { matched: true, parts };
    }
    case 'any': {
      const matched = condition.of.map((child) => evaluateCondition(child, facts)).filter((r) => r.matched);
      return matched.length === 0 ? noMatch : { matched: true, parts: matched.flatMap((r) => r.parts) };
    }
    case 'not':
      // A negated condition explains nothing positive about the message.
      return { matched: !evaluateCondition(condition.of, facts).matched, parts: [] };
    case 'findings':
      return evaluateFindings(condition, facts);
    case 'recipients':
      return evaluateRecipients(condition, facts);
    case 'sender':
      return evaluateSender(condition, facts);
    case 'subject': {
      const subject = facts.input.extraction.headers.subject;
      const pattern = condition.patterns.find((p) => p.test(subject));
      if (!pattern) return noMatch;
      return leaf('message', `件名が /${pattern.source}/ に一致`, `subject matches /${pattern.source}/`);
    }
    case 'attachmentName': {
      const name = facts.attachmentNames.find((n) => condition.patterns.some((p) => p.test(n)));
      if (name === undefined) return noMatch;
      return leaf('message', `添付ファイル名 ${name}`, `attachment name ${name}`);
    }
    case 'messageSize': {
      const size = facts.input.extraction.size;
      if (condition.min !== undefined && size < condition.min) return noMatch;
      if (condition.max !== undefined && size > condition.max) return noMatch;
      const mb = (size / 1024 / 1024).toFixed(1);
      return leaf('message', `メールサイズ ${mb}MB`, `message size ${mb} MB`);
    }
    case 'encrypted':
    case 'uninspectable':
      return evaluateProblems(condition, facts);
    default:
      return assertNever(condition);
  }
}

function leaf(kind: ReasonPart['kind'], ja: string, en: string): ConditionResult {
  return { matched: true, parts: [{ kind, ja, en }] };
}

function evaluateFindings(condition: FindingsCondition, facts: MessageFacts): ConditionResult {
  const relevant = facts.findings.filter(
    ({ finding, source, allowedForPartners }) =>
      categoryMatchesAny(condition.categories, finding.category) &&
      confidenceAtLeast(finding.confidence, condition.minConfidence) &&
      (condition.locations === null || condition.locations.includes(source)) &&
      (condition.subjects === null || (finding.subject !== undefined && condition.subjects.includes(finding.subject))) &&
      !(condition.partnerAllowances && allowedForPartners),
  );
  const total = relevant.reduce((sum, { finding }) => sum + finding.count, 0);
  if (total < condition.minCount) return noMatch;
  // The same value found in both the text and the HTML body, or twice in a thread, counts once.
  const distinct = new Set(relevant.flatMap(({ finding }) => finding.hashes.map((h) => `${finding.category}:${h}`))).size;
  if (condition.minDistinct !== undefined && distinct < condition.minDistinct) return noMatch;

  const { personCount, recordCount } = facts.input.detection.summary;
  if (condition.minPersonCount !== undefined && personCount < condition.minPersonCount) return noMatch;
  if (condition.minRecordCount !== undefined && recordCount < condition.minRecordCount) return noMatch;

  const byCategory = new Map<string, { count: number; confidence: Confidence }>();
  for (const { finding } of relevant) {
    const seen = byCategory.get(finding.category);
    byCategory.set(finding.category, {
      count: (seen?.count ?? 0) + finding.count,
      confidence: seen ? higherConfidence(seen.confidence, finding.confidence) : finding.confidence,
    });
  }
  const parts: ReasonPart[] = [];
  if (condition.minDistinct !== undefined) {
    const about = subjectsLabel(condition.subjects);
    const names = listSome([...byCategory.keys()].map((c) => categoryLabel(c).ja)).ja;
    const namesEn = listSome([...byCategory.keys()].map((c) => categoryLabel(c).en)).en;
    parts.push({ kind: 'content', ja: `${about.ja}${names} ${distinct}件（異なる値）`, en: `${about.en}${distinct} distinct ${namesEn} values` });
  }
  if (condition.minPersonCount !== undefined) {
    parts.push({ kind: 'content', ja: `${personCount}人分の個人データ`, en: `personal data of ${plural(personCount, 'person', 'people')}` });
  }
  if (condition.minRecordCount !== undefined) {
    parts.push({ kind: 'content', ja: `個人データ ${recordCount}レコード`, en: `${plural(recordCount, 'record')} of personal data` });
  }
  if (parts.length === 0) {
    const described = [...byCategory].map(([category, { count, confidence }]) => {
      const name = categoryLabel(category);
      const level = confidenceLabel(confidence);
      return {
        ja: `${name.ja}(${level.ja})${count > 1 ? ` ${count}件` : ''}`,
        en: `${name.en} (${level.en})${count > 1 ? ` x${count}` : ''}`,
      };
    });
    const ja = listSome(described.map((d) => d.ja));
    const en = listSome(described.map((d) => d.en));
    const about = subjectsLabel(condition.subjects);
    parts.push({ kind: 'content', ja: `${about.ja}${ja.ja}`, en: `${about.en}${en.en}` });
  }
  return { matched: true, parts };
}

const subjectLabels: Record<SubjectKind, [ja: string, en: string]> = {
  third_person: ['第三者', 'third person'],
  business_contact: ['取引先・組織の連絡先', 'business contact'],
  participant: ['宛先・送信者本人', 'participant'],
};

/** 「第三者の」 / "about a third person: " when the condition names whom the findings are about. */
function subjectsLabel(subjects: readonly SubjectKind[] | null): { ja: string; en: string } {
  if (subjects === null) return { ja: '', en: '' };
  // Everyone but the participants (data sent back to its own holder does not count): the
  // finding is someone else's, which is what a finding means without a label.
  if (subjects.length === 2 && subjects.includes('third_person') && subjects.includes('business_contact')) return { ja: '', en: '' };
  return {
    ja: `${subjects.map((s) => subjectLabels[s][0]).join('・')}の`,
    en: `about ${subjects.map((s) => `a ${subjectLabels[s][1]}`).join(' or ')}: `,
  };
}

function evaluateRecipients(condition: RecipientsCondition, facts: MessageFacts): ConditionResult {
  const { recipients, summary } = facts.recipients;
  const outside = recipients.filter((r) => r.class !== 'internal');
  const parts: ReasonPart[] = [];
  const push = (ja: string, en: string) => parts.push({ kind: 'recipients', ja, en });
  const outsidePart = () => push(`外部宛先 ${outside.length}件`, plural(outside.length, 'external recipient'));

  switch (condition.external) {
    case undefined:
      break;
    case 'any':
      if (outside.length === 0) return noMatch;
      outsidePart();
      break;
    case 'all':
      if (recipients.length === 0 || outside.length !== recipients.length) return noMatch;
      outsidePart();
      break;
    case 'none':
      if (outside.length > 0) return noMatch;
      push('社内宛先のみ', 'internal recipients only');
      break;
    default:
      return assertNever(condition.external);
  }
  if (condition.anyClass) {
    const classes = condition.anyClass;
    const hits = recipients.filter((r) => classes.includes(r.class));
    if (hits.length === 0) return noMatch;
    pushByClass(hits, push);
  }
  if (condition.allClass) {
    const classes = condition.allClass;
    if (recipients.length === 0 || !recipients.every((r) => classes.includes(r.class))) return noMatch;
    pushByClass(recipients, push);
  }
  if (condition.minExternal !== undefined) {
    if (outside.length < condition.minExternal) return noMatch;
    outsidePart();
  }
  if (condition.minExternalVisible !== undefined) {
    if (summary.outsideVisible < condition.minExternalVisible) return noMatch;
    push(`To/Ccに見える外部アドレス ${summary.outsideVisible}件`, `${plural(summary.outsideVisible, 'external address', 'external addresses')} visible in To/Cc`);
  }
  if (condition.minOrganisations !== undefined) {
    if (summary.organisations < condition.minOrganisations) return noMatch;
    push(`${summary.organisations}組織`, `${plural(summary.organisations, 'organisation')}`);
  }
  if (condition.lookalike !== undefined) {
    const lookalikes = recipients.filter((r) => r.lookalikeOf !== undefined);
    if (condition.lookalike !== lookalikes.length > 0) return noMatch;
    for (const r of uniqueByDomain(lookalikes)) {
      push(`類似ドメイン ${r.domain}（${r.lookalikeOf}に類似）`, `lookalike domain ${r.domain} (resembles ${r.lookalikeOf})`);
    }
  }
  if (condition.firstTime !== undefined) {
    const firstTime = outside.filter((r) => r.firstTime);
    if (condition.firstTime !== firstTime.length > 0) return noMatch;
    if (firstTime.length > 0) {
      const domains = listSome(uniqueByDomain(firstTime).map((r) => r.domain));
      push(`初めて送信するドメイン ${domains.ja}`, `first-time domain ${domains.en}`);
    }
  }
  if (condition.domains) {
    const bases = condition.domains;
    const hits = recipients.filter((r) => bases.some((base) => isSameOrSubdomain(r.domain, base)));
    if (hits.length === 0) return noMatch;
    const domains = listSome(uniqueByDomain(hits).map((r) => r.domain));
    push(`宛先ドメイン ${domains.ja}`, `recipient domain ${domains.en}`);
  }
  return { matched: true, parts };
}

function pushByClass(recipients: readonly RecipientFacts[], push: (ja: string, en: string) => void): void {
  const counts = new Map<RecipientFacts['class'], RecipientFacts[]>();
  for (const r of recipients) counts.set(r.class, [...(counts.get(r.class) ?? []), r]);
  for (const [recipientClass, members] of counts) {
    const label = recipientClassLabel(recipientClass);
    const domains = listSome(uniqueByDomain(members).map((r) => r.domain));
    push(
      `${label.ja}宛先 ${members.length}件 (${domains.ja})`,
      `${plural(members.length, `${label.en} recipient`)} (${domains.en})`,
    );
  }
}

function uniqueByDomain(recipients: readonly RecipientFacts[]): RecipientFacts[] {
  const seen = new Set<string>();
  return recipients.filter((r) => !seen.has(r.domain) && seen.add(r.domain));
}

function evaluateSender(condition: SenderCondition, facts: MessageFacts): ConditionResult {
  const { address, domain, groups } = facts.sender;
  const parts: ReasonPart[] = [];
  if (condition.addresses) {
    if (!condition.addresses.some((pattern) => globToRegExp(pattern).test(address))) return noMatch;
    parts.push({ kind: 'message', ja: `送信者 ${address}`, en: `sender ${address}` });
  }
  if (condition.domains) {
    if (!condition.domains.some((base) => isSameOrSubdomain(domain, base))) return noMatch;
    parts.push({ kind: 'message', ja: `送信者ドメイン ${domain}`, en: `sender domain ${domain}` });
  }
  if (condition.groups) {
    const hit = condition.groups.find((group) => groups.includes(group));
    if (hit === undefined) return noMatch;
    parts.push({ kind: 'message', ja: `送信者グループ ${hit}`, en: `sender group ${hit}` });
  }
  const directory = facts.input.senderDirectory;
  if (condition.directoryGroups) {
    const mine = new Set((directory?.groups ?? []).map((g) => g.toLowerCase()));
    const hit = condition.directoryGroups.find((group) => mine.has(group.toLowerCase()));
    if (hit === undefined) return noMatch;
    parts.push({ kind: 'message', ja: `送信者の所属グループ ${hit}`, en: `sender in directory group ${hit}` });
  }
  if (condition.departments) {
    const department = directory?.department?.toLowerCase();
    const hit = condition.departments.find((d) => d.toLowerCase() === department);
    if (hit === undefined) return noMatch;
    parts.push({ kind: 'message', ja: `送信者の部署 ${hit}`, en: `sender department ${hit}` });
  }
  return { matched: true, parts };
}

function evaluateProblems(condition: ProblemCondition, facts: MessageFacts): ConditionResult {
  const problems = (condition.kind === 'encrypted' ? facts.encrypted : facts.uninspectable).filter((p) =>
    problemCounts(condition, p),
  );
  if (!condition.present) return problems.length === 0 ? { matched: true, parts: [] } : noMatch;
  if (problems.length === 0) return noMatch;
  const n = problems.length;
  return condition.kind === 'encrypted'
    ? leaf('content', `暗号化された添付ファイル ${n}件`, plural(n, 'encrypted attachment'))
    : leaf('content', `検査できない部分 ${n}件`, plural(n, 'uninspectable part'));
}

function problemCounts(condition: ProblemCondition, problem: ExtractionProblem): boolean {
  if (condition.reasons !== null && !condition.reasons.includes(problem.reason)) return false;
  const type = problem.type;
  return type === undefined || !condition.exceptTypes.some((glob) => globToRegExp(glob).test(type));
}

function assertNever(value: never): never {
  throw new Error(`unhandled condition ${JSON.stringify(value)}`);
}
