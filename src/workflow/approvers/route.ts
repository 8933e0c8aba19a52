import type { DirectoryView, SkippedManager } from '../../directory/view.js';
import { emptyDirectoryView, groupAddresses, managerFor } from '../../directory/view.js';
import type { ApproversFile } from './schema.js';

/** Who decides on one sender's held mail. */
export interface ApproverRoute {
  approvers: string[];
  delegates: string[];
  /** Department of the sender, when known (visibility for department approvers). */
  department: string | null;
  /** True when nothing was routed for this sender and the fallback group got it. */
  fallback: boolean;
  /** How it was routed, for the audit trail: `routes[2]`, `department:sales`, `directory`, `fallback`. */
  via: string;
  /** Approvers skipped because they are absent today (their delegates were added). */
  absent: string[];
  /** Managers passed over on the way up the chain (disabled, the sender, absent), by DN. */
  skippedManagers: SkippedManager[];
}

const jstOffsetMs = 9 * 60 * 60_000;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** `manager` and `group:<name>`: approver rules resolved from the directory, not principals. */
export function isDirectoryRule(p: string): boolean {
  return p === 'manager' || p.startsWith('group:');
}

/** Does a sender selector (address, `*@glob`, domain) match this address? `department:` is handled by the caller. */
export function senderMatches(selector: string, sender: string): boolean {
  const s = selector.toLowerCase();
  const addr = sender.toLowerCase();
  if (s.includes('@')) return s.includes('*') ? globToRegExp(s).test(addr) : s === addr;
  const domain = domainOf(addr);
  return domain === s || domain.endsWith(`.${s}`);
}

/** Directory selectors: `group:<name>` (transitive member) and `directory-department:<name>`. */
function directorySelectorMatches(view: DirectoryView, selector: string, sender: string): boolean | undefined {
  const group = /^group:(.+)$/.exec(selector)?.[1];
  const dept = /^directory-department:(.+)$/.exec(selector)?.[1];
  if (group === undefined && dept === undefined) return undefined;
  const person = view.personByAddress(sender);
  if (!person) return false;
  if (group !== undefined) return view.groupsOf(person.dn).some((g) => g.toLowerCase() === group.trim().toLowerCase());
  return person.department !== null && person.department.toLowerCase() === dept!.trim().toLowerCase();
}

/** The e-mail address a principal (username or address) stands for, when known from the file. */
export function principalEmail(file: ApproversFile, principal: string): string | undefined {
  if (principal.includes('@')) return principal.toLowerCase();
  return file.people[principal]?.email.toLowerCase();
}

export function departmentOf(file: ApproversFile, sender: string): string | null {
  const addr = sender.toLowerCase();
  for (const person of Object.values(file.people)) {
    if (person.department && person.email.toLowerCase() === addr) return person.department;
  }
  for (const [id, dept] of Object.entries(file.departments)) {
    if (dept.members.some((m) => senderMatches(m, addr))) return id;
  }
  return null;
}

function absenceOf(file: ApproversFile, principal: string, now: number): { delegate?: string } | undefined {
  const today = new Date(now + jstOffsetMs).toISOString().slice(0, 10);
  const p = principal.toLowerCase();
  const email = principalEmail(file, principal);
  return file.absences.find((a) => {
    const who = a.who.toLowerCase();
    return (who === p || (email !== undefined && principalEmail(file, a.who) === email)) && a.from <= today && today <= a.to;
  });
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = p.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface Candidate {
  approvers: string[];
  delegates: string[];
  via: string;
}

/**
 * Route a sender to approvers. Precedence, first that applies:
 *   1. `routes` (first match; selectors may name directory groups and departments),
 *   2. the sender's `departments` entry in the file,
 *   3. `directory` (senders found in the directory copy, typically `[manager]`),
 *   4. `fallback`.
 * The file therefore overrides the directory: a route or department written in it wins over the
 * `directory` default. A matched step that yields nobody (no manager up the chain, an empty group)
 * goes to the fallback, never to a later step. `manager` walks up the chain past disabled, absent
 * people and the sender; people disabled in the directory never approve; absent approvers are
 * replaced by their delegate; the sender is never their own approver. Pure: `now` decides which
 * absences apply, `view` is the directory copy in force.
 */
export function routeApprovers(file: ApproversFile, sender: string, now: number, view: DirectoryView = emptyDirectoryView): ApproverRoute {
  const senderPerson = view.personByAddress(sender);
  const department = departmentOf(file, sender) ?? senderPerson?.department ?? null;
  const yamlDepartment = departmentOf(file, sender);
  let candidate: Candidate | undefined;
  file.routes.some((route, i) => {
    const hit = route.senders.some((sel) => {
      const dept = /^department:(.+)$/.exec(sel)?.[1];
      if (dept !== undefined) return dept === yamlDepartment;
      return directorySelectorMatches(view, sel, sender) ?? senderMatches(sel, sender);
    });
    if (hit) candidate = { approvers: route.approvers, delegates: route.delegates, via: `routes[${i}]` };
    return hit;
  });
  if (!candidate && yamlDepartment) {
    const dept = file.departments[yamlDepartment]!;
    candidate = { approvers: dept.approvers, delegates: dept.delegates, via: `department:${yamlDepartment}` };
  }
  if (!candidate && senderPerson && file.directory) {
    candidate = { approvers: file.directory.approvers, delegates: file.directory.delegates, via: 'directory' };
  }
  const absent: string[] = [];
  const skippedManagers: SkippedManager[] = [];
  const isSender = (p: string): boolean => {
    const email = principalEmail(file, p);
    if (email === sender.toLowerCase() || p.toLowerCase() === sender.toLowerCase()) return true;
    // The same directory person under another of their addresses.
    return !!senderPerson && email !== undefined && view.personByAddress(email)?.dn === senderPerson.dn;
  };
  const disabledInDirectory = (p: string): boolean => {
    const email = principalEmail(file, p);
    return email !== undefined && view.personByAddress(email)?.disabled === true;
  };
  const expand = (list: readonly string[]): string[] =>
    list.flatMap((p) => {
      if (p === 'manager') {
        const found = managerFor(view, sender, (email) => absenceOf(file, email, now) !== undefined);
        skippedManagers.push(...found.skipped);
        return found.manager ? [found.manager.email] : [];
      }
      const group = /^group:(.+)$/.exec(p)?.[1];
      if (group !== undefined) return groupAddresses(view, group);
      return [p];
    });
  const resolve = (c: { approvers: string[]; delegates: string[] }) => {
    const present = (p: string) => !isSender(p) && !disabledInDirectory(p) && !absenceOf(file, p, now);
    const approvers: string[] = [];
    for (const p of expand(c.approvers)) {
      if (isSender(p) || disabledInDirectory(p)) continue;
      const away = absenceOf(file, p, now);
      if (!away) approvers.push(p);
      else {
        absent.push(p);
        if (away.delegate && present(away.delegate)) approvers.push(away.delegate);
      }
    }
    const delegates = unique(expand(c.delegates).filter(present));
    return { approvers: unique(approvers.length ? approvers : delegates), delegates };
  };
  if (candidate) {
    const r = resolve(candidate);
    if (r.approvers.length > 0) return { ...r, department, fallback: false, via: candidate.via, absent, skippedManagers };
  }
  const r = resolve(file.fallback);
  return { ...r, department, fallback: true, via: candidate ? `${candidate.via}→fallback` : 'fallback', absent, skippedManagers };
}
