/**
 * Schema of the policy file (see docs/policy.md). Raw shape only: defaults and normalisation
 * happen when the policy is compiled, so error paths always point at what the user wrote.
 */
import { z } from 'zod';
import { parseDelayDuration, parseLinkExpiry } from './durations.js';

export { delayDurationPattern, linkExpiryPattern, maxDelayMs, minDelayMs, parseDelayDuration, parseLinkExpiry } from './durations.js';
import { subjectKinds } from '../detect/types.js';
import { categoryPatternHelp, isValidCategoryPattern } from './categories.js';
import { isDomainName } from './domains.js';

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

const domainName = z.string().refine(isDomainName, { error: 'expected a domain name such as example.co.jp' });

const categoryPattern = z.string().refine(isValidCategoryPattern, {
  error: (issue) => `unknown category ${JSON.stringify(issue.input)}: ${categoryPatternHelp}`,
});

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `invalid regular expression ${JSON.stringify(issue.input)}` },
);

/** `1048576`, `"10MB"`, `"512 KiB"` */
const byteSize = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/^\s*\d+(\.\d+)?\s*(B|KB|KiB|MB|MiB|GB|GiB)?\s*$/i, {
    error: 'expected a size such as 10MB, 512KB or a number of bytes',
  }),
]);

const confidence = z.enum(['low', 'medium', 'high']);
const locationType = z.enum(['subject', 'header', 'body', 'attachment']);
/** Whom a finding is about (see src/detect/attribute-subject.ts). */
const findingSubject = z.enum(subjectKinds);
const recipientClass = z.enum(['internal', 'partner', 'external', 'freemail', 'blocked']);
const problemReason = z.enum([
  'encrypted', 'unsupported_format', 'no_text', 'corrupt', 'limit_depth', 'limit_entries', 'limit_size',
  'limit_ratio', 'limit_time', 'charset', 'internal_error',
]);
const count = z.number().int().min(1);
const atLeastOneKey = (value: object) => Object.keys(value).length > 0;

export const findingsConditionSchema = z.strictObject({
  category: oneOrMany(categoryPattern).optional(),
  minConfidence: confidence.optional(),
  minCount: count.optional(),
  minDistinct: count.optional(),
  minPersonCount: count.optional(),
  minRecordCount: count.optional(),
  location: oneOrMany(locationType).optional(),
  subject: oneOrMany(findingSubject).optional(),
  partnerAllowances: z.boolean().optional(),
});

export const recipientsConditionSchema = z
  .strictObject({
    external: z.enum(['any', 'all', 'none']).optional(),
    anyClass: oneOrMany(recipientClass).optional(),
    allClass: oneOrMany(recipientClass).optional(),
    minExternal: count.optional(),
    minExternalVisible: count.optional(),
    minOrganisations: count.optional(),
    lookalike: z.boolean().optional(),
    firstTime: z.boolean().optional(),
    domain: oneOrMany(domainName).optional(),
  })
  .refine(atLeastOneKey, { error: 'recipients condition needs at least one key' });

export const senderConditionSchema = z
  .strictObject({
    address: oneOrMany(z.string().min(1)).optional(),
    domain: oneOrMany(domainName).optional(),
    group: oneOrMany(z.string().min(1)).optional(),
    /** A group of the organisation's directory (LDAP / AD, docs/directory.md), nested groups included. */
    directoryGroup: oneOrMany(z.string().min(1)).optional(),
    /** The sender's department in the directory. */
    department: oneOrMany(z.string().min(1)).optional(),
  })
  .refine(atLeastOneKey, { error: 'sender condition needs address, domain, group, directoryGroup or department' });

const problemCondition = z.union([
  z.boolean(),
  z.strictObject({
    reasons: oneOrMany(problemReason).optional(),
    exceptTypes: oneOrMany(z.string().min(1)).optional(),
  }),
]);

export const messageSizeConditionSchema = z
  .strictObject({ min: byteSize.optional(), max: byteSize.optional() })
  .refine(atLeastOneKey, { error: 'messageSize needs min or max' });

export interface WhenNodeRaw {
  all?: WhenNodeRaw[];
  any?: WhenNodeRaw[];
  not?: WhenNodeRaw;
  findings?: z.infer<typeof findingsConditionSchema>;
  recipients?: z.infer<typeof recipientsConditionSchema>;
  sender?: z.infer<typeof senderConditionSchema>;
  subject?: string | string[];
  attachmentName?: string | string[];
  messageSize?: z.infer<typeof messageSizeConditionSchema>;
  encrypted?: z.infer<typeof problemCondition>;
  uninspectable?: z.infer<typeof problemCondition>;
}

export const whenNodeSchema: z.ZodType<WhenNodeRaw> = z.lazy(() =>
  z
    .strictObject({
      all: z.array(whenNodeSchema).min(1).optional(),
      any: z.array(whenNodeSchema).min(1).optional(),
      not: whenNodeSchema.optional(),
      findings: findingsConditionSchema.optional(),
      recipients: recipientsConditionSchema.optional(),
      sender: senderConditionSchema.optional(),
      subject: oneOrMany(regexSource).optional(),
      attachmentName: oneOrMany(regexSource).optional(),
      messageSize: messageSizeConditionSchema.optional(),
      encrypted: problemCondition.optional(),
      uninspectable: problemCondition.optional(),
    })
    .refine(atLeastOneKey, { error: 'empty condition: use all/any/not or a condition key' }),
);

