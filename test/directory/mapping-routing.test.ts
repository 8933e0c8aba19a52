/**
 * Pure parts of the directory: AD/OpenLDAP entries → people, nested groups, the diff and the
 * mass-change guard, the manager walk (cycles), approver rules in approvers.yaml, and the policy
 * sender conditions over directory facts.
 */
import { describe, expect, it } from 'vitest';
import { directoryAttributesSchema } from '../../src/config/schema.js';
import { diffDirectory, lossShare } from '../../src/directory/diff.js';
import { expandGroups, mapDirectory, mapPerson, normalizeDn, type MappingSettings } from '../../src/directory/map-entries.js';
import type { DirectoryPerson, DirectorySnapshot, RawEntry } from '../../src/directory/types.js';
import { directoryView, managerFor, senderDirectoryFacts } from '../../src/directory/view.js';
import { evaluatePolicy, parsePolicyText } from '../../src/policy/index.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import { namedPrincipals } from '../../src/workflow/approvers/principals.js';
import { routeApprovers } from '../../src/workflow/approvers/route.js';
import { freemailForTests, message, policyYaml } from '../policy/fixtures.js';

const ad: MappingSettings = { attributes: directoryAttributesSchema.parse({}), disabled: { kind: 'userAccountControl', attribute: 'userAccountControl' } };
const entry = (dn: string, attributes: Record<string, string[]>): RawEntry => ({ dn, attributes });

describe('mapping directory entries', () => {
  it('Active Directory: mail, SMTP:/smtp: proxy addresses, manager DN, userAccountControl bit 2', () => {
    const p = mapPerson(
      entry('CN=Yamada Taro, OU=Sales, DC=example, DC=co, DC=jp', {
        mail: ['Yamada@Example.co.jp'],
        proxyAddresses: ['SMTP:yamada@example.co.jp', 'smtp:t-yamada@sales.example.co.jp', 'X500:/o=Org/cn=yamada', 'sip:yamada@example.co.jp'],
        displayName: ['山田 太郎'],
        department: ['営業部'],
        title: ['課長'],
        manager: ['CN=Suzuki Ichiro,OU=Sales,DC=example,DC=co,DC=jp'],
        userAccountControl: ['66048'], // NORMAL_ACCOUNT | DONT_EXPIRE_PASSWORD: enabled
      }),
      ad,
    );
    expect(p).toEqual({
      dn: 'cn=yamada taro,ou=sales,dc=example,dc=co,dc=jp',
      email: 'yamada@example.co.jp',
      aliases: ['t-yamada@sales.example.co.jp'],
      displayName: '山田 太郎',
      department: '営業部',
      title: '課長',
      managerDn: 'cn=suzuki ichiro,ou=sales,dc=example,dc=co,dc=jp',
      disabled: false,
    });
    expect(mapPerson(entry('CN=x,DC=e', { mail: ['x@e.jp'], userAccountControl: ['66050'] }), ad)).toMatchObject({ disabled: true });
    expect(mapPerson(entry('CN=x,DC=e', { mail: ['x@e.jp'], userAccountControl: ['514'] }), ad)).toMatchObject({ disabled: true });
    // No mail attribute: the SMTP: (primary) proxy address; no address at all: skipped, with why.
    expect(mapPerson(entry('CN=y,DC=e', { proxyAddresses: ['smtp:alias@e.jp', 'SMTP:Primary@E.jp'] }), ad)).toMatchObject({ email: 'primary@e.jp', aliases: ['alias@e.jp'] });
    expect(mapPerson(entry('CN=z,DC=e', { proxyAddresses: ['X500:/o=x'] }), ad)).toEqual({ dn: 'cn=z,dc=e', reason: 'no_address' });
  });

  it('OpenLDAP: a disabled attribute with values instead of userAccountControl; attribute names are case-insensitive', () => {
    const settings: MappingSettings = {
      attributes: directoryAttributesSchema.parse({ department: 'ou', proxyAddresses: 'mailAlternateAddress' }),
      disabled: { kind: 'attribute', attribute: 'employeeType', values: ['disabled', 'left'] },
    };
    expect(mapPerson(entry('uid=a,dc=e', { MAIL: ['a@e.jp'], ou: ['総務部'], employeeType: ['Left'], mailAlternateAddress: ['A.Alt@e.jp', 'not an address'] }), settings)).toMatchObject({ department: '総務部', disabled: true, aliases: ['a.alt@e.jp'] });
    expect(mapPerson(entry('uid=b,dc=e', { mail: ['b@e.jp'], employeeType: ['staff'] }), settings)).toMatchObject({ disabled: false });
    expect(mapPerson(entry('uid=c,dc=e', { mail: ['c@e.jp'], userAccountControl: ['514'] }), { ...settings, disabled: { kind: 'none' } })).toMatchObject({ disabled: false });
  });

  it('expands nested groups, survives a membership cycle, ignores members outside the copy', () => {
    const people = new Set(['p1', 'p2', 'p3']);
    const groups = expandGroups(
      [
        { dn: 'g-all', name: 'all', memberDns: ['g-a', 'g-b'] },
        { dn: 'g-a', name: 'a', memberDns: ['p1', 'g-b', 'contact-outside'] },
        { dn: 'g-b', name: 'b', memberDns: ['p2', 'g-a'] },
        { dn: 'g-c', name: 'c', memberDns: ['p3'] },
      ],
      people,
    );
    expect(Object.fromEntries(groups.map((g) => [g.name, g.members]))).toEqual({ all: ['p1', 'p2'], a: ['p1', 'p2'], b: ['p1', 'p2'], c: ['p3'] });
    expect(normalizeDn(' CN=A , OU=B ')).toBe('cn=a,ou=b');
  });
});

