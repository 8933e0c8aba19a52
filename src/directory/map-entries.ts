import type { z } from 'zod';
import type { directoryAttributesSchema, directoryDisabledSchema } from '../config/schema.js';
import type { DirectoryGroup, DirectoryPerson, DirectorySnapshot, RawDirectory, RawEntry } from './types.js';
import { inCopyOrder } from './types.js';

export type DirectoryAttributes = z.infer<typeof directoryAttributesSchema>;
export type DisabledRule = z.infer<typeof directoryDisabledSchema>;

export interface MappingSettings {
  attributes: DirectoryAttributes;
  disabled: DisabledRule;
}

/** A person entry that could not be used, and why (no address): counted, never fatal. */
export interface SkippedEntry {
  dn: string;
  reason: 'no_address';
}

/** DNs compare case-insensitively and without spaces around separators (AD writes `CN=a, OU=b`). */
export function normalizeDn(dn: string): string {
  return dn
    .trim()
    .replace(/\s*([,=+])\s*/g, '$1')
    .toLowerCase();
}

/** Attribute values by name, case-insensitively (LDAP attribute names are). */
function values(entry: RawEntry, name: string): string[] {
  const wanted = name.toLowerCase();
  for (const [key, list] of Object.entries(entry.attributes)) {
    if (key.toLowerCase() === wanted) return list;
  }
  return [];
}

function first(entry: RawEntry, name: string): string | null {
  const v = values(entry, name).find((x) => x.trim() !== '');
  return v === undefined ? null : v.trim();
}

const address = /^[^\s@]+@[^\s@]+$/;

/**
 * Addresses from `mail` and `proxyAddresses`: `SMTP:` (upper case) is the primary address,
 * `smtp:` and bare addresses are aliases; other address types (X500:, SIP:) are not mail addresses.
 */
export function addressesOf(entry: RawEntry, attributes: DirectoryAttributes): { email: string | null; aliases: string[] } {
  const mail = first(entry, attributes.mail)?.toLowerCase() ?? null;
  let primary: string | null = null;
  const others: string[] = [];
  for (const raw of values(entry, attributes.proxyAddresses)) {
    // `SMTP:`/`smtp:` (AD), or a bare address (OpenLDAP mailAlternateAddress); X500:, SIP: are not mail.
    const m = /^(smtp):(.+)$/i.exec(raw.trim()) ?? (address.test(raw.trim()) && !/^[a-z0-9]+:/i.test(raw.trim()) ? ['', 'bare', raw.trim()] : null);
    if (!m || !address.test(m[2]!)) continue;
    const addr = m[2]!.toLowerCase();
    if (m[1] === 'SMTP' && primary === null) primary = addr;
    else others.push(addr);
  }
  const email = mail && address.test(mail) ? mail : primary;
  const aliases = [...new Set([primary, ...others].filter((a): a is string => a !== null && a !== email))];
  return { email, aliases };
}

/** AD: userAccountControl bit 0x2 (ACCOUNTDISABLE); else the configured attribute and values. */
export function isDisabled(entry: RawEntry, rule: DisabledRule): boolean {
  switch (rule.kind) {
    case 'userAccountControl': {
      const v = first(entry, rule.attribute);
      const n = v === null ? NaN : Number.parseInt(v, 10);
      return Number.isFinite(n) && (n & 0x2) !== 0;
    }
    case 'attribute': {
      const wanted = new Set(rule.values.map((x) => x.toLowerCase()));
      return values(entry, rule.attribute).some((x) => wanted.has(x.trim().toLowerCase()));
    }
    case 'none':
      return false;
  }
}

export function mapPerson(entry: RawEntry, settings: MappingSettings): DirectoryPerson | SkippedEntry {
  const dn = normalizeDn(entry.dn);
  const { email, aliases } = addressesOf(entry, settings.attributes);
  if (!email) return { dn, reason: 'no_address' };
  const manager = first(entry, settings.attributes.manager);
  return {
    dn,
    email,
    aliases,
    displayName: first(entry, settings.attributes.displayName) ?? email,
    department: first(entry, settings.attributes.department),
    title: first(entry, settings.attributes.title),
    managerDn: manager ? normalizeDn(manager) : null,
    disabled: isDisabled(entry, settings.disabled),
  };
}

/**
 * Members of each group, nested groups expanded (people only). Cycle-safe: each group's nesting
 * is walked with its own visited set, so a cycle (A ⊃ B ⊃ A) ends and every group of it gets
 * every member of the cycle. Members that are neither a known person nor a known group (out of
 * the search base, contacts) are left out.
 */
export function expandGroups(groups: ReadonlyArray<{ dn: string; name: string; memberDns: string[] }>, peopleDns: ReadonlySet<string>): DirectoryGroup[] {
  const byDn = new Map(groups.map((g) => [g.dn, g]));
  return groups.map((g) => {
    const members = new Set<string>();
    const visited = new Set<string>([g.dn]);
    const stack = [g];
    while (stack.length) {
      for (const m of stack.pop()!.memberDns) {
        if (peopleDns.has(m)) members.add(m);
        else if (!visited.has(m) && byDn.has(m)) {
          visited.add(m);
          stack.push(byDn.get(m)!);
        }
      }
    }
    return { dn: g.dn, name: g.name, members: [...members].sort() };
  });
}

/** Raw entries → a snapshot (people sorted by DN, groups with nested members expanded). */
export function mapDirectory(raw: RawDirectory, settings: MappingSettings): { snapshot: DirectorySnapshot; skipped: SkippedEntry[] } {
  const people: DirectoryPerson[] = [];
  const skipped: SkippedEntry[] = [];
  const seen = new Set<string>();
  for (const entry of raw.people) {
    const mapped = mapPerson(entry, settings);
    if ('reason' in mapped) skipped.push(mapped);
    else if (!seen.has(mapped.dn)) {
      seen.add(mapped.dn);
      people.push(mapped);
    }
  }

  const rawGroups = raw.groups.map((g) => ({
    dn: normalizeDn(g.dn),
    name: first(g, settings.attributes.groupName) ?? normalizeDn(g.dn),
    memberDns: values(g, settings.attributes.member).map(normalizeDn),
  }));
  return { snapshot: inCopyOrder({ people, groups: expandGroups(rawGroups, seen) }), skipped };
}
