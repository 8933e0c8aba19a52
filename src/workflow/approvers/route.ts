import type { ApproversFile } from './schema.js';

/** Who decides on one sender's held mail. */
export interface ApproverRoute {
  approvers: string[];
  delegates: string[];
  /** Department of the sender, when known (visibility for department approvers). */
  department: string | null;
  /** True when nothing was routed for this sender and the fallback group got it. */
  fallback: boolean;
  /** How it was routed, for the audit trail: `route[2]`, `department:sales`, `fallback`. */
  via: string;
  /** Approvers skipped because they are absent today (their delegates were added). */
  absent: string[];
}

const jstOffsetMs = 9 * 60 * 60_000;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** Does a sender selector (address, `*@glob`, domain) match this address? `department:` is handled by the caller. */
export function senderMatches(selector: string, sender: string): boolean {
  const s = selector.toLowerCase();
  const addr = sender.toLowerCase();
  if (s.includes('@')) return s.includes('*') ? globToRegExp(s).test(addr) : s === addr;
  const domain = domainOf(addr);
  return domain === s || domain.endsWith(`.${s}`);
}

/** The e-mail address a principal (username or address) stands for, when known from the file. */
export function principalEmail(file: ApproversFile, principal: string): string | undefined {
  if (principal.includes('@')) return principal.toLowerCase();
  return file.people[principal]?.email.toLowerCase();
}

/** Is `principal` the same person as the sender address? */
function isSender(file: ApproversFile, principal: string, sender: string): boolean {
  return principalEmail(file, principal) === sender.toLowerCase() || principal.toLowerCase() === sender.toLowerCase();
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

/**
 * Route a sender to approvers: explicit routes first (first match), then the sender's
 * department, then the fallback group. Absent approvers are replaced by their delegate; the
 * sender is never their own approver. Pure: `now` decides which absences apply.
 */
export function routeApprovers(file: ApproversFile, sender: string, now: number): ApproverRoute {
  const department = departmentOf(file, sender);
  let candidate: { approvers: string[]; delegates: string[]; via: string } | undefined;
  file.routes.some((route, i) => {
    const hit = route.senders.some((sel) => {
      const dept = /^department:(.+)$/.exec(sel)?.[1];
      return dept !== undefined ? dept === department : senderMatches(sel, sender);
    });
    if (hit) candidate = { approvers: route.approvers, delegates: route.delegates, via: `routes[${i}]` };
    return hit;
  });
  if (!candidate && department) {
    const dept = file.departments[department]!;
    candidate = { approvers: dept.approvers, delegates: dept.delegates, via: `department:${department}` };
  }
  const absent: string[] = [];
  const resolve = (c: { approvers: string[]; delegates: string[] }) => {
    const present = (p: string) => !isSender(file, p, sender) && !absenceOf(file, p, now);
    const approvers: string[] = [];
    for (const p of c.approvers) {
      if (isSender(file, p, sender)) continue;
      const away = absenceOf(file, p, now);
      if (!away) approvers.push(p);
      else {
        absent.push(p);
        if (away.delegate && present(away.delegate)) approvers.push(away.delegate);
      }
    }
    const delegates = unique(c.delegates.filter(present));
    return { approvers: unique(approvers.length ? approvers : delegates), delegates };
  };
  if (candidate) {
    const r = resolve(candidate);
    if (r.approvers.length > 0) return { ...r, department, fallback: false, via: candidate.via, absent };
  }
  const r = resolve(file.fallback);
  return { ...r, department, fallback: true, via: candidate ? `${candidate.via}→fallback` : 'fallback', absent };
}