const holdStage = z.enum(['selfCheck', 'approval']);

const delayDuration = z.string().refine((text) => parseDelayDuration(text) !== undefined, {
  error: (issue) => `invalid delay ${JSON.stringify(issue.input)}: expected a duration from 10s to 24h such as 30s, 5m or 1h`,
});

const delaySettings = z.union([
  delayDuration,
  z.strictObject({ for: delayDuration, notify: z.boolean().optional(), afterHold: z.boolean().optional() }),
]);

const linkExpiry = z.string().refine((text) => parseLinkExpiry(text) !== undefined, {
  error: (issue) => `invalid expiry ${JSON.stringify(issue.input)}: expected 1h to 90d such as 12h or 7d`,
});

/** 添付ファイルのダウンロードリンク化 (src/release/separate-attachments.ts). */
const separateAttachmentsSettings = z.union([
  z.literal(true),
  z.strictObject({
    expires: linkExpiry.optional(),
    maxDownloads: z.number().int().min(1).max(1000).optional(),
    verifyCode: z.boolean().optional(),
    notifySender: z.boolean().optional(),
    except: z
      .strictObject({
        partners: z.array(z.string().min(1)).optional(),
        domains: z.array(domainName).optional(),
        below: byteSize.optional(),
        types: z.array(z.string().regex(/^(\.[A-Za-z0-9]+|[a-z]+\/([a-z0-9.+-]+|\*))$/i, { error: 'expected a file extension (.ics) or a MIME type (text/calendar, image/*)' })).optional(),
      })
      .optional(),
  }),
]);
/** `supervisor` (the sender's approver from the routing) or an e-mail address. */
const bccTarget = z.union([z.literal('supervisor'), z.email({ error: 'expected supervisor or an e-mail address' })]);

const modifySettings = z
  .strictObject({
    bcc: oneOrMany(bccTarget).optional(),
    subjectPrefix: z.string().min(1).max(40).refine((p) => !/[\r\n]/.test(p), { error: 'subjectPrefix must be one line' }).optional(),
  })
  .refine(atLeastOneKey, { error: 'modify needs bcc or subjectPrefix' });

export const actionSchema = z.union(
  [
    z.literal('pass'),
    z.strictObject({ hold: z.array(holdStage).min(1) }),
    z.strictObject({ reject: z.string().min(1) }),
    z.strictObject({ delay: delaySettings }),
    z.strictObject({ separateAttachments: separateAttachmentsSettings }),
    z.strictObject({ modify: modifySettings }),
  ],
  { error: 'action must be pass, {hold: [selfCheck, approval]}, {reject: "notice to the sender"}, {delay: 5m} / {delay: {for: 5m, notify: true}}, {separateAttachments: true} / {separateAttachments: {expires: 7d, verifyCode: true}} or {modify: {bcc: supervisor, subjectPrefix: 【社外】}}' },
);

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'rule id: letters, digits, . _ - only' }),
  /** A string (「日本語 / English」 is shown per language) or `{ ja, en }`. */
  description: z.union([z.string().min(1), z.strictObject({ ja: z.string().min(1), en: z.string().min(1) })]),
  when: whenNodeSchema.optional(),
  action: actionSchema,
  monitor: z.boolean().optional(),
  tag: oneOrMany(z.string().min(1)).optional(),
  notify: oneOrMany(z.string().min(1)).optional(),
});

export const partnerSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  domains: z.array(domainName).min(1),
  allowedCategories: z.array(categoryPattern).optional(),
});

export const senderGroupSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  match: oneOrMany(z.string().min(1)),
});

export const policySchema = z.strictObject({
  version: z.literal(1, { error: 'version: 1 is the only policy format version' }),
  mode: z.enum(['enforce', 'monitor']).optional(),
  organisation: z.strictObject({
    name: z.string().optional(),
    internalDomains: z.array(domainName).min(1),
    partners: z.array(partnerSchema).optional(),
    freemail: z
      .strictObject({
        builtinList: z.boolean().optional(),
        add: z.array(domainName).optional(),
        remove: z.array(domainName).optional(),
      })
      .optional(),
    blockedDomains: z.array(domainName).optional(),
    senderGroups: z.array(senderGroupSchema).optional(),
  }),
  lookalike: z
    .strictObject({
      maxDistance: z.number().int().min(0).max(3).optional(),
      minLength: z.number().int().min(1).optional(),
      ignore: z.array(domainName).optional(),
    })
    .optional(),
  rules: z.array(ruleSchema),
});

export type PolicyFileRaw = z.infer<typeof policySchema>;
export type RuleRaw = z.infer<typeof ruleSchema>;
export type ActionRaw = z.infer<typeof actionSchema>;
export type ProblemConditionRaw = z.infer<typeof problemCondition>;

export const freemailDictionarySchema = z.strictObject({
  domains: z.array(domainName).min(1),
});