const person = (dn: string, managerDn: string | null, extra: Partial<DirectoryPerson> = {}): DirectoryPerson => ({
  dn, email: `${dn}@example.co.jp`, aliases: [], displayName: dn, department: null, title: null, managerDn, disabled: false, ...extra,
});

describe('diff and the mass-change guard', () => {
  it('names added, removed, changed fields, newly disabled and group moves', () => {
    const before: DirectorySnapshot = { people: [person('a', null), person('b', 'a'), person('c', 'a')], groups: [{ dn: 'g', name: 'g', members: ['a', 'b'] }] };
    const after: DirectorySnapshot = { people: [person('a', null), person('b', 'a', { disabled: true, title: '部長' }), person('d', 'a')], groups: [{ dn: 'g', name: 'g', members: ['a', 'd'] }] };
    const d = diffDirectory(before, after);
    expect(d.added.map((p) => p.dn)).toEqual(['d']);
    expect(d.removed.map((p) => p.dn)).toEqual(['c']);
    expect(d.changed).toEqual([expect.objectContaining({ fields: ['title', 'disabled'] })]);
    expect(d.newlyDisabled.map((p) => p.dn).sort()).toEqual(['b', 'c']);
    expect(d.groups).toEqual([{ name: 'g', joined: ['d'], left: ['b'] }]);
    expect(lossShare(before, d)).toBeCloseTo(2 / 3);
    expect(lossShare({ people: [], groups: [] }, diffDirectory({ people: [], groups: [] }, after))).toBe(0);
  });
});

describe('manager walk', () => {
  it('stops on a cycle and on a manager missing from the copy; skips disabled and absent managers', () => {
    const view = directoryView({
      people: [person('s', 'm1'), person('m1', 'm2', { disabled: true }), person('m2', 'm3'), person('m3', 'm2'), person('x', 'ghost'), person('loop1', 'loop2'), person('loop2', 'loop1', { disabled: true })],
      groups: [],
    });
    expect(managerFor(view, 's@example.co.jp').manager?.dn).toBe('m2');
    expect(managerFor(view, 's@example.co.jp', (email) => email === 'm2@example.co.jp')).toMatchObject({ manager: { dn: 'm3' }, skipped: [{ dn: 'm1', why: 'disabled' }, { dn: 'm2', why: 'absent' }] });
    // m2 and m3 absent: m3 → m2 again is a cycle, nobody.
    expect(managerFor(view, 's@example.co.jp', () => true).manager).toBeUndefined();
    expect(managerFor(view, 'x@example.co.jp').manager).toBeUndefined();
    expect(managerFor(view, 'loop1@example.co.jp').manager).toBeUndefined();
    expect(managerFor(view, 'stranger@other.jp')).toEqual({ manager: undefined, skipped: [] });
  });
});

