import type { Clock } from '../clock.js';
import { maskAddress, type Logger } from '../log/logger.js';
import type { NewAuditEvent, Store, UserRecord } from '../store/types.js';
import { diffDirectory, lossShare, type DirectoryDiff } from './diff.js';
import { DirectorySyncError } from './errors.js';
import type { DirectorySource } from './ldap-source.js';
import { mapDirectory, type MappingSettings } from './map-entries.js';
import type { DirectoryPerson, DirectorySnapshot } from './types.js';

export interface SyncSettings extends MappingSettings {
  maxRemovedShare: number;
}

/** What a sync changed, beyond the copy itself: accounts that lost access. */
export interface DisabledAccount {
  username: string;
  /** The directory person (masked address) that disabled it. */
  email: string;
  sessionsRevoked: number;
}

export type SyncOutcome =
  | { ok: true; people: number; groups: number; disabled: number; added: number; removed: number; changed: number; skipped: number; accountsDisabled: DisabledAccount[]; snapshot: DirectorySnapshot; diff: DirectoryDiff }
  | { ok: false; code: string; reason: string };

export interface SyncDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  source: DirectorySource;
  settings: SyncSettings;
}

const actorName = 'directory-sync';

function addressesOf(p: DirectoryPerson): string[] {
  return [p.email, ...p.aliases];
}

/** Audit events of one successful sync: a summary, then each person and group change (masked). */
export function syncEvents(at: number, trigger: string, previous: DirectorySnapshot, next: DirectorySnapshot, diff: DirectoryDiff, skipped: number): NewAuditEvent[] {
  const ev = (action: string, detail: Record<string, unknown>): NewAuditEvent => ({ at, messageId: null, actor: actorName, action, detail });
  const events = [
    ev('directory_synced', {
      trigger,
      people: next.people.length,
      groups: next.groups.length,
      disabled: next.people.filter((p) => p.disabled).length,
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      skippedWithoutAddress: skipped,
    }),
  ];
  // The first copy is one summary: hundreds of "added" events would say nothing more.
  if (previous.people.length === 0) return events;
  for (const p of diff.added) events.push(ev('directory_person_added', { person: maskAddress(p.email), disabled: p.disabled }));
  for (const p of diff.removed) events.push(ev('directory_person_removed', { person: maskAddress(p.email) }));
  for (const c of diff.changed) events.push(ev('directory_person_changed', { person: maskAddress(c.after.email), fields: c.fields }));
  for (const g of diff.groups) events.push(ev('directory_group_changed', { group: g.name, joined: g.joined.length, left: g.left.length }));
  return events;
}

/**
 * One sync: read the directory, map it, refuse a suspicious copy (none or too many people gone),
 * replace the copy in force atomically with its audit events, then disable the local accounts of
 * people who were disabled or removed (sessions revoked, audited). On any failure the copy in
 * force stays and the failure is recorded (status, audit) — nothing is half replaced.
 */
export async function syncDirectory(deps: SyncDeps, trigger: string): Promise<SyncOutcome> {
  const { store, clock, log } = deps;
  const started = clock.now();
  let mapped: ReturnType<typeof mapDirectory>;
  let previous: DirectorySnapshot;
  let diff: DirectoryDiff;
  try {
    const raw = await deps.source.fetch();
    mapped = mapDirectory(raw, deps.settings);
    previous = await store.loadDirectory();
    if (mapped.snapshot.people.length === 0 && previous.people.length > 0) {
      throw new DirectorySyncError('DIRECTORY_EMPTY', `the search returned no people (the copy in force has ${previous.people.length}); check directory.ldap.baseDn and peopleFilter`);
    }
    diff = diffDirectory(previous, mapped.snapshot);
    const share = lossShare(previous, diff);
    if (share > deps.settings.maxRemovedShare) {
      throw new DirectorySyncError(
        'DIRECTORY_MASS_CHANGE',
        `${Math.round(share * 100)}% of the enabled people would be disabled or removed at once (limit ${Math.round(deps.settings.maxRemovedShare * 100)}%, directory.ldap.maxRemovedShare); check the directory, or raise the limit for this change`,
      );
    }
  } catch (err) {
    const code = err instanceof DirectorySyncError ? err.code : 'DIRECTORY_SEARCH_FAILED';
    const reason = (err as Error).message || String(err);
    const at = clock.now();
    log.error({ code, err: reason, trigger }, 'directory sync failed; the last good copy stays in force');
    await store.recordDirectoryFailure(at, reason, { at, messageId: null, actor: actorName, action: 'directory_sync_failed', detail: { trigger, code, reason: reason.slice(0, 500) } });
    return { ok: false, code, reason };
  }
  const at = clock.now();
  const snapshot = mapped.snapshot;
  await store.replaceDirectory(snapshot, at, syncEvents(at, trigger, previous, snapshot, diff, mapped.skipped.length));
  // Every disabled person (not only the newly disabled): an account made later for someone already
  // disabled is caught too, and a sync cut short after the replace is completed by the next one.
  const accountsDisabled = await disableAccounts(store, lostAccess(snapshot, diff), at);
  log.info(
    { people: snapshot.people.length, groups: snapshot.groups.length, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, accountsDisabled: accountsDisabled.length, ms: at - started },
    'directory synced',
  );
  return {
    ok: true,
    people: snapshot.people.length,
    groups: snapshot.groups.length,
    disabled: snapshot.people.filter((p) => p.disabled).length,
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.length,
    skipped: mapped.skipped.length,
    accountsDisabled,
    snapshot,
    diff,
  };
}

/** People who must not act: disabled in the new copy, or removed from the directory while enabled. */
export function lostAccess(snapshot: DirectorySnapshot, diff: DirectoryDiff): DirectoryPerson[] {
  return [...snapshot.people.filter((p) => p.disabled), ...diff.removed.filter((p) => !p.disabled)];
}

/**
 * Local and SSO accounts whose address belongs to a person disabled (or removed) in the
 * directory: disabled, their sessions revoked, each audited. Already disabled accounts are left.
 */
export async function disableAccounts(store: Store, people: readonly DirectoryPerson[], at: number): Promise<DisabledAccount[]> {
  if (!people.length) return [];
  const byAddress = new Map<string, DirectoryPerson>();
  for (const p of people) for (const a of addressesOf(p)) byAddress.set(a, p);
  const out: DisabledAccount[] = [];
  const users: UserRecord[] = await store.listUsers();
  for (const u of users) {
    const person = byAddress.get(u.email.trim().toLowerCase());
    if (!person || u.disabled) continue;
    await store.upsertUser({ ...u, disabled: true });
    const sessionsRevoked = await store.deleteSessionsOf(u.username);
    const email = maskAddress(person.email);
    await store.appendEvent({ at, messageId: null, actor: actorName, action: 'user_disabled_by_directory', detail: { username: u.username, person: email, sessionsRevoked } });
    out.push({ username: u.username, email, sessionsRevoked });
  }
  return out;
}
