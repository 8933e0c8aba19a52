/**
 * A real OpenLDAP `slapd` for directory tests: own slapd.conf, own data directory, seeded with
 * slapadd, listening on a free loopback port, killed at the end. Without slapd (a user's clone)
 * the tests skip with the reason printed; under CI they fail.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { it } from 'vitest';
import { inCi } from './ci.js';
import { tempDir } from './gateway.js';
import { freePort } from './upstream.js';

export const slapdPath = process.env.DLP_TEST_SLAPD ?? '/usr/sbin/slapd';
export const slapaddPath = path.join(path.dirname(slapdPath), 'slapadd');
export const baseDn = 'dc=example,dc=co,dc=jp';
export const rootDn = `cn=admin,${baseDn}`;
export const rootPassword = 'root-secret-for-tests';
export const syncDn = `cn=dlp-sync,ou=service,${baseDn}`;
export const syncPassword = 'sync-secret-for-tests';

/** null when slapd can run here, else why not. */
export function slapdUnavailable(): string | null {
  if (!existsSync(slapdPath)) return `${slapdPath} not found (Debian: apt-get install slapd ldap-utils)`;
  if (!existsSync(slapaddPath)) return `${slapaddPath} not found`;
  if (!existsSync('/etc/ldap/schema/inetorgperson.schema')) return '/etc/ldap/schema/inetorgperson.schema not found';
  return null;
}

/** Like requirePostgres: true when slapd can run; else a skipping (locally) or failing (CI) test. */
export function requireSlapd(suite: string): boolean {
  const reason = slapdUnavailable();
  if (reason === null) return true;
  const message = `OpenLDAP slapd is not available: ${reason}`;
  if (inCi) {
    it(`${suite}: slapd is available`, () => {
      throw new Error(message);
    });
  } else {
    console.warn(`[${suite}] skipped: ${message}`);
    it(`${suite} (needs slapd)`, (ctx) => ctx.skip(message));
  }
  return false;
}

/** AD attributes OpenLDAP lacks, under AD's own OIDs, on an auxiliary class (the test directory speaks AD). */
const adLiteSchema = `attributetype ( 1.2.840.113556.1.4.8 NAME 'userAccountControl' EQUALITY integerMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.27 SINGLE-VALUE )
attributetype ( 1.2.840.113556.1.2.210 NAME 'proxyAddresses' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )
attributetype ( 1.2.840.113556.1.2.141 NAME 'department' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
objectclass ( 1.3.6.1.4.1.55555.19.1 NAME 'dlpTestAdUser' SUP top AUXILIARY MAY ( userAccountControl $ proxyAddresses $ department ) )
`;

export interface OrgPerson {
  uid: string;
  dn: string;
  mail: string;
  alias: string;
  displayName: string;
  department: string;
  title: string;
  managerUid: string | null;
  disabled: boolean;
}

export interface SyntheticOrg {
  people: OrgPerson[];
  /** Group name → member DNs (people or groups). */
  groups: Record<string, string[]>;
  ldif: string;
}

const departments = ['営業部', '人事部', '経理部', '情報システム部', '総務部'];
const family = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const given = ['太郎', '花子', '一郎', '恵子', '誠', '由紀', '健', '美咲', '翔', '陽子'];

export const personDn = (uid: string) => `uid=${uid},ou=people,${baseDn}`;
export const groupDn = (cn: string) => `cn=${cn},ou=groups,${baseDn}`;

function b64(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64');
}

/**
 * A synthetic company: a president (p0000), 5 department heads, 4 section chiefs under each, and
 * staff under the chiefs (total `size`). Every person has mail and an smtp: alias; two are
 * disabled from the start. Groups: one per department (nested: the department group contains
 * the section groups), an `approvers-all` group containing the department groups, a cycle
 * (`loop-a` ⊃ `loop-b` ⊃ `loop-a`).
 */