describe('approver rules from the directory in approvers.yaml', () => {
  const view = directoryView({
    people: [person('boss', null, { department: '営業部' }), person('staff', 'boss', { department: '営業部', aliases: ['staff.alias@example.co.jp'] }), person('sec1', 'boss'), person('sec2', 'boss', { disabled: true })],
    groups: [{ dn: 'g', name: 'Security Team', members: ['sec1', 'sec2', 'staff'] }],
  });
  const now = Date.UTC(2026, 10, 30, 1);

  it('YAML routes and departments win over the directory default; directory selectors match groups and departments', () => {
    const file = parseApprovers(`
version: 1
departments:
  legal: { members: [staff@example.co.jp], approvers: [legal.head@example.co.jp] }
routes:
  - senders: ['directory-department:営業部']
    approvers: ['group:security team']
directory: { approvers: [manager] }
fallback: { approvers: [admin@example.co.jp] }
`);
    // The route (first) matches by directory department: group members, enabled, never the sender.
    expect(routeApprovers(file, 'staff@example.co.jp', now, view)).toMatchObject({ approvers: ['sec1@example.co.jp'], via: 'routes[0]' });
    // sec1 is in no route and no YAML department: the directory default (their manager).
    expect(routeApprovers(file, 'sec1@example.co.jp', now, view)).toMatchObject({ approvers: ['boss@example.co.jp'], via: 'directory', department: null });
    const noRoute = parseApprovers('version: 1\ndepartments:\n  legal: { members: [staff@example.co.jp], approvers: [legal.head@example.co.jp] }\ndirectory: { approvers: [manager] }\n');
    expect(routeApprovers(noRoute, 'staff.alias@example.co.jp', now, view)).toMatchObject({ approvers: ['boss@example.co.jp'], via: 'directory' });
    expect(routeApprovers(noRoute, 'staff@example.co.jp', now, view)).toMatchObject({ approvers: ['legal.head@example.co.jp'], via: 'department:legal' });
    // Without a directory copy the same file still routes (YAML alone).
    expect(routeApprovers(file, 'staff@example.co.jp', now)).toMatchObject({ approvers: ['legal.head@example.co.jp'], via: 'department:legal' });
    // A YAML approver disabled in the directory never approves.
    const named = parseApprovers('version: 1\nroutes: [{ senders: [example.co.jp], approvers: [sec2@example.co.jp], delegates: [sec1@example.co.jp] }]\n');
    expect(routeApprovers(named, 'staff@example.co.jp', now, view)).toMatchObject({ approvers: ['sec1@example.co.jp'] });
    // Directory rules are not accounts: the "approver without account" warning leaves them out.
    expect(namedPrincipals(file).map((p) => p.principal).sort()).toEqual(['admin@example.co.jp', 'legal.head@example.co.jp']);
  });

  it('validates rules: group names may contain spaces, principals may not', () => {
    expect(() => parseApprovers('version: 1\nfallback: { approvers: [\'group:Domain Admins\'] }\n')).not.toThrow();
    const bad = (() => {
      try {
        parseApprovers('version: 1\nfallback: { approvers: [\'john smith\'] }\n', 'approvers.yaml');
      } catch (err) {
        return String(err);
      }
      return 'accepted';
    })();
    expect(bad).toMatch(/^APPROVERS_INVALID at approvers\.yaml:2 fallback\.approvers\.0: no spaces/);
  });

  it('policy sender conditions match directory groups and departments from the facts passed in', () => {
    const policy = parsePolicyText(
      policyYaml(`  - id: r1\n    description: d\n    when: { sender: { directoryGroup: security team } }\n    action: { hold: [selfCheck] }\n  - id: r2\n    description: d\n    when: { sender: { department: [営業部, 人事部] } }\n    action: { hold: [approval] }`),
      { file: 'test.yaml', builtinFreemail: freemailForTests },
    );
    const input = (from: string) => ({ ...message({ from }), ...(senderDirectoryFacts(view, from) ? { senderDirectory: senderDirectoryFacts(view, from)! } : {}) });
    expect(evaluatePolicy(policy, input('staff@example.co.jp')).matched.map((m) => m.id)).toEqual(['r1', 'r2']);
    expect(evaluatePolicy(policy, input('sec1@example.co.jp')).matched.map((m) => m.id)).toEqual(['r1']);
    expect(evaluatePolicy(policy, input('boss@example.co.jp')).matched.map((m) => m.id)).toEqual(['r2']);
    expect(evaluatePolicy(policy, input('stranger@other.example.com')).matched).toEqual([]);
  });
});

describe('mapDirectory', () => {
  it('keeps the first of duplicate DNs and counts entries without an address', () => {
    const { snapshot, skipped } = mapDirectory(
      { people: [entry('CN=A,DC=e', { mail: ['a@e.jp'] }), entry('cn=a, dc=e', { mail: ['dup@e.jp'] }), entry('CN=B,DC=e', {})], groups: [entry('CN=G,DC=e', { cn: ['G'], member: ['CN=A, DC=e', 'CN=B,DC=e'] })] },
      ad,
    );
    expect(snapshot.people.map((p) => p.email)).toEqual(['a@e.jp']);
    expect(skipped).toEqual([{ dn: 'cn=b,dc=e', reason: 'no_address' }]);
    expect(snapshot.groups).toEqual([{ dn: 'cn=g,dc=e', name: 'G', members: ['cn=a,dc=e'] }]);
  });
});
