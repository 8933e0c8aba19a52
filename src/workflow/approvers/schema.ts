import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A username of a web UI account, or an e-mail address. */
const principal = z.string().min(1).refine((s) => !/\s/.test(s), 'no spaces');
/**
 * Who approves: a principal, or a directory rule (needs `directory.ldap`): `manager` (the
 * sender's manager, walking up the chain) or `group:<name>` (the enabled members of a directory group).
 */
const approverRule = z
  .string()
  .min(1)
  .refine((s) => /^group:\S/.test(s) || !/\s/.test(s), 'no spaces (except in group:<name>)');
/**
 * A sender selector: `taro@example.co.jp`, `*@sales.example.co.jp` (glob), `example.co.jp`
 * (the domain and its subdomains), `department:<id>` (a department of this file), or from the
 * directory: `group:<name>` (member of a directory group, nested groups included) and
 * `directory-department:<name>` (the person's department attribute).
 */
const senderSelector = z.string().min(1);

export const approversSchema = z
  .object({
    version: z.literal(1),
    /** People referenced by username: their address for notices and their department. */
    people: z
      .record(z.string().min(1), z.object({ email: z.email(), name: z.string().optional(), department: z.string().optional() }).strict())
      .default({}),
    departments: z
      .record(
        z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'department ids are lowercase letters, digits, - and _'),
        z
          .object({
            name: z.string().optional(),
            /** Who belongs to the department (sender selectors, no `department:`). */
            members: z.array(senderSelector).default([]),
            approvers: z.array(approverRule).default([]),
            /** 代理承認: may approve too, and get escalations. */
            delegates: z.array(approverRule).default([]),
          })
          .strict(),
      )
      .default({}),
    /** Explicit routes, first match wins; checked before department membership. */
    routes: z
      .array(
        z
          .object({
            senders: z.array(senderSelector).min(1),
            approvers: z.array(approverRule).min(1),
            delegates: z.array(approverRule).default([]),
          })
          .strict(),
      )
      .default([]),
    /**
     * Senders found in the directory that no route and no department matched: typically
     * `approvers: [manager]`. Checked after `routes` and `departments`, before `fallback`.
     */
    directory: z
      .object({ approvers: z.array(approverRule).default([]), delegates: z.array(approverRule).default([]) })
      .strict()
      .optional(),
    /** Gets every hold whose sender has no routed approver (the admin is told). */
    fallback: z
      .object({ approvers: z.array(approverRule).default([]), delegates: z.array(approverRule).default([]) })
      .strict()
      .prefault({}),
    /** Absence periods (inclusive dates, JST): the delegate takes over. */
    absences: z
      .array(z.object({ who: principal, from: date, to: date, delegate: principal.optional(), note: z.string().optional() }).strict())
      .default([]),
  })
  .strict();

export type ApproversFile = z.infer<typeof approversSchema>;