export function syntheticOrg(size = 300): SyntheticOrg {
  const people: OrgPerson[] = [];
  const add = (i: number, managerUid: string | null, department: string, title: string) => {
    const uid = `p${String(i).padStart(4, '0')}`;
    people.push({
      uid,
      dn: personDn(uid),
      mail: `${uid}@example.co.jp`,
      alias: `${uid}.alias@corp.example.co.jp`,
      displayName: `${family[i % family.length]} ${given[Math.floor(i / family.length) % given.length]}`,
      department,
      title,
      managerUid,
      disabled: false,
    });
    return uid;
  };
  const president = add(0, null, '経営企画室', '代表取締役');
  const heads: string[] = [];
  const chiefs: Array<{ uid: string; dept: string; section: number }> = [];
  let n = 1;
  departments.forEach((dept) => heads.push(add(n++, president, dept, '部長')));
  departments.forEach((dept, d) => {
    for (let s = 0; s < 4; s++) chiefs.push({ uid: add(n++, heads[d]!, dept, '課長'), dept, section: s });
  });
  while (n < size) {
    const chief = chiefs[n % chiefs.length]!;
    add(n++, chief.uid, chief.dept, '担当');
  }
  // Disabled from the start: a staff member, and one section chief (their staff walk up to the head).
  people[people.length - 1]!.disabled = true;
  people.find((p) => p.uid === chiefs[0]!.uid)!.disabled = true;

  const groups: Record<string, string[]> = {};
  departments.forEach((dept, d) => {
    for (let s = 0; s < 4; s++) {
      const chief = chiefs[d * 4 + s]!;
      groups[`sec-${d}-${s}`] = people.filter((p) => p.managerUid === chief.uid || p.uid === chief.uid).map((p) => p.dn);
    }
    groups[`dept-${d}`] = [people.find((p) => p.uid === heads[d])!.dn, ...[0, 1, 2, 3].map((s) => groupDn(`sec-${d}-${s}`))];
  });
  groups['approvers-all'] = departments.map((_, d) => groupDn(`dept-${d}`));
  groups['dlp-admins'] = [personDn('p0003'), personDn('p0004')];
  groups['loop-a'] = [groupDn('loop-b'), personDn('p0010')];
  groups['loop-b'] = [groupDn('loop-a'), personDn('p0011')];

  const lines: string[] = [
    `dn: ${baseDn}`, 'objectClass: dcObject', 'objectClass: organization', 'dc: example', 'o: Example KK', '',
    `dn: ou=people,${baseDn}`, 'objectClass: organizationalUnit', 'ou: people', '',
    `dn: ou=groups,${baseDn}`, 'objectClass: organizationalUnit', 'ou: groups', '',
    `dn: ou=service,${baseDn}`, 'objectClass: organizationalUnit', 'ou: service', '',
    `dn: ${syncDn}`, 'objectClass: organizationalRole', 'objectClass: simpleSecurityObject', 'cn: dlp-sync', `userPassword: ${syncPassword}`, '',
  ];
  for (const p of people) {
    lines.push(
      `dn: ${p.dn}`,
      'objectClass: inetOrgPerson',
      'objectClass: dlpTestAdUser',
      `uid: ${p.uid}`,
      `cn:: ${b64(p.displayName)}`,
      `sn:: ${b64(p.displayName.split(' ')[0]!)}`,
      `displayName:: ${b64(p.displayName)}`,
      `mail: ${p.mail}`,
      `proxyAddresses: SMTP:${p.mail}`,
      `proxyAddresses: smtp:${p.alias}`,
      'proxyAddresses: X500:/o=ExampleKK/ou=Exchange/cn=Recipients',
      `department:: ${b64(p.department)}`,
      `title:: ${b64(p.title)}`,
      `userAccountControl: ${p.disabled ? 514 : 512}`,
      ...(p.managerUid ? [`manager: ${personDn(p.managerUid)}`] : []),
      '',
    );
  }
  for (const [cn, members] of Object.entries(groups)) {
    lines.push(`dn: ${groupDn(cn)}`, 'objectClass: groupOfNames', `cn: ${cn}`, ...members.map((m) => `member: ${m}`), '');
  }
  return { people, groups, ldif: lines.join('\n') };
}

export interface Slapd {
  url: string;
  port: number;
  dir: string;
  running(): boolean;
  /** Stop the server (SIGTERM, then SIGKILL); the data directory stays. */
  stop(): Promise<void>;
  /** Start again on the same port with the same data. */
  restart(): Promise<void>;
  /** Stop and remove the data directory. */
  close(): Promise<void>;
  output(): string;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/**
 * Start slapd with a size limit of 100 entries per search for the sync account (so a directory of
 * a few hundred people is read only through paged search, as against Active Directory).
 */
export async function startSlapd(org: SyntheticOrg): Promise<Slapd> {
  const dir = tempDir('dlp-slapd-');
  const data = path.join(dir, 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(path.join(dir, 'ad-lite.schema'), adLiteSchema);
  const conf = path.join(dir, 'slapd.conf');
  writeFileSync(
    conf,
    [
      'include /etc/ldap/schema/core.schema',
      'include /etc/ldap/schema/cosine.schema',
      'include /etc/ldap/schema/inetorgperson.schema',
      `include ${path.join(dir, 'ad-lite.schema')}`,
      `pidfile ${path.join(dir, 'slapd.pid')}`,
      `argsfile ${path.join(dir, 'slapd.args')}`,
      'modulepath /usr/lib/ldap',
      'moduleload back_mdb',
      'sizelimit size.soft=100 size.hard=100 size.prtotal=unlimited',
      'database mdb',
      'maxsize 268435456',
      `suffix "${baseDn}"`,
      `rootdn "${rootDn}"`,
      `rootpw ${rootPassword}`,
      `directory ${data}`,
      'access to attrs=userPassword by anonymous auth by * none',
      `access to * by dn.exact="${syncDn}" read by * none`,
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'seed.ldif'), org.ldif);
  const added = spawnSync(slapaddPath, ['-q', '-f', conf, '-l', path.join(dir, 'seed.ldif')], { encoding: 'utf8' });
  if (added.status !== 0) throw new Error(`slapadd failed (${added.status}): ${added.stderr}${added.stdout}`);
  const port = await freePort();
  const url = `ldap://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let out = '';
  const launch = async () => {
    out = '';
    child = spawn(slapdPath, ['-f', conf, '-h', `${url}/`, '-d', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (out += d.toString()));
    child.stderr!.on('data', (d) => (out += d.toString()));
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`slapd exited (${child.exitCode}): ${out}`);
      if (await canConnect(port)) return;
      if (Date.now() - started > 20_000) throw new Error(`slapd did not listen on ${port} in 20 s: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
      const killer = setTimeout(() => c.kill('SIGKILL'), 5_000);
      c.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      c.kill('SIGTERM');
    });
  await launch();
  return {
    url,
    port,
    dir,
    running: () => !!child && child.exitCode === null && child.signalCode === null,
    stop,
    restart: async () => {
      await stop();
      await launch();
    },
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    output: () => out,
  };
}
